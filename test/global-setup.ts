import { execFileSync } from 'node:child_process';
import { ensureWebBuilt } from './web/build.js';

/** CLI tests run the built binary: compile once before the suite (tsc 7 takes about a second). */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  // The server serves the page from web/dist: rebuild it here (once) when web/src is newer.
  ensureWebBuilt();
}
