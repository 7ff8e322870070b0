/**
 * The data that flows through Storyline's pipeline, stage by stage:
 *
 *   ingest  : source -> RawDocument        (bytes kept verbatim, decoded text, hints)
 *   clean   : RawDocument -> CleanedDocument (title, outlet, date, body, links, removed)
 *   analyze : CleanedDocument -> Analysis    (entities, quotes, quantities, dates)
 *   Article = CleanedDocument + Analysis + identity      (what `show --json` prints)
 *   link    : Article -> event/story assignment, Comparison
 *
 * These types are the documentation of the data: the JSON shapes in CONTRACT.md are exactly
 * `Article`, `StoryView[]` and `Comparison`.
 */

/** The format a raw input was recognised as; decides which cleaner runs. */
export type RawFormat = 'text' | 'html' | 'markdown';

/** Metadata a container (feed item, JSON record, HTTP response) gave us beside the text. */
export interface SourceHints {
  title?: string;
  url?: string;
  /** ISO date or date-time as the container gave it. */
  published?: string;
  outlet?: string;
  authors?: string[];
}

/** One document as it came in: never modified after ingestion. */
export interface RawDocument {
  /** Where it came from: a path, a URL, "stdin", or "path#item-3" for an item of a feed/JSON file. */
  source: string;
  /** sha256 (hex) of the verbatim bytes of the container (file, response, stdin). */
  rawHash: string;
  /** sha256 (hex) of this document's own content (decoded text + hints); its id derives from it. */
  docHash: string;
  format: RawFormat;
  /** Decoded text (HTML source for html). */
  text: string;
  /** The encoding the bytes were decoded from, e.g. "UTF-8", "windows-1251". */
  encoding: string;
  hints: SourceHints;
}

export type LinkKind = 'related' | 'inline' | 'source' | 'content';

/** A link found in the report: kept as metadata, never part of the body. */
export interface ArticleLink {
  url: string | null;
  text: string;
  kind: LinkKind;
}

/** Something cleaning took out of the body, with the name of the rule that took it. */
export interface RemovedText {
  text: string;
  reason: string;
}

