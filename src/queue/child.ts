import { jsonLogger } from './log.js';
import { runWorker, type WorkerConfig } from './worker.js';

/** Entry point of one worker process started by supervisor.ts (configuration in the environment). */
const config = JSON.parse(process.env.STORYLINE_WORKER_CONFIG ?? '{}') as WorkerConfig;
const stop = new AbortController();
for (const sig of ['SIGTERM', 'SIGINT'] as const) process.on(sig, () => stop.abort());
const logger = jsonLogger();
runWorker(config, logger, stop.signal).then(
  () => process.exit(0),
  (err: Error) => {
    logger.error('worker crashed', { error: err.stack ?? err.message });
    process.exit(1);
  },
);
