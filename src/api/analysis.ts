import { Worker } from 'node:worker_threads';
import { IngestError } from '../ingest/errors.js';
import type { Article, RawDocument } from '../types.js';
import { HttpError } from './schemas.js';

/**
 * Cleaning and analysis of the server's writes, off the event loop: a report of a megabyte takes
 * seconds of CPU, during which the server would answer nothing, not even /api/health. Each
 * document goes to a worker thread running the same pure function as the CLI (buildArticle);
 * storing and linking stay on the main thread (the store is one connection, not shared across
 * threads). Documents wait their turn when every thread is busy. What comes before a document
 * still runs on the main thread: decoding the bytes and opening containers and feeds (JSONL,
 * RSS, HTML) into documents.
 *
 * A thread that dies (out of memory, a bug that kills it) fails the document it held: that
 * input is reported failed, with why, and the request's other inputs go on (ingest.ts); a
 * request of one pasted text answers 500. The next document gets a new thread.
 */
export interface AnalysisOptions {
  /** Threads analysing at once (default 1: the main thread keeps a core for reads). */
  threads?: number;
  /** Heap limit of each thread, in MB (default: Node's); a document that needs more fails alone. */
  maxMemoryMb?: number;
  /** Start the threads at once rather than on the first write (the server does when writes are enabled). */
  warm?: boolean;
}

export interface AnalysisRequest {
  id: number;
  doc: RawDocument;
}
export type AnalysisReply = { id: number } & ({ article: Article } | { ingestError: { source: string; reason: string } } | { error: string });

interface Job {
  id: number;
  doc: RawDocument;
  resolve: (a: Article) => void;
  reject: (e: Error) => void;
}
interface Slot {
  worker: Worker;
  job: Job | null;
}

/** The analysis thread stopped while it held this document. */
export class AnalysisCrash extends HttpError {
  constructor(source: string, why: string) {
    super(500, `${source}: could not be analysed: ${why}; nothing of it was stored`);
  }
}

/**
 * The worker's entry: the compiled file next to this one, or, when running from the TypeScript
 * sources (tests, tsx), the .ts file loaded through tsx as the parent is.
 */
function workerEntry(): { file: string | URL; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { file: new URL('./analysis-worker.js', here), eval: false };
  const source = JSON.stringify(new URL('./analysis-worker.ts', here).href);
  return { file: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`, eval: true };
}

export class AnalysisPool {
  private readonly threads: number;
  private readonly slots = new Set<Slot>();
  private idle: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: AnalysisOptions = {}) {
    this.threads = Math.max(1, Math.floor(options.threads ?? 1));
    if (options.warm) this.warm();
  }

  /** Documents being analysed now. */
  get running(): number {
    return [...this.slots].filter((s) => s.job).length;
  }

  /** The threads, for monitoring (and for tests that stop one mid-document, as a crash would). */
  get workers(): readonly Worker[] {
    return [...this.slots].map((s) => s.worker);
  }

  /** Starts the threads now, so that the first write does not wait for them to load the analysis (seconds). */
  warm(): void {
    while (!this.closed && this.slots.size < this.threads) this.idle.push(this.spawn());
  }

  /** The document cleaned and analysed into an article, or its IngestError (no article text in it). */
  build(doc: RawDocument): Promise<Article> {
    if (this.closed) return Promise.reject(new HttpError(503, 'the server is shutting down'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, doc, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new HttpError(503, 'the server is shutting down'));
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length) {
      const slot = this.idle.pop() ?? (this.slots.size < this.threads ? this.spawn() : undefined);
      if (!slot) return;
      const job = this.waiting.shift()!;
      slot.job = job;
      slot.worker.ref(); // a document in analysis keeps the process up
      slot.worker.postMessage({ id: job.id, doc: job.doc } satisfies AnalysisRequest);
    }
  }

  private spawn(): Slot {
    const entry = workerEntry();
    const worker = new Worker(entry.file, {
      eval: entry.eval,
      resourceLimits: this.options.maxMemoryMb ? { maxOldGenerationSizeMb: this.options.maxMemoryMb } : undefined,
      stdout: false,
      stderr: false,
    });
    worker.unref();
    const slot: Slot = { worker, job: null };
    this.slots.add(slot);
    worker.on('message', (reply: AnalysisReply) => {
      const job = slot.job;
      slot.job = null;
      worker.unref();
      this.idle.push(slot);
      if (job && job.id === reply.id) {
        if ('article' in reply) job.resolve(reply.article);
        else if ('ingestError' in reply) job.reject(new IngestError(reply.ingestError.source, reply.ingestError.reason));
        else job.reject(new IngestError(job.doc.source, `could not be cleaned or analysed: ${reply.error}`));
      }
      this.dispatch();
    });
    const lost = (why: string) => {
      if (!this.slots.delete(slot)) return; // 'error' comes before 'exit': handled once
      this.idle = this.idle.filter((s) => s !== slot);
      const job = slot.job;
      slot.job = null;
      if (job) job.reject(this.closed ? new HttpError(503, 'the server is shutting down') : new AnalysisCrash(job.doc.source, why));
      this.dispatch();
    };
    worker.on('error', (err: Error & { code?: string }) => lost(`the analysis thread stopped (${err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : err.message})`));
    worker.on('exit', (code) => lost(`the analysis thread exited (code ${code})`));
    return slot;
  }
}
