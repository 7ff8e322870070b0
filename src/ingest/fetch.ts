import { IngestError } from './errors.js';

export interface FetchLimits {
  /** Whole-request timeout in ms (connect + headers + body). */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /**
   * Called with every URL before it is requested (the first and each redirect target);
   * throws to refuse it (e.g. addresses on the private network).
   */
  checkUrl?: (url: URL) => Promise<void>;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 20 * 2 ** 20, maxRedirects: 5 };

export interface Fetched {
  url: string;
  bytes: Uint8Array;
  contentType: string;
  charset?: string;
}

async function readCapped(res: Response, source: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) throw new IngestError(source, `response is ${declared} bytes, over the ${maxBytes}-byte limit (--max-bytes)`);
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) throw new IngestError(source, `response is over the ${maxBytes}-byte limit (--max-bytes)`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** GET a page or feed with a timeout, a size cap and a bounded number of redirects. */
export async function fetchUrl(source: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw new IngestError(source, 'not a valid URL');
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IngestError(source, `unsupported URL scheme ${url.protocol}`);
    await limits.checkUrl?.(url);
    let res: Response;
    try {
      res = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'Storyline/0.1 (+news reader)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5' },
      });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new IngestError(source, `no answer within ${limits.timeoutMs} ms (--timeout)`);
      throw new IngestError(source, `unreachable: ${e.cause?.code ?? e.cause?.message ?? e.message}`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      if (hop >= limits.maxRedirects) throw new IngestError(source, `more than ${limits.maxRedirects} redirects (--max-redirects)`);
      url = new URL(res.headers.get('location')!, url);
      await res.body?.cancel();
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new IngestError(source, `HTTP ${res.status} ${res.statusText}`.trim());
    }
    try {
      const bytes = await readCapped(res, source, limits.maxBytes);
      const contentType = res.headers.get('content-type') ?? '';
      const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
      return { url: url.href, bytes, contentType, charset };
    } catch (err) {
      if (err instanceof IngestError) throw err;
      const e = err as Error;
      if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new IngestError(source, `body not received within ${limits.timeoutMs} ms (--timeout)`);
      throw new IngestError(source, `download failed: ${e.message}`);
    }
  }
}
