import { Command, CommanderError } from 'commander';
import { IngestError } from '../ingest/errors.js';
import { StoreError } from '../store/sqlite/index.js';
import { deleteCommand } from './commands/delete.js';
import { ingestCommand } from './commands/ingest.js';
import { compareCommand, storiesCommand } from './commands/link.js';
import { analyzeCommand, articlesCommand, showCommand } from './commands/read.js';
import { serveCommand } from './commands/serve.js';
import { migrateCommand, statusCommand } from './commands/ops.js';
import { workerCommand } from './commands/worker.js';
import type { GlobalOptions } from './context.js';
import { log, RunError, UsageError } from './output.js';

export function buildProgram(): Command {
  const program = new Command('storyline')
    .description('Turn a pile of news reports into stories and events you can trust: who, what was said, what was counted, when.')
    .version('0.1.0')
    .option('--db <path>', 'database: a SQLite file or a postgres:// URL (default $STORYLINE_DB or ./storyline.db)')
    .showHelpAfterError()
    .exitOverride();
  const globals = () => program.opts<GlobalOptions>();
  for (const cmd of [ingestCommand(globals), articlesCommand(globals), showCommand(globals), analyzeCommand(), storiesCommand(globals), compareCommand(globals), deleteCommand(globals), serveCommand(globals)]) {
    program.addCommand(cmd.exitOverride());
  }
  for (const cmd of [workerCommand(globals), migrateCommand(globals), statusCommand(globals)]) program.addCommand(cmd.exitOverride());
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with code 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError) {
      log(`storyline: ${err.message}`);
      return 2;
    }
    if (err instanceof StoreError || err instanceof IngestError || err instanceof RunError) {
      log(`storyline: ${err.message}`);
      return 1;
    }
    log(`storyline: unexpected error: ${(err as Error).stack ?? err}`);
    return 1;
  }
}
