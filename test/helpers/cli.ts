import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json: <T = unknown>() => T;
}

/** Runs the built CLI (bin/storyline) as a user would, against a given database. */
export function cli(db: string, args: string[], input?: string | Buffer): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/storyline'), '--db', db, ...args], { input, cwd: ROOT, env: { ...process.env, STORYLINE_DB: '' } });
  const stdout = iconv.decode(r.stdout, 'utf8');
  return { code: r.status ?? -1, stdout, stderr: iconv.decode(r.stderr, 'utf8'), json: <T>() => JSON.parse(stdout) as T };
}

export function tempDir(prefix = 'storyline-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
