import type { Article, ArticleSummary, EntitySummary, EntityType } from '../types.js';

/**
 * The one interface to storage. Only src/store knows SQL; SQLite (embedded, the default)
 * and PostgreSQL implement it with the same behaviour (one contract test suite runs on both).
 */

/** How many reports a store holds, and how many of them have each term (names under "n:"). */
export interface TermStats {
  total: number;
  df: Map<string, number>;
}

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
  /** Published on or after / before this date (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Articles the linker filed in this story. */
  story?: string;
  /** Articles naming this entity (its canonical name in the article, any case). */
  entity?: string;
  /** Only these articles. */
  ids?: readonly string[];
  limit?: number;
  offset?: number;
}

export interface EntityQuery {
  /** Part of the name, any case. */
  q?: string;
  type?: EntityType;
  /** Only entities of this story's articles. */
  story?: string;
  limit?: number;
  offset?: number;
}

/** One article's entity of a given name. */
export interface EntityAppearance {
  articleId: string;
  name: string;
  type: EntityType;
  mentions: number;
  aliases: string[];
}

/** Where the linker filed an article. */
export interface LinkAssignment {
  articleId: string;
  eventId: string;
  storyId: string;
}

/** One linking decision between a new article and a candidate, with its evidence. */
export interface LinkDecision {
  otherId: string;
  relation: string;
  score: number;
  evidence: { kind: string; detail: string; weight?: number }[];
}

export interface LinkRecord {
  articleId: string;
  /** The linker's features of the article (JSON; opaque to the store). */
  features: unknown;
  /** Keys the article is findable under as a candidate (terms, names, LSH bands). */
  keys: string[];
  /** Distinct terms of the article, counted into the document frequencies. */
  terms: string[];
  assignment: LinkAssignment;
  decisions: LinkDecision[];
  /**
   * Stories found to be one with assignment.storyId (the new article is related to reports of
   * each). They become one story under the id of the oldest of them, the article's included; the
   * other ids stay valid as aliases of it (story filters and story pages resolve them).
   */
  mergeStories?: readonly string[];
}

/**
 * What the event/story linker needs from storage: document frequencies, an inverted index for
 * candidates (never a scan of every article), features, assignments and the evidence of decisions.
 */
export interface LinkStore {
  /** Number of linked articles, and how many of them contain each term. */
  termStats(terms: readonly string[]): Promise<TermStats>;
  /** Linked article ids filed under any of the keys, those sharing most keys first. */
  findCandidates(keys: readonly string[], limit: number): Promise<string[]>;
  getLinkFeatures(ids: readonly string[]): Promise<Map<string, unknown>>;
  /** Assignments of the given articles, or of every linked article in linking order. */
  getAssignments(ids?: readonly string[]): Promise<LinkAssignment[]>;
  /** Stores the features, index keys, term counts, assignment and decisions in one transaction. */
  saveLink(record: LinkRecord): Promise<void>;
  getDecisions(articleId: string): Promise<LinkDecision[]>;
  /** Stored articles not linked yet (a crash between storing and linking), in ingestion order. */
  listUnlinked(limit: number): Promise<string[]>;
}

export interface Store extends LinkStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Is this raw input (by content hash) already stored? */
  hasRaw(hash: string): Promise<boolean>;
  /** Ids of the articles first stored from this raw input, in ingestion order (an article another input brought first is that input's). */
  articlesOfRaw(hash: string): Promise<string[]>;
  /** Stores a raw input and the articles made from it in one transaction: all or nothing. */
  saveIngested(raw: RawRecord, articles: readonly Article[]): Promise<SaveResult>;
  getRaw(hash: string): Promise<(RawInfo & { bytes: Uint8Array }) | null>;
  getArticle(id: string): Promise<Article | null>;
  /** Ids that begin with this prefix (any case), in id order, at most `limit`: none, or several when the prefix is ambiguous. */
  idsWithPrefix(prefix: string, limit: number): Promise<string[]>;
  /** Articles in ingestion order. */
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  /** How many articles match the query's filters (limit and offset ignored). */
  countArticles(query?: ArticleQuery): Promise<number>;
  /** Entities named in the store, those in most articles first. */
  listEntities(query?: EntityQuery): Promise<{ items: EntitySummary[]; total: number }>;
  /** Where entities of these names (any case) appear, in ingestion order, at most `limit`. */
  entityAppearances(names: readonly string[], limit: number): Promise<EntityAppearance[]>;
  /** The canonical name of the entity the reports most often also call `alias` (any case; "Jackman" -> "Hugh Jackman"), or null. */
  aliasOwner(alias: string): Promise<string | null>;
  search(text: string, limit?: number): Promise<SearchHit[]>;
  /**
   * Removes an article and everything made of it (entities, features, index entries, term
   * counts, assignment, decisions either way), and its raw input when no other article came
   * from it (so that the same file can be ingested again), in one transaction. False if unknown.
   * Its event and story keep their ids while other articles remain in them.
   */
  deleteArticle(id: string): Promise<boolean>;
  close(): Promise<void>;
}
