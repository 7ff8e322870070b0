import { execFileSync } from 'node:child_process';

/** CLI tests run the built binary: compile once before the suite (tsc 7 takes about a second). */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
