import { IngestError, sha256 } from '../ingest/index.js';
import { expandSources, readFileCapped, readStdin } from '../ingest/sources.js';
import { inTransaction } from '../store/postgres/connection.js';
import { INGEST_QUEUE, jobIdFor, type Queue } from './queue.js';

/**
 * `storyline ingest --queue`: puts inputs on the queue for workers. Folders are expanded here;
 * files and stdin travel as bytes (the workers need not see this machine's disk), URLs as URLs
 * (the workers fetch them). Inputs already stored are skipped, as plain `ingest` skips them.
 */
export interface EnqueuedInput {
  source: string;
  status: 'queued' | 'unchanged' | 'failed';
  /** Enqueue order (links happen in this order); for queued inputs. */
  ord?: string;
  errors: { source: string; reason: string }[];
}

export interface EnqueueSummary {
  inputs: EnqueuedInput[];
  queued: number;
  unchanged: number;
  failed: number;
}

interface Pending {
  source: string;
  url: string | null;
  bytes: Buffer | null;
}

/** Inputs per transaction: big enough to be cheap, small enough that a long folder walk shows progress. */
const BATCH = 500;

export async function enqueueSources(
  queue: Queue,
  sources: readonly string[],
  options: { maxBytes: number; onInput?: (input: EnqueuedInput) => void },
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { inputs: [], queued: 0, unchanged: 0, failed: 0 };
  const report = (input: EnqueuedInput) => {
    summary.inputs.push(input);
    summary[input.status]++;
    options.onInput?.(input);
  };
  let batch: Pending[] = [];
  const flush = async () => {
    if (!batch.length) return;
    for (const [i, ord] of (await insertBatch(queue, batch)).entries()) report({ source: batch[i].source, status: 'queued', ord, errors: [] });
    batch = [];
  };
  for await (const ref of expandSources(sources)) {
    try {
      if (ref.kind === 'error') throw ref.error;
      if (ref.kind === 'url') batch.push({ source: ref.url, url: ref.url, bytes: null });
      else {
        const source = ref.kind === 'file' ? ref.path : 'stdin';
        const bytes = Buffer.from(ref.kind === 'file' ? await readFileCapped(ref.path, options.maxBytes) : await readStdin(options.maxBytes));
        if (bytes.length && (await queue.store.hasRaw(sha256(bytes)))) report({ source, status: 'unchanged', errors: [] });
        else batch.push({ source, url: null, bytes });
      }
    } catch (err) {
      const e = err instanceof IngestError ? err : new IngestError(ref.kind === 'file' ? ref.path : ref.kind === 'url' ? ref.url : 'input', (err as Error).message);
      report({ source: e.source, status: 'failed', errors: [{ source: e.source, reason: e.reason }] });
    }
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return summary;
}

/** Ledger rows and their jobs in one transaction: an input is on the queue entirely or not at all. */
async function insertBatch(queue: Queue, batch: readonly Pending[]): Promise<string[]> {
  return inTransaction(queue.pool, async (client) => {
    const r = await client.query<{ ord: string }>(
      `INSERT INTO ${queue.schema}.inputs (source, url, bytes)
       SELECT source, url, bytes FROM unnest($1::text[], $2::text[], $3::bytea[]) WITH ORDINALITY AS t(source, url, bytes, n) ORDER BY n
       RETURNING ord`,
      [batch.map((p) => p.source), batch.map((p) => p.url), batch.map((p) => p.bytes)],
    );
    const ords = r.rows.map((row) => row.ord).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    await queue.boss.insert(
      ords.map((ord) => ({ id: jobIdFor(ord), name: INGEST_QUEUE, data: { ord } })),
      { db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) } },
    );
    return ords;
  });
}
