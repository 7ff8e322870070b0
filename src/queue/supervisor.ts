import { type ChildProcess, fork } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { Logger } from './log.js';
import type { WorkerConfig } from './worker.js';

/**
 * `storyline worker --concurrency N`: N worker processes (child.ts), restarted if one dies,
 * stopped together on SIGTERM/SIGINT (each finishes its job first). Resolves when all have
 * exited for good: after a stop, or, with --drain, when the queue is done.
 */
export interface Supervision {
  /** Worker processes alive now. */
  alive(): number;
  done: Promise<void>;
}

const CHILD = fileURLToPath(new URL('./child.js', import.meta.url));
/** A worker that keeps dying right after start is restarted at most this often. */
const RESTART_PAUSE_MS = 2000;

export function superviseWorkers(config: WorkerConfig, count: number, logger: Logger, signal: AbortSignal): Supervision {
  const children = new Set<ChildProcess>();
  const start = (slot: number): Promise<void> =>
    new Promise((resolve) => {
      const child = fork(CHILD, [], { env: { ...process.env, STORYLINE_WORKER_CONFIG: JSON.stringify(config) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.add(child);
      const started = Date.now();
      child.on('exit', async (code, sig) => {
        children.delete(child);
        if (signal.aborted || code === 0) return resolve();
        logger.error('worker process died; restarting it', { slot, pid: child.pid, code, signal: sig });
        const wait = RESTART_PAUSE_MS - (Date.now() - started);
        if (wait > 0) await sleep(wait);
        if (signal.aborted) return resolve();
        resolve(start(slot));
      });
    });
  const onAbort = () => {
    for (const c of children) c.kill('SIGTERM');
  };
  signal.addEventListener('abort', onAbort, { once: true });
  const done = Promise.all(Array.from({ length: count }, (_, slot) => start(slot))).then(() => signal.removeEventListener('abort', onAbort));
  return { alive: () => children.size, done };
}
