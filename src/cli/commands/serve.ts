import { Command } from 'commander';
import { openStore, defaultDbLocation } from '../../store/open.js';
import type { GlobalOptions } from '../context.js';
import { log } from '../output.js';
import { positiveInt } from './ingest.js';

export function serveCommand(globals: () => GlobalOptions): Command {
  return new Command('serve')
    .description('HTTP API and web page (writes need STORYLINE_TOKEN)')
    .option('--port <n>', 'port', positiveInt, 4173)
    .option('--host <address>', 'address to bind (default loopback only)', '127.0.0.1')
    .action(async (flags: { port: number; host: string }) => {
      const { buildServer } = await import('../../api/server.js');
      const store = await openStore(globals().db ?? defaultDbLocation());
      const app = buildServer({ store, token: process.env.STORYLINE_TOKEN || undefined });
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
