/**
 * The JSON API the page reads, one function an endpoint, typed with the server's own types
 * (src/types.ts, type-only imports: nothing of the server is bundled into the page).
 */
import type { SearchHit } from '../../src/store/store';
import type { Article, ArticleSummary, Comparison, EntitySummary, EntityType, EntityView, FactChange, FactComparison, Placed, StoryDetail, StoryRow } from '../../src/types';

export type { Article, ArticleSummary, Comparison, EntitySummary, EntityView, FactChange, FactComparison, Placed, SearchHit, StoryDetail, StoryRow };

/** A report as listed by the API: `lead` is the first sentence of one without a title (null otherwise). */
export type Listed<T extends ArticleSummary = ArticleSummary> = T & { lead?: string | null };

/** A page of a listing (GET /api/articles, /api/entities). */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** An error the API answered with: its own message, and the HTTP status (0: no answer). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
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

/** The message of an error answer ({ error }), else the status line. */
export function errorMessage(status: number, body: unknown, statusText = ''): string {
  if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') return body.error;
  return `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
}

/** Parses a JSON answer; null when there is none or it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<{ body: T; headers: Headers }> {
  const res = await fetchPolitely(path, init);
  const body = parseJson(await res.text());
  if (!res.ok) throw new ApiError(res.status, errorMessage(res.status, body, res.statusText));
  return { body: body as T, headers: res.headers };
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  return (await request<T>(path, init)).body;
}

export const q = (params: Record<string, string | number | undefined | null>): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const str = s.toString();
  return str ? `?${str}` : '';
};

const enc = encodeURIComponent;

/** Stories shown on one page of the list. */
export const STORIES_PER_PAGE = 50;

/** GET /api/stories: stories whose titles or reports match `query` (all when empty), a page of them and how many match. */
export async function getStories(query: string, offset = 0, limit = STORIES_PER_PAGE): Promise<Page<StoryRow>> {
  const { body, headers } = await request<StoryRow[]>(`/api/stories${q({ q: query, limit, offset })}`);
  const total = headers.get('x-total-count');
  return { items: body, total: total === null ? offset + body.length : Number(total), limit, offset };
}

/** GET /api/stories/:id: the timeline, each event's reports, changed facts, conflicts, who is in it. */
export const getStory = (id: string) => api<StoryDetail>(`/api/stories/${enc(id)}`);

/** GET /api/articles/:id (a unique id prefix is enough): the article, analysed, and where it is filed. */
export const getArticle = (id: string) => api<Placed<Article>>(`/api/articles/${enc(id)}`);

/** GET /api/articles: summaries in ingestion order, filtered and paged. */
export const getArticles = (params: { limit: number; offset?: number; story?: string; entity?: string; outlet?: string; from?: string; to?: string }) =>
  api<Page<Placed<Listed>>>(`/api/articles${q(params)}`);

/** GET /api/search: reports whose text has every word, best first. */
export const searchArticles = (text: string, limit = 20) => api<SearchHit[]>(`/api/search${q({ q: text, limit })}`);

/** GET /api/compare: how two reports relate, why, and their facts side by side. */
export const getComparison = (a: string, b: string) => api<Comparison>(`/api/compare${q({ a, b })}`);

/** GET /api/entities: names in the store, those in most reports first. */
export const getEntities = (params: { q?: string; type?: EntityType; story?: string; limit: number; offset?: number }) => api<Page<EntitySummary>>(`/api/entities${q(params)}`);

/** GET /api/entities/:name: where a person, organisation or place appears, and in which stories. */
export const getEntity = (name: string) => api<EntityView>(`/api/entities/${enc(name)}`);

/** GET /api/health: how many reports are stored (the live updates watch it). */
export const getHealth = () => api<{ ok: boolean; store: string; articles: number }>('/api/health');
