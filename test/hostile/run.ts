import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI without blocking this process (test/helpers/cli.ts blocks, which would
 * stop the HTTP servers these tests run in-process from answering).
 */
export function runCli(db: string, args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/storyline'), '--db', db, ...args], { cwd: ROOT, env: { ...process.env, STORYLINE_DB: '' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input ?? '');
  });
}

/** The `ingest --json` summary, by source. */
export interface Summary {
  added: number;
  unchanged: number;
  failed: number;
  inputs: { source: string; status: 'added' | 'unchanged' | 'failed'; articles: string[]; errors: { source: string; reason: string }[] }[];
}
