import { Command } from 'commander';
import { DEFAULT_READ_LIMIT, type RateLimit } from '../../api/limits.js';
import { openStore, defaultDbLocation } from '../../store/open.js';
import type { GlobalOptions } from '../context.js';
import { log } from '../output.js';
import { nonNegativeInt, positiveInt } from './ingest.js';

/**
 * The read limit for `--read-limit N`: N requests a minute per client address with bursts of
 * ten seconds' worth (as the default, 1200 and 200), or none at all for 0.
 */
export function readLimit(perMinute: number): RateLimit | null {
  if (perMinute === 0) return null;
  return { perMinute, burst: Math.max(1, Math.round((perMinute * DEFAULT_READ_LIMIT.burst) / DEFAULT_READ_LIMIT.perMinute)) };
}

export function serveCommand(globals: () => GlobalOptions): Command {
  return new Command('serve')
    .description('HTTP API and web page (writes need STORYLINE_TOKEN)')
    .option('--port <n>', 'port', positiveInt, 4173)
    .option('--host <address>', 'address to bind (default loopback only)', '127.0.0.1')
    .option('--read-limit <perMinute>', `reads (GET) a minute per client address, bursts of ten seconds' worth (default ${DEFAULT_READ_LIMIT.perMinute}); 0 turns the limit off, for benchmarks whose clients share one address`, nonNegativeInt)
    .action(async (flags: { port: number; host: string; readLimit?: number }) => {
      const { buildServer } = await import('../../api/server.js');
      const store = await openStore(globals().db ?? defaultDbLocation());
      const rateLimits = flags.readLimit === undefined ? undefined : { read: readLimit(flags.readLimit) };
      const app = buildServer({ store, token: process.env.STORYLINE_TOKEN || undefined, rateLimits });
      const address = await app.listen({ port: flags.port, host: flags.host });
      log(`storyline: serving ${address} (writes ${process.env.STORYLINE_TOKEN ? 'need the token' : 'disabled: set STORYLINE_TOKEN'})`);
      const stop = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => {});
    });
}
