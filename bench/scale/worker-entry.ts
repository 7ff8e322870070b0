/** A worker process for bench/scale/linking.ts: src/queue's worker with a chosen link mode (the CLI offers only the ordered one). */
import { jsonLogger } from '../../src/queue/log.js';
import { runWorker, type WorkerConfig } from '../../src/queue/worker.js';

const config = JSON.parse(process.env.BENCH_WORKER_CONFIG ?? '{}') as WorkerConfig;
const stop = new AbortController();
process.on('SIGTERM', () => stop.abort());
await runWorker(config, jsonLogger(), stop.signal);
process.exit(0);
