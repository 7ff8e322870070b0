/** Everything the CLI prints goes through here: JSON to stdout, alone; logs to stderr. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function print(line = ''): void {
  process.stdout.write(line + '\n');
}

export function log(line: string): void {
  process.stderr.write(line + '\n');
}

/**
 * A reader that stops early (`storyline articles | head -3`) closes the pipe: what is left to
 * print is no longer wanted, which is no failure. The process ends at once, quietly, with 0,
 * whatever the command (Node would otherwise throw EPIPE as an unhandled 'error' event).
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
}

/** A usage error: exit code 2, as the contract says. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure the user can act on, not a bug: exit code 1 and its message alone, no stack trace. */
export class RunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunError';
  }
}

export function truncate(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, width - 1) + '…';
}
