import type { RawDocument } from '../types.js';
import { type Container, type ContainerLimits, DEFAULT_CONTAINER_LIMITS, expandContainer, sha256 } from './containers.js';
import { decodeBytes } from './decode.js';
import { IngestError } from './errors.js';
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchUrl } from './fetch.js';
import { expandSources, readFileCapped, readStdin } from './sources.js';

export { IngestError } from './errors.js';
export { sha256 } from './containers.js';

/** An input as it arrived, kept verbatim in the store: the original is never lost. */
export interface RawInput {
  source: string;
  /** sha256 of `bytes`: re-ingesting the same bytes is a no-op. */
  hash: string;
  bytes: Uint8Array;
  encoding: string;
  contentType: string | null;
  url: string | null;
}

export type InputResult =
  | { ok: true; raw: RawInput; documents: RawDocument[]; errors: IngestError[] }
  | { ok: false; error: IngestError };

export interface ReadOptions extends FetchLimits, ContainerLimits {
  /** Called with the raw hash before decoding: true skips the input (already stored). */
  known?: (hash: string) => Promise<boolean>;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { ...DEFAULT_FETCH_LIMITS, ...DEFAULT_CONTAINER_LIMITS, maxBytes: 64 * 2 ** 20 };

export type ReadEvent = InputResult | { ok: 'known'; source: string; hash: string };

async function open(
  ref: { source: string; bytes: Uint8Array; name: string; contentType?: string; charset?: string; url?: string },
  limits: ContainerLimits,
): Promise<InputResult> {
  const hash = sha256(ref.bytes);
  const { text, encoding } = decodeBytes(ref.bytes, ref.source, ref.charset);
  const container: Container = { source: ref.source, rawHash: hash, text, encoding, name: ref.name, contentType: ref.contentType, url: ref.url };
  const { documents, errors } = await expandContainer(container, limits);
  if (!documents.length && !errors.length) throw new IngestError(ref.source, 'holds no document');
  const raw: RawInput = { source: ref.source, hash, bytes: ref.bytes, encoding, contentType: ref.contentType ?? null, url: ref.url ?? null };
  return { ok: true, raw, documents, errors };
}

/**
 * Reads every input the sources name, one at a time (a folder of a million files never sits
 * in memory). Each yields its documents or an error naming the input; nothing stops the batch.
 */
export async function* readInputs(sources: readonly string[], options: ReadOptions = DEFAULT_READ_OPTIONS): AsyncGenerator<ReadEvent> {
  for await (const ref of expandSources(sources)) {
    try {
      switch (ref.kind) {
        case 'error':
          yield { ok: false, error: ref.error };
          break;
        case 'file': {
          const bytes = await readFileCapped(ref.path, options.maxBytes);
          if (bytes.length && (await options.known?.(sha256(bytes)))) {
            yield { ok: 'known', source: ref.path, hash: sha256(bytes) };
            break;
          }
          yield await open({ source: ref.path, bytes, name: ref.path }, options);
          break;
        }
        case 'stdin': {
          const bytes = await readStdin(options.maxBytes);
          yield await open({ source: 'stdin', bytes, name: 'stdin' }, options);
          break;
        }
        case 'url': {
          const res = await fetchUrl(ref.url, options);
          yield await open({ source: ref.url, bytes: res.bytes, name: new URL(res.url).pathname, contentType: res.contentType, charset: res.charset, url: res.url }, options);
          break;
        }
      }
    } catch (err) {
      const source = ref.kind === 'file' ? ref.path : ref.kind === 'url' ? ref.url : ref.kind === 'stdin' ? 'stdin' : 'input';
      yield { ok: false, error: err instanceof IngestError ? err : new IngestError(source, (err as Error).message) };
    }
  }
}

/** A file sent to the server (an upload): its name as the sender gave it, and its bytes. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
  contentType?: string;
}

/** Reads uploaded files as readInputs reads files on disk: each yields its documents or an error naming it. */
export async function* readUploads(uploads: readonly Upload[], options: ReadOptions = DEFAULT_READ_OPTIONS): AsyncGenerator<ReadEvent> {
  for (const u of uploads) {
    try {
      if (!u.bytes.length) throw new IngestError(u.name, 'is empty');
      if (await options.known?.(sha256(u.bytes))) {
        yield { ok: 'known', source: u.name, hash: sha256(u.bytes) };
        continue;
      }
      yield await open({ source: u.name, bytes: u.bytes, name: u.name, contentType: u.contentType }, options);
    } catch (err) {
      yield { ok: false, error: err instanceof IngestError ? err : new IngestError(u.name, (err as Error).message) };
    }
  }
}
