import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError } from './errors.js';

/**
 * What the user named on the command line, expanded into single inputs: files (folders walked
 * recursively, in a stable order, hidden files and symlink loops skipped), URLs, stdin.
 */
export type InputRef = { kind: 'file'; path: string } | { kind: 'url'; url: string } | { kind: 'stdin' } | { kind: 'error'; error: IngestError };

const INGESTIBLE = /\.(txt|text|html?|xhtml|md|markdown|json|jsonl|ndjson|xml|rss|atom)$/i;

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<InputRef> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    yield { kind: 'error', error: new IngestError(dir, `cannot open folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`) };
    return;
  }
  if (seen.has(real)) return; // a symlink loop, or the same folder reached twice
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { kind: 'error', error: new IngestError(dir, `cannot read folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        yield { kind: 'error', error: new IngestError(path, code === 'ELOOP' ? 'symbolic link loop (ELOOP); skipped' : `broken symbolic link (${code ?? 'no target'})`) };
        continue;
      }
    }
    if (isDir) yield* walk(path, seen);
    else if (isFile && INGESTIBLE.test(entry.name)) yield { kind: 'file', path };
    else if (isFile && !/^(readme|license|licence|copying)/i.test(entry.name)) {
      yield { kind: 'error', error: new IngestError(path, 'not a kind of file Storyline reads (.txt, .html, .md, .json, .jsonl, .xml)') };
    } else if (!isFile && !isDir) {
      // Never opened: reading a named pipe or a device could block or never end.
      yield { kind: 'error', error: new IngestError(path, 'not a regular file (a pipe, socket or device); skipped') };
    }
  }
}

export async function* expandSources(sources: readonly string[]): AsyncGenerator<InputRef> {
  const seen = new Set<string>();
  for (const source of sources) {
    if (source === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    if (/^https?:\/\//i.test(source)) {
      yield { kind: 'url', url: source };
      continue;
    }
    let info;
    try {
      info = await lstat(source);
      if (info.isSymbolicLink()) info = await stat(source);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield { kind: 'error', error: new IngestError(source, code === 'ENOENT' ? 'no such file or folder' : `cannot open: ${code}`) };
      continue;
    }
    if (info.isDirectory()) yield* walk(source, seen);
    else if (info.isFile()) yield { kind: 'file', path: source };
    else yield { kind: 'error', error: new IngestError(source, 'not a regular file or folder') };
  }
}

/** Reads a file whole, refusing one over the size limit before reading it. */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.size > maxBytes) throw new IngestError(path, `file is ${info.size} bytes, over the ${maxBytes}-byte limit (--max-bytes)`);
    // Read at most one byte past the cap: a file that grows while it is read stops there.
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(2 ** 20, maxBytes + 1 - size));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      size += bytesRead;
      if (size > maxBytes) throw new IngestError(path, `file grew past the ${maxBytes}-byte limit while it was read (--max-bytes)`);
    }
    return Buffer.concat(chunks, size);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new IngestError(path, code === 'ENOENT' ? 'file vanished before it could be read' : `cannot read: ${code ?? (err as Error).message}`);
  } finally {
    await handle?.close();
  }
}

export async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new IngestError('stdin', `input is over the ${maxBytes}-byte limit (--max-bytes)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
