import { Command } from 'commander';
import { DEFAULT_READ_LIMIT, type RateLimit } from '../../api/limits.js';
import { openStore, defaultDbLocation } from '../../store/open.js';
import type { GlobalOptions } from '../context.js';
import { log, RunError } from '../output.js';
import { nonNegativeInt, portNumber } from './ingest.js';

/** Why the server could not listen on host:port, in one line a person can act on. */
export function listenFailure(err: NodeJS.ErrnoException, host: string, port: number): string {
  const where = `cannot serve on ${host}:${port}`;
  if (err.code === 'EADDRINUSE') return `${where}: port ${port} is already in use (choose another with --port)`;
  if (err.code === 'EACCES') return `${where}: permission denied for port ${port} (choose another with --port)`;
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') return `${where}: no such address on this machine (check --host)`;
  return `${where}: ${err.message}`;
}

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
    .option('--port <n>', 'port (1 to 65535)', portNumber, 4173)
    .option('--host <address>', 'address to bind (default loopback only)', '127.0.0.1')
    .option('--read-limit <perMinute>', `reads (GET) a minute per client address, bursts of ten seconds' worth (default ${DEFAULT_READ_LIMIT.perMinute}); 0 turns the limit off, for benchmarks whose clients share one address`, nonNegativeInt)
    .action(async (flags: { port: number; host: string; readLimit?: number }) => {
      const { buildServer } = await import('../../api/server.js');
      const store = await openStore(globals().db ?? defaultDbLocation());
      const rateLimits = flags.readLimit === undefined ? undefined : { read: readLimit(flags.readLimit) };
      const token = process.env.STORYLINE_TOKEN || undefined;
      // With writes enabled, the analysis thread loads its models now rather than on the first write.
      const app = buildServer({ store, token, rateLimits, analysis: { warm: !!token } });
      let address: string;
      try {
        address = await app.listen({ port: flags.port, host: flags.host });
      } catch (err) {
        await app.close();
        await store.close();
        throw new RunError(listenFailure(err as NodeJS.ErrnoException, flags.host, flags.port));
      }
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
