import { Command } from 'commander';
import type { GlobalOptions } from '../context.js';
import { log } from '../output.js';

/** Placeholder until the HTTP API lands. */
export function serveCommand(_globals: () => GlobalOptions): Command {
  return new Command('serve')
    .description('HTTP API and web page')
    .option('--port <n>', 'port', '4173')
    .action(async () => {
      log('storyline serve: not available yet');
      process.exitCode = 1;
    });
}
