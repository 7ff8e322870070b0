import type { Article, ArticleSummary } from '../types.js';

/**
 * The one interface to storage. Only src/store knows SQL; SQLite (embedded, the default)
 * and PostgreSQL implement it with the same behaviour (one contract test suite runs on both).
 */

/** An input as it arrived, bytes verbatim (see src/ingest RawInput). */
export interface RawRecord {
  hash: string;
  source: string;
  bytes: Uint8Array;
  encoding: string;
  contentType: string | null;
  url: string | null;
}

export interface RawInfo {
  hash: string;
  source: string;
  encoding: string;
  size: number;
  ingestedAt: string;
}

export interface SaveResult {
  /** Ids of articles stored by this call. */
  added: string[];
  /** Ids already in the store (the same document arrived in another container). */
  existing: string[];
}

export interface SearchHit {
  id: string;
  title: string | null;
  snippet: string;
  score: number;
}

export interface ArticleQuery {
  outlet?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Is this raw input (by content hash) already stored? */
  hasRaw(hash: string): Promise<boolean>;
  /** Stores a raw input and the articles made from it in one transaction: all or nothing. */
  saveIngested(raw: RawRecord, articles: readonly Article[]): Promise<SaveResult>;
  getRaw(hash: string): Promise<(RawInfo & { bytes: Uint8Array }) | null>;
  getArticle(id: string): Promise<Article | null>;
  /** Full id from a unique prefix (users type the first characters); null if none or ambiguous. */
  resolveId(prefix: string): Promise<string | null>;
  /** Articles in ingestion order. */
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  search(text: string, limit?: number): Promise<SearchHit[]>;
  close(): Promise<void>;
}
