/**
 * The JSON API the page uses. Shapes follow the contract (src/types.ts); the richer story and
 * entity endpoints are optional: when the server does not have one yet (404 "no such
 * endpoint"), the views fall back to what the contract endpoints give.
 */

import type { Article as ContractArticle, Comparison, Evidence, FactComparison } from '../../src/types';

/** The contract's article (src/types.ts); `credits` is optional for older servers. */
export type Article = Omit<ContractArticle, 'credits'> & { credits?: string[] };
export type { Comparison, Evidence };
export type Fact = FactComparison;

export interface ArticleSummary {
  id: string;
  source?: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  storyId?: string | null;
  eventId?: string | null;
}
export interface EventView {
  id: string;
  title: string;
  date: string | null;
  dateSource?: string;
  dateNote?: string;
  /** Ids (contract) or summaries (the richer story endpoint). */
  articles: (string | ArticleSummary)[];
}
export interface StoryView {
  id: string;
  title: string;
  events: EventView[];
}
export interface SearchHit {
  id: string;
  title: string | null;
  snippet?: string;
}
export interface IngestResult {
  status: string;
  articles: string[];
  errors?: unknown[];
}

/** An error the API answered with: its own message, and the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly missingEndpoint = false,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** fetch, waiting out the server's rate limit (429 with Retry-After) a few times. */
async function fetchPolitely(path: string, init?: RequestInit): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(path, init);
    } catch {
      throw new ApiError(0, 'The server cannot be reached. Is `storyline serve` running?');
    }
    const wait = Number(res.headers.get('retry-after'));
    if (res.status !== 429 || attempt >= 3 || !(wait > 0 && wait <= 10)) return res;
    await sleep(wait * 1000);
  }
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetchPolitely(path, init);
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const message = body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' ? body.error : `HTTP ${res.status} ${res.statusText}`;
    throw new ApiError(res.status, message, res.status === 404 && message.startsWith('no such endpoint'));
  }
  return body as T;
}

/** Like api(), but null when the server does not offer the endpoint (an older server). */
export async function optionalApi<T>(path: string): Promise<T | null> {
  try {
    return await api<T>(path);
  } catch (err) {
    if (err instanceof ApiError && err.missingEndpoint) return null;
    throw err;
  }
}

export const q = (params: Record<string, string | number | undefined | null>): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const str = s.toString();
  return str ? `?${str}` : '';
};

export const articleId = (a: string | ArticleSummary): string => (typeof a === 'string' ? a : a.id);

/** Every stored article summary, by id (pages through /api/articles). */
export async function allArticles(): Promise<Map<string, ArticleSummary>> {
  const out = new Map<string, ArticleSummary>();
  for (let offset = 0; offset < 5000; offset += 500) {
    const page = await api<{ items: ArticleSummary[]; total: number }>(`/api/articles${q({ limit: 500, offset })}`);
    for (const a of page.items) out.set(a.id, a);
    if (page.items.length < 500) break;
  }
  return out;
}
