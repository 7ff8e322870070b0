import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { IngestError } from './errors.js';
import { BlockedAddressError, checkLiteralHost, guardedLookup, hostOf } from './guard.js';

export interface FetchLimits {
  /** Whole-request timeout in ms (connect + headers + body, over all redirects). */
  timeoutMs: number;
  /** Cap on the body, after decompression (a gzip bomb stops here too). */
  maxBytes: number;
  maxRedirects: number;
  /**
   * Fetch from loopback, link-local, private, unique-local, multicast and other non-public
   * addresses. Off by default: a URL (or a redirect, or a DNS answer) pointing into the
   * local network is refused (no SSRF).
   */
  allowPrivate?: boolean;
  /**
   * Hosts, as written in URLs (a name or a literal address), allowed to be on a private
   * network when `allowPrivate` is off: an intranet feed server, say. Only that host: a
   * redirect elsewhere is checked again.
   */
  allowPrivateHosts?: readonly string[];
  /**
   * Called with every URL before it is requested (the first and each redirect target);
   * throws to refuse it (an extra policy on top of the address guard).
   */
  checkUrl?: (url: URL) => Promise<void>;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 20 * 2 ** 20, maxRedirects: 5, allowPrivate: false };

export interface Fetched {
  url: string;
  bytes: Uint8Array;
  contentType: string;
  charset?: string;
}

const HEADERS = {
  'user-agent': 'Storyline/0.1 (+news reader)',
  accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
};

/**
 * One GET, without following redirects. node:http rather than fetch(): its `lookup` hook is
 * where the address guard sees the very addresses the socket connects to.
 */
function get(url: URL, signal: AbortSignal, allowPrivate: boolean): Promise<IncomingMessage> {
  if (!allowPrivate) checkLiteralHost(url); // literal IPs never reach `lookup`
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { headers: HEADERS, signal, agent: false, ...(!allowPrivate && { lookup: guardedLookup }) }, resolve);
    req.on('error', reject);
  });
}

/** The body stream, decompressed as the response says. */
function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') return res.pipe(zlib.createUnzip());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

async function readCapped(res: IncomingMessage, source: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (declared > maxBytes) throw new IngestError(source, `response is ${declared} bytes, over the ${maxBytes}-byte limit (--max-bytes)`);
  const body = decoded(res);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new IngestError(source, `response is over the ${maxBytes}-byte limit (--max-bytes)${body === res ? '' : ' once decompressed'}`);
      chunks.push(chunk);
    }
  } finally {
    if (body !== res) body.destroy();
    res.destroy();
  }
  return Buffer.concat(chunks);
}

function isAbort(err: Error): boolean {
  return err.name === 'TimeoutError' || err.name === 'AbortError';
}

/** GET a page or feed with a timeout, a size cap, a bounded number of redirects and the address guard. */
export async function fetchUrl(source: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw new IngestError(source, 'not a valid URL');
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IngestError(source, `unsupported URL scheme ${url.protocol}${hop ? ' (in a redirect)' : ''}`);
    await limits.checkUrl?.(url);
    let res: IncomingMessage;
    try {
      const allowed = limits.allowPrivate === true || (limits.allowPrivateHosts ?? []).some((h) => h.toLowerCase() === hostOf(url).toLowerCase());
      res = await get(url, signal, allowed);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const where = hop ? ` (redirected to ${url.href})` : '';
      if (e instanceof BlockedAddressError) throw new IngestError(source, e.message + where);
      if (isAbort(e) || signal.aborted) throw new IngestError(source, `no answer within ${limits.timeoutMs} ms (--timeout)${where}`);
      if (e.code === 'ENOTFOUND') throw new IngestError(source, `unreachable: no such host ${url.hostname}${where}`);
      throw new IngestError(source, `unreachable: ${e.code ?? e.message}${where}`);
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.destroy();
      if (hop >= limits.maxRedirects) throw new IngestError(source, `more than ${limits.maxRedirects} redirects (--max-redirects)`);
      try {
        url = new URL(location, url);
      } catch {
        throw new IngestError(source, `redirect to an invalid URL: ${location.slice(0, 200)}`);
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw new IngestError(source, `HTTP ${status} ${res.statusMessage ?? ''}`.trim());
    }
    try {
      const bytes = await readCapped(res, source, limits.maxBytes);
      const contentType = res.headers['content-type'] ?? '';
      const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
      return { url: url.href, bytes, contentType, charset };
    } catch (err) {
      if (err instanceof IngestError) throw err;
      const e = err as NodeJS.ErrnoException;
      if (isAbort(e) || signal.aborted) throw new IngestError(source, `body not received within ${limits.timeoutMs} ms (--timeout)`);
      if (/^(Z_|ERR_BROTLI|ERR__ERROR)/.test(e.code ?? '')) {
        throw new IngestError(source, `download failed: the compressed body is corrupt (${e.code ?? e.message})`);
      }
      throw new IngestError(source, `download failed: ${e.code ?? e.message}`);
    }
  }
}
