import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebBuilt } from './web/build.js';

/**
 * CLI tests run the built binary: compile once before the suite (tsc 7 takes about a second).
 * Every temporary store, upload and page the tests make goes in one directory of this run
 * (TMPDIR, which os.tmpdir() reads and the forked workers and spawned CLIs inherit), removed
 * when the run ends: a run of the suite leaves nothing behind in /tmp.
 */
export default function setup(): () => void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  // The server serves the page from web/dist: rebuild it here (once) when web/src is newer.
  ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'storyline-tests-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
