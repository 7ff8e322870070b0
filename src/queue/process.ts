import type { CleanOptions } from '../clean/index.js';
import { expandContainer } from '../ingest/containers.js';
import { decodeBytes } from '../ingest/decode.js';
import { fetchUrl } from '../ingest/fetch.js';
import { DEFAULT_READ_OPTIONS, IngestError, type RawInput, type ReadOptions, sha256 } from '../ingest/index.js';
import { buildArticle } from '../service/ingest.js';
import type { RawDocument, Article } from '../types.js';
import type { Queue } from './queue.js';

/**
 * One job: the input named by the ledger row `ord` is fetched (URL) or taken from the ledger
 * (bytes), cleaned and analysed, and stored with its ledger row marked `stored` in the same
 * transaction. Errors in the input itself (empty, binary, not a feed...) fail it for good;
 * anything else (network, database) is thrown, so that pg-boss retries the job later.
 */
export type JobOutcome =
  | { status: 'stored'; added: string[]; existing: string[]; errors: { source: string; reason: string }[] }
  | { status: 'failed'; errors: { source: string; reason: string }[] }
  /** Another worker finished this input first (it took over after a time-out). */
  | { status: 'done-elsewhere' };

interface LedgerRow {
  source: string;
  url: string | null;
  bytes: Buffer | null;
  state: string;
}

export interface ProcessOptions extends CleanOptions {
  /** Fetch limits (time-out, size, private networks) and container limits; src/ingest's defaults if absent. */
  read?: ReadOptions;
  /** The worker taking the job, and pg-boss's retry count of the job it took: a job held by a worker gone is handed back (linker.ts). */
  worker?: { id: string; try: number };
}

export async function processInput(queue: Queue, ord: string, options: ProcessOptions = {}): Promise<JobOutcome> {
  const r = await queue.pool.query<LedgerRow>(
    `UPDATE ${queue.schema}.inputs SET attempts = attempts + 1, taken_by = $2, taken_try = $3 WHERE ord = $1
     RETURNING source, url, CASE WHEN state = 'queued' THEN bytes END AS bytes, state`,
    [ord, options.worker?.id ?? null, options.worker?.try ?? null],
  );
  const row = r.rows[0];
  if (!row) throw new Error(`no input ${ord} in the ledger`);
  if (row.state !== 'queued') return { status: 'done-elsewhere' };

  let opened: { raw: RawInput; documents: RawDocument[]; errors: IngestError[] };
  try {
    opened = await openInput(row, options.read ?? DEFAULT_READ_OPTIONS);
  } catch (err) {
    if (!(err instanceof PermanentInputError)) throw err;
    return markFailed(queue, ord, [{ source: err.cause.source, reason: err.cause.reason }]);
  }
  const errors = opened.errors.map((e) => ({ source: e.source, reason: e.reason }));
  const articles: Article[] = [];
  for (const doc of opened.documents) {
    try {
      articles.push(buildArticle(doc, options));
    } catch (err) {
      const e = err instanceof IngestError ? err : new IngestError(doc.source, `could not be cleaned or analysed: ${(err as Error).message}`);
      errors.push({ source: e.source, reason: e.reason });
    }
  }
  if (!articles.length) return markFailed(queue, ord, errors);
  const saved = await queue.store.saveIngestedThen(opened.raw, articles, async (client, result) => {
    await client.query(
      `UPDATE ${queue.schema}.inputs SET state = 'stored', articles = $2, errors = $3, bytes = NULL, stored_at = now() WHERE ord = $1 AND state = 'queued'`,
      [ord, result.added, JSON.stringify(errors)],
    );
  });
  return { status: 'stored', added: saved.added, existing: saved.existing, errors };
}

async function markFailed(queue: Queue, ord: string, errors: { source: string; reason: string }[]): Promise<JobOutcome> {
  await queue.pool.query(`UPDATE ${queue.schema}.inputs SET state = 'failed', errors = $2, stored_at = now() WHERE ord = $1 AND state = 'queued'`, [ord, JSON.stringify(errors)]);
  return { status: 'failed', errors };
}

class PermanentInputError extends Error {
  constructor(override readonly cause: IngestError) {
    super(cause.message);
  }
}

/**
 * The bytes of the input, decoded and split into documents (as src/ingest's readInputs does
 * for a file; repeated here because the bytes come from the ledger, not from a path).
 * A failed download is worth retrying; bytes that are not a readable input never will be.
 */
async function openInput(row: LedgerRow, limits: ReadOptions): Promise<{ raw: RawInput; documents: RawDocument[]; errors: IngestError[] }> {
  let bytes: Uint8Array;
  let name = row.source;
  let contentType: string | undefined;
  let charset: string | undefined;
  let url: string | undefined;
  if (row.url) {
    const res = await fetchUrl(row.url, limits);
    ({ bytes, contentType, charset, url } = res);
    name = new URL(res.url).pathname;
  } else if (row.bytes) bytes = row.bytes;
  else throw new Error(`input ${row.source} has neither a URL nor bytes in the ledger`);
  try {
    const hash = sha256(bytes);
    const { text, encoding } = decodeBytes(bytes, row.source, charset);
    const { documents, errors } = await expandContainer({ source: row.source, rawHash: hash, text, encoding, name, contentType, url }, limits);
    if (!documents.length && !errors.length) throw new IngestError(row.source, 'holds no document');
    return { raw: { source: row.source, hash, bytes, encoding, contentType: contentType ?? null, url: url ?? null }, documents, errors };
  } catch (err) {
    if (err instanceof IngestError) throw new PermanentInputError(err);
    throw err;
  }
}
