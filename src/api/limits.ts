import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Request-rate limits per client address: a token bucket per client, refilled continuously.
 * Hand-written because the few lines it takes are less than a plugin's dependency, and the
 * buckets must stay bounded in memory whatever addresses arrive.
 */
export interface RateLimit {
  /** Requests per minute a client may keep up. */
  perMinute: number;
  /** Requests a client may make at once after a quiet spell. */
  burst: number;
}

/** Reads: 20 a second per client, bursts of 200 (a page view makes a handful). */
export const DEFAULT_READ_LIMIT: RateLimit = { perMinute: 1200, burst: 200 };
/** Writes (each one cleans and analyses a report): one every two seconds, bursts of 10. */
export const DEFAULT_WRITE_LIMIT: RateLimit = { perMinute: 30, burst: 10 };

/** Clients remembered at most; the longest-idle are forgotten first (a full bucket again). */
const MAX_CLIENTS = 50_000;

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Clients currently remembered. */
  get clients(): number {
    return this.buckets.size;
  }

  /** Takes one request from the client's bucket: 0 if allowed, else the seconds to wait. */
  take(client: string): number {
    const t = this.now();
    const rate = this.limit.perMinute / 60_000; // tokens per ms
    const seen = this.buckets.get(client);
    const tokens = seen ? Math.min(this.limit.burst, seen.tokens + (t - seen.at) * rate) : this.limit.burst;
    // Re-inserted on every request, so the Map's order is least recently seen first.
    this.buckets.delete(client);
    if (this.buckets.size >= MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value!);
    if (tokens >= 1) {
      this.buckets.set(client, { tokens: tokens - 1, at: t });
      return 0;
    }
    this.buckets.set(client, { tokens, at: t });
    return Math.ceil((1 - tokens) / rate / 1000);
  }
}

/**
 * Compares a presented token with the expected one in time that depends on neither: both are
 * hashed first, so even their lengths are not compared directly.
 */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && given !== undefined;
}
