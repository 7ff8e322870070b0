import { analyze } from '../analyze/index.js';
import { type CleanOptions, clean } from '../clean/index.js';
import { DEFAULT_READ_OPTIONS, IngestError, type RawInput, type ReadEvent, type ReadOptions, readInputs } from '../ingest/index.js';
import { linkArticles, linkPending } from '../link/index.js';
import type { Store } from '../store/store.js';
import type { Article, RawDocument } from '../types.js';

/**
 * The ingestion job that the CLI, the API and the workers share: read every input, clean and
 * analyse each document, store input and articles together (one transaction per input, so a
 * crash loses nothing committed), then link the new articles into events and stories.
 */
export type InputStatus = 'added' | 'unchanged' | 'failed';

export interface InputReport {
  source: string;
  status: InputStatus;
  /** Articles this input holds (new or already stored). */
  articles: string[];
  /** Why the input, or some documents inside it, failed. */
  errors: { source: string; reason: string }[];
  /** What its new articles' readers should know (Article.warnings: a paywall's teaser, a language other than English); absent when none. */
  warnings?: { source: string; warning: string }[];
}

export interface IngestSummary {
  inputs: InputReport[];
  added: number;
  unchanged: number;
  failed: number;
}

export interface IngestOptions extends CleanOptions {
  read?: Partial<ReadOptions>;
  /** Called after each input, for progress bars and logs. */
  onInput?: (report: InputReport) => void;
}

/** Clean + analyse one raw document into an article (pure: no I/O). */
export function buildArticle(doc: RawDocument, options: CleanOptions = {}): Article {
  const cleaned = clean(doc, options);
  if (!cleaned.body.trim()) {
    const why = cleaned.removed.length ? `everything in it was boilerplate (${[...new Set(cleaned.removed.map((r) => r.reason))].join(', ')})` : 'no article text found';
    throw new IngestError(doc.source, why);
  }
  const analysis = analyze({ title: cleaned.title, body: cleaned.body, published: cleaned.published });
  return { id: doc.docHash.slice(0, 16), source: doc.source, ...cleaned, ...analysis };
}

/** Ingests files, folders, feeds and URLs (the CLI's `ingest`, the API's ingest by URL). */
export async function ingestSources(store: Store, sources: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  await linkPending(store);
  return storeInputs(store, readInputs(sources, readOptionsFor(store, options)), inLine(options));
}

function readOptionsFor(store: Store, options: IngestOptions): ReadOptions {
  return { ...DEFAULT_READ_OPTIONS, ...options.read, known: (hash) => store.hasRaw(hash) };
}

/**
 * How the job cleans and analyses a document, and runs an input's storing and linking: the CLI
 * does both in line; the API analyses in its threads and stores one write at a time.
 */
export interface IngestSteps {
  /** A document's article, or an IngestError saying why it holds none. */
  build: (doc: RawDocument) => Promise<Article>;
  /** Runs one input's storing and linking (linking depends on the order of writes). */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  /** An error of `build` other than an IngestError that fails the input it came from, not the whole job. */
  failsInput?: (err: unknown) => boolean;
  onInput?: (report: InputReport) => void;
}

/** Cleans, analyses, stores and links each input read; one bad input never stops the others. */
export async function storeInputs(store: Store, events: AsyncIterable<ReadEvent>, steps: IngestSteps): Promise<IngestSummary> {
  const summary: IngestSummary = { inputs: [], added: 0, unchanged: 0, failed: 0 };
  for await (const event of events) {
    let report: InputReport;
    if (event.ok === 'known') {
      report = { source: event.source, status: 'unchanged', articles: await store.articlesOfRaw(event.hash), errors: [] };
    } else if (!event.ok) {
      report = { source: event.error.source, status: 'failed', articles: [], errors: [{ source: event.error.source, reason: event.error.reason }] };
    } else {
      const { raw, documents } = event;
      report = await storeInput(store, raw, documents, event.errors, steps).catch((err: unknown) => {
        if (!steps.failsInput?.(err)) throw err;
        return { source: raw.source, status: 'failed' as const, articles: [], errors: [{ source: raw.source, reason: (err as Error).message }] };
      });
    }
    summary.inputs.push(report);
    if (report.status === 'added') summary.added++;
    if (report.status === 'unchanged') summary.unchanged++;
    if (report.errors.length) summary.failed++;
    steps.onInput?.(report);
  }
  return summary;
}

/** One input read: its documents' articles stored with it in one transaction, the new ones linked. */
export async function storeInput(store: Store, raw: RawInput, documents: readonly RawDocument[], readErrors: readonly IngestError[], steps: IngestSteps): Promise<InputReport> {
  if (await store.hasRaw(raw.hash)) return { source: raw.source, status: 'unchanged', articles: await store.articlesOfRaw(raw.hash), errors: [] };
  const errors = readErrors.map((e) => ({ source: e.source, reason: e.reason }));
  const articles: Article[] = [];
  for (const doc of documents) {
    try {
      articles.push(await steps.build(doc));
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      errors.push({ source: err.source, reason: err.reason });
    }
  }
  if (!articles.length) return { source: raw.source, status: 'failed', articles: [], errors };
  return steps.exclusive(async () => {
    const saved = await store.saveIngested(raw, articles);
    const fresh = articles.filter((a) => saved.added.includes(a.id));
    if (fresh.length) await linkArticles(store, fresh);
    const warnings = fresh.flatMap((a) => (a.warnings ?? []).map((warning) => ({ source: a.source, warning })));
    return { source: raw.source, status: saved.added.length ? 'added' : 'unchanged', articles: articles.map((a) => a.id), errors, ...(warnings.length && { warnings }) };
  });
}

/** The CLI's steps: a document that cannot be cleaned or analysed fails alone; storing runs in line. */
function inLine(options: IngestOptions): IngestSteps {
  return {
    build: async (doc) => {
      try {
        return buildArticle(doc, options);
      } catch (err) {
        throw err instanceof IngestError ? err : new IngestError(doc.source, `could not be cleaned or analysed: ${(err as Error).message}`);
      }
    },
    exclusive: (fn) => fn(),
    onInput: options.onInput,
  };
}