export interface CleanedDocument {
  title: string | null;
  outlet: string | null;
  authors: string[];
  /** YYYY-MM-DD, or null when nothing trustworthy gives it. */
  published: string | null;
  url: string | null;
  /** Cleaned text, paragraphs separated by one blank line. */
  body: string;
  links: ArticleLink[];
  removed: RemovedText[];
  /** Reporting credits ("Reuters contributed reporting to this article."). */
  credits: string[];
  /**
   * What a reader should know of how the report was read: a paywall's teaser stands for the
   * whole, the text is not in English. Absent when there is nothing to say, and in articles
   * stored before it existed.
   */
  warnings?: string[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** `[start, end)` character offsets into the body. */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

export interface Entity {
  /** The canonical name: the fullest form used in the report. */
  name: string;
  type: EntityType;
  /** Other forms the report uses for it ("Tokayev", "OSCE"). */
  aliases: string[];
  mentions: Mention[];
}

export interface Quote extends Span {
  text: string;
  /** Canonical name of the speaker entity (or a descriptive source such as "OSCE monitors"). */
  speaker: string | null;
  direct: boolean;
  /** The speech verb or phrase that attributes it ("said", "was quoted as saying"). */
  cue?: string;
}

export type QuantityKind =
  | 'percent'
  | 'count'
  | 'age'
  | 'money'
  | 'duration'
  | 'measure'
  | 'ordinal'
  | 'year'
  | 'other';

export interface Quantity extends Span {
  value: number;
  /** "percent", "people", "years", "USD", ... or null. */
  unit: string | null;
  kind: QuantityKind;
  /** Canonical entity or noun phrase the number is about ("Kassym-Jomart Tokayev", "people arrested"). */
  subject: string | null;
  /** What of the subject is counted: "vote share", "age", "arrested", "rivals", "dead"... */
  attribute?: string | null;
  /** "nearly", "over", "about": the number is approximate or a bound. */
  approximate?: boolean;
  text: string;
}

export interface DateMention extends Span {
  text: string;
  /** TimeML-style value (2013-03-22, 2013-03, 2013, 2013-W11, 2012-Q4, 199, PRESENT_REF) or null. */
  value: string | null;
  /** DATE | TIME | DURATION | SET */
  type?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** Where `value` is null for want of a publication date: what the text does say, in TimeML's notation for an unknown year ("Feb. 22" -> XXXX-02-22, "in December" -> XXXX-12). */
  unanchored?: string;
}

export interface Analysis {
  entities: Entity[];
  quotes: Quote[];
  quantities: Quantity[];
  dates: DateMention[];
}

/** The article as `show --json` prints it (CONTRACT.md). */
export interface Article extends CleanedDocument, Analysis {
  id: string;
  source: string;
}

/** A row of `articles --json`. */
export interface ArticleSummary {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface EventView {
  id: string;
  title: string;
  /** The event's date (YYYY-MM-DD or coarser) or null. */
  date: string | null;
  /** How the date was obtained: publication dates, dates the reports mention, or inferred from a person's age against a dated event. */
  dateSource?: 'published' | 'mentioned' | 'inferred' | 'unknown';
  /** Why an undated event stands where it does ("about 3 years after ...: X is 66 there and 69 here"). */
  dateNote?: string;
  articles: string[];
}

export interface StoryView {
  id: string;
  title: string;
  events: EventView[];
}

export type Relation = 'duplicate' | 'same-event' | 'same-story' | 'unrelated';

export interface Evidence {
  kind: string;
  detail: string;
  /** Signed contribution to the decision: > 0 pulls together, < 0 pushes apart. */
  weight?: number;
}

export type FactStatus = 'agree' | 'conflict' | 'changed';

export interface FactComparison {
  subject: string;
  attribute: string;
  a: string | number | null;
  b: string | number | null;
  status: FactStatus;
}

export interface Comparison {
  relation: Relation;
  score: number;
  evidence: Evidence[];
  facts: FactComparison[];
}

// ---- Read models of the HTTP API (beyond the CLI contract) ----

/** A story at a glance: how many reports, events and outlets, and the span of its events' dates. */
export interface StoryCounts {
  reports: number;
  events: number;
  outlets: number;
  first: string | null;
  last: string | null;
}

/** A row of the story list: the contract's story with its counts. */
export interface StoryRow extends StoryView {
  counts: StoryCounts;
}

/** A fact compared across two events of a story (changed) or two reports of one event (conflict). */
export interface FactChange extends FactComparison {
  /** The events compared: `fromEvent` earlier on the timeline, `toEvent` later (the same event for a conflict). */
  fromEvent: string;
  toEvent: string;
  /** The reports whose values are shown as `a` and `b`. */
  articleA: string;
  articleB: string;
}

/** An entity across the store or a story: how many articles name it, how often. */
export interface EntitySummary {
  name: string;
  type: EntityType;
  articles: number;
  mentions: number;
}

/** A story with its timeline, its reports, what changed between its events, what its reports disagree on, and who is in it. */
export interface StoryDetail extends StoryRow {
  events: (EventView & { reports: ArticleSummary[] })[];
  changes: FactChange[];
  conflicts: FactChange[];
  people: EntitySummary[];
  organizations: EntitySummary[];
  places: EntitySummary[];
}

/** An article with where the linker filed it: its story and event (null while not linked). */
export type Placed<T> = T & { storyId: string | null; eventId: string | null };

/** A person's or an organisation's appearances across the store (GET /api/entities/:name). */
export interface EntityView {
  name: string;
  type: string;
  /** Other names the reports use for it; appearances under one of them are included and say so (`as`). */
  aliases: string[];
  articles: Placed<ArticleSummary & { mentions: number; as: string }>[];
  stories: { id: string; title: string; articles: number }[];
}
