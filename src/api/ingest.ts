import { expandContainer, sha256 } from '../ingest/containers.js';
import { DEFAULT_READ_OPTIONS, IngestError, type RawInput, type ReadEvent, type ReadOptions, readInputs, readUploads, type Upload } from '../ingest/index.js';
import { linkPending } from '../link/index.js';
import { type IngestSteps, type IngestSummary, type InputReport, storeInput, storeInputs } from '../service/ingest.js';
import type { Store } from '../store/store.js';
import { type AnalysisPool, AnalysisCrash } from './analysis.js';

/**
 * The server's writes: the CLI's ingestion job (src/service/ingest.ts), with cleaning and
 * analysis in the analysis pool's threads so that reads are answered meanwhile. Storing and
 * linking run one write at a time, on the main thread, as the CLI does them. An analysis thread
 * that dies fails the input it was reading (nothing of it stored); the request's other inputs go on.
 */
export interface PastedText {
  text: string;
  name?: string;
  title?: string;
  url?: string;
}

export class ApiWrites {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly steps: IngestSteps;

  constructor(
    private readonly store: Store,
    analysis: AnalysisPool,
  ) {
    this.steps = { build: (doc) => analysis.build(doc), exclusive: (fn) => this.exclusive(fn), failsInput: (err) => err instanceof AnalysisCrash };
  }

  /** One text given in memory, like a file: its articles (new or already stored), or an IngestError. */
  async text(input: PastedText): Promise<Pick<InputReport, 'articles' | 'warnings'> & { status: 'added' | 'unchanged' }> {
    const bytes = Buffer.from(input.text, 'utf8');
    const hash = sha256(bytes);
    const source = input.name ?? 'pasted';
    const { documents, errors } = await expandContainer({ source, rawHash: hash, text: input.text, encoding: 'UTF-8', name: input.name ?? 'pasted.txt', url: input.url });
    if (!documents.length) throw errors[0] ?? new IngestError(source, 'holds no document');
    const docs = documents.map((d) => ({ ...d, hints: { ...d.hints, ...(input.title && { title: input.title }), ...(input.url && { url: input.url }) } }));
    const raw: RawInput = { hash, source, bytes, encoding: 'UTF-8', contentType: null, url: input.url ?? null };
    const report = await storeInput(this.store, raw, docs, [], this.steps);
    if (report.status === 'failed') throw new IngestError(report.errors[0]?.source ?? source, report.errors[0]?.reason ?? 'holds no article');
    return { status: report.status, articles: report.articles, ...(report.warnings && { warnings: report.warnings }) };
  }

  /** Pages and feeds by URL (the SSRF guard of src/ingest applies). */
  async sources(sources: readonly string[]): Promise<IngestSummary> {
    return this.inputs(readInputs(sources, this.readOptions()));
  }

  /** Files sent to the server, read exactly as files on disk are. */
  async uploads(uploads: readonly Upload[]): Promise<IngestSummary> {
    return this.inputs(readUploads(uploads, this.readOptions()));
  }

  /** An input already stored is known by its bytes' hash, and not decoded again. */
  private readOptions(): ReadOptions {
    return { ...DEFAULT_READ_OPTIONS, known: (hash) => this.store.hasRaw(hash) };
  }

  /** Runs `fn` after every write before it has stored and linked: linking depends on the order. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => {});
    return run;
  }

  private async inputs(events: AsyncIterable<ReadEvent>): Promise<IngestSummary> {
    await this.exclusive(() => linkPending(this.store));
    return storeInputs(this.store, events, this.steps);
  }
}
