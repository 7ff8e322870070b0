import { Worker } from 'node:worker_threads';

/**
 * Checkpoints the write-ahead log from a thread of its own, so that a write never pays for one.
 *
 * By default SQLite checkpoints inside whichever commit pushes the WAL past 1000 pages: that
 * commit then copies ~4 MB into the database file, and it was most of the slowest 5% of link
 * steps (bench/results/link-scale.md). Here the writing connection's auto-checkpoint is off and a
 * second connection on a worker thread runs PASSIVE checkpoints (they never block readers or the
 * writer) whenever the WAL has grown; SQLite's locking makes the two connections safe together.
 * If the thread cannot start, the writing connection keeps its own auto-checkpoint.
 *
 * The worker's code is passed as a string (eval) so that it runs the same from src (tsx) and dist.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const wal = workerData.path + '-wal';
const tick = () => {
  try {
    if (statSync(wal, { throwIfNoEntry: false })?.size > workerData.bytes) db.pragma('wal_checkpoint(PASSIVE)');
  } catch {}
};
const timer = setInterval(tick, workerData.everyMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  db.close();
  parentPort.postMessage('stopped');
});
parentPort.postMessage('ready');
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Starts the checkpointing thread for the database at `path`; the caller turns its own auto-checkpoint off. */
export function startCheckpointer(path: string, driver: string, onFailure: () => void, options: { everyMs?: number; bytes?: number } = {}): Checkpointer {
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: { path, driver, everyMs: options.everyMs ?? 100, bytes: options.bytes ?? 4 * 2 ** 20 },
  });
  worker.unref(); // never keeps a finished command alive
  let stopping = false;
  // A failed thread only costs speed: the writing connection takes checkpointing back.
  worker.on('error', () => onFailure());
  worker.on('exit', () => {
    if (!stopping) onFailure();
  });
  return {
    stop: () =>
      new Promise<void>((done) => {
        stopping = true;
        const finish = () => {
          clearTimeout(timeout);
          void worker.terminate().finally(done);
        };
        const timeout = setTimeout(finish, 2000);
        worker.on('message', (m) => m === 'stopped' && finish());
        worker.once('exit', () => (clearTimeout(timeout), done()));
        worker.postMessage('stop');
      }),
  };
}
