/** A worker process for bench/scale/linking.ts: src/queue's worker with the proxy linker and a chosen link mode. */
import { jsonLogger } from '../../src/queue/log.js';
import { runWorker, type WorkerConfig } from '../../src/queue/worker.js';
import { proxyLink } from './proxy-linker.js';

const config = JSON.parse(process.env.BENCH_WORKER_CONFIG ?? '{}') as WorkerConfig;
const stop = new AbortController();
process.on('SIGTERM', () => stop.abort());
await runWorker({ ...config, linkWith: proxyLink }, jsonLogger(), stop.signal);
process.exit(0);
