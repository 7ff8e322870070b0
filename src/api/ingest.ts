import { expandContainer, sha256 } from '../ingest/containers.js';
import { DEFAULT_READ_OPTIONS, IngestError, type RawInput, type ReadEvent, readInputs, readUploads, type Upload } from '../ingest/index.js';
import { linkArticles, linkPending } from '../link/index.js';
import type { IngestSummary, InputReport } from '../service/ingest.js';
import type { Store } from '../store/store.js';
import type { Article, RawDocument } from '../types.js';
import { type AnalysisPool, AnalysisCrash } from './analysis.js';

/**
 * The server's writes: the CLI's ingestion job (src/service/ingest.ts), with cleaning and
 * analysis in the analysis pool's threads so that reads are answered meanwhile. Storing and
 * linking run one write at a time, on the main thread, as the CLI does them.
 *
 * One difference from the CLI: an input already stored answers with the ids of its articles
 * (re-decoding it costs little next to the request), so a client that re-posts a report learns
 * which stored article it is.
 */
export interface PastedText {
  text: string;
  name?: string;
  title?: string;
  url?: string;
}

export class ApiWrites {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly analysis: AnalysisPool,
  ) {}

  /** One text given in memory, like a file: its articles (new or already stored), or an IngestError. */
  async text(input: PastedText): Promise<{ status: 'added' | 'unchanged'; articles: string[] }> {
    const bytes = Buffer.from(input.text, 'utf8');
    const hash = sha256(bytes);
    const source = input.name ?? 'pasted';
    const { documents, errors } = await expandContainer({ source, rawHash: hash, text: input.text, encoding: 'UTF-8', name: input.name ?? 'pasted.txt', url: input.url });
    if (!documents.length) throw errors[0] ?? new IngestError(source, 'holds no document');
    const docs = documents.map((d) => ({ ...d, hints: { ...d.hints, ...(input.title && { title: input.title }), ...(input.url && { url: input.url }) } }));
    const raw: RawInput = { hash, source, bytes, encoding: 'UTF-8', contentType: null, url: input.url ?? null };
    const report = await this.input(raw, docs, []);
    if (report.status === 'failed') throw new IngestError(report.errors[0]?.source ?? source, report.errors[0]?.reason ?? 'holds no article');
    return { status: report.status, articles: report.articles };
  }

  /** Pages and feeds by URL (the SSRF guard of src/ingest applies). */
  async sources(sources: readonly string[]): Promise<IngestSummary> {
    return this.inputs(readInputs(sources, DEFAULT_READ_OPTIONS));
  }

  /** Files sent to the server, read exactly as files on disk are. */
  async uploads(uploads: readonly Upload[]): Promise<IngestSummary> {
    return this.inputs(readUploads(uploads, DEFAULT_READ_OPTIONS));
  }

  /** Runs `fn` after every write before it has stored and linked: linking depends on the order. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => {});
    return run;
  }

  private async inputs(events: AsyncIterable<ReadEvent>): Promise<IngestSummary> {
    await this.exclusive(() => linkPending(this.store));
    const summary: IngestSummary = { inputs: [], added: 0, unchanged: 0, failed: 0 };
    for await (const event of events) {
      let report: InputReport;
      if (event.ok === 'known') report = { source: event.source, status: 'unchanged', articles: await this.store.articlesOfRaw(event.hash), errors: [] };
      else if (!event.ok) report = { source: event.error.source, status: 'failed', articles: [], errors: [{ source: event.error.source, reason: event.error.reason }] };
      else report = await this.input(event.raw, event.documents, event.errors.map((e) => ({ source: e.source, reason: e.reason }))).catch((err: unknown) => failedInput(event.raw.source, err));
      summary.inputs.push(report);
      if (report.status === 'added') summary.added++;
      if (report.status === 'unchanged') summary.unchanged++;
      if (report.errors.length) summary.failed++;
    }
    return summary;
  }

  /** Analyses an input's documents in the pool, then stores and links them; one bad document never stops the others. */
  private async input(raw: RawInput, documents: readonly RawDocument[], errors: { source: string; reason: string }[]): Promise<InputReport> {
    if (await this.store.hasRaw(raw.hash)) return { source: raw.source, status: 'unchanged', articles: await this.storedIds(documents), errors: [] };
    const articles: Article[] = [];
    for (const doc of documents) {
      try {
        articles.push(await this.analysis.build(doc));
      } catch (err) {
        if (!(err instanceof IngestError)) throw err; // the analysis thread died: this input fails whole, unstored (failedInput)
        errors.push({ source: err.source, reason: err.reason });
      }
    }
    if (!articles.length) return { source: raw.source, status: 'failed', articles: [], errors };
    return this.exclusive(async () => {
      const saved = await this.store.saveIngested(raw, articles);
      const fresh = articles.filter((a) => saved.added.includes(a.id));
      if (fresh.length) await linkArticles(this.store, fresh);
      return { source: raw.source, status: saved.added.length ? 'added' : 'unchanged', articles: articles.map((a) => a.id), errors };
    });
  }

  /** Ids of the stored articles these documents became (an article's id is its document's hash). */
  private async storedIds(documents: readonly RawDocument[]): Promise<string[]> {
    const ids = documents.map((d) => d.docHash.slice(0, 16));
    const stored = new Set((await this.store.listArticles({ ids, limit: ids.length })).map((a) => a.id));
    return ids.filter((id) => stored.has(id));
  }
}

/** An input whose analysis thread died: that input failed, and was not stored; the others go on (several files, a feed). */
function failedInput(source: string, err: unknown): InputReport {
  if (!(err instanceof AnalysisCrash)) throw err;
  return { source, status: 'failed', articles: [], errors: [{ source, reason: err.message }] };
}
