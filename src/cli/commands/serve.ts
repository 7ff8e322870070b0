import { Command } from 'commander';
import { DEFAULT_READ_LIMIT, DEFAULT_WRITE_LIMIT, type RateLimit } from '../../api/limits.js';
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

/** N requests a minute with bursts in the proportion of the default's, or no limit for 0. */
function scaled(perMinute: number, base: RateLimit): RateLimit | null {
  if (perMinute === 0) return null;
  return { perMinute, burst: Math.max(1, Math.round((perMinute * base.burst) / base.perMinute)) };
}

/**
 * The read limit for `--read-limit N`: N requests a minute per client address with bursts of
 * ten seconds' worth (as the default, 1200 and 200), or none at all for 0.
 */
export function readLimit(perMinute: number): RateLimit | null {
  return scaled(perMinute, DEFAULT_READ_LIMIT);
}

/** The write limit for `--write-limit N`: bursts of twenty seconds' worth (as the default, 30 and 10), or none for 0. */
export function writeLimit(perMinute: number): RateLimit | null {
  return scaled(perMinute, DEFAULT_WRITE_LIMIT);
}

/** Tokens shorter than this are easy to guess, even at the write limit's pace. */
const TOKEN_MIN = 16;

/** A warning for a write token that is too short to be safe, or null. */
export function tokenWarning(token: string | undefined): string | null {
  if (!token || token.length >= TOKEN_MIN) return null;
  return `warning: STORYLINE_TOKEN has ${token.length} character${token.length === 1 ? '' : 's'}: anyone who can reach the server could guess it; use at least ${TOKEN_MIN} random ones (openssl rand -hex 16)`;
}

export function serveCommand(globals: () => GlobalOptions): Command {
  return new Command('serve')
    .description('HTTP API and web page (writes need STORYLINE_TOKEN)')
    .option('--port <n>', 'port (1 to 65535)', portNumber, 4173)
    .option('--host <address>', 'address to bind (default loopback only)', '127.0.0.1')
    .option('--read-limit <perMinute>', `reads (GET) a minute per client address, bursts of ten seconds' worth (default ${DEFAULT_READ_LIMIT.perMinute}, bursts of ${DEFAULT_READ_LIMIT.burst}); 0 turns the limit off, for benchmarks whose clients share one address`, nonNegativeInt)
    .option('--write-limit <perMinute>', `writes (POST, DELETE) a minute per client address, bursts of twenty seconds' worth (default ${DEFAULT_WRITE_LIMIT.perMinute}, bursts of ${DEFAULT_WRITE_LIMIT.burst}); 0 turns the limit off`, nonNegativeInt)
    .addHelpText(
      'after',
      `
Writes need STORYLINE_TOKEN (without it the server is read-only). Every write request counts
against the write limit, refused ones included: a wrong or missing token (401) and a bad body
(400) use up the same allowance, which is what slows down guessing the token. Past a limit the
answer is 429 with Retry-After. A client that posts one report per request (a feed bridge, say)
gets ${DEFAULT_WRITE_LIMIT.perMinute} a minute by default: raise it with --write-limit, or send several files in one
POST /api/ingest/files (up to 50).`,
    )
    .action(async (flags: { port: number; host: string; readLimit?: number; writeLimit?: number }) => {
      const { buildServer } = await import('../../api/server.js');
      const store = await openStore(globals().db ?? defaultDbLocation());
      const rateLimits = {
        ...(flags.readLimit !== undefined && { read: readLimit(flags.readLimit) }),
        ...(flags.writeLimit !== undefined && { write: writeLimit(flags.writeLimit) }),
      };
      const token = process.env.STORYLINE_TOKEN || undefined;
      const weak = tokenWarning(token);
      if (weak) log(`storyline: ${weak}`);
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
