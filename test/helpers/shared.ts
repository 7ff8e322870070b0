import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the checkout (CI and developers have it; a plain clone may not). */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const hasShared = existsSync(SHARED_DIR);

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

if (!hasShared) {
  // Said once per test file that imports this, so a skipped suite is never silent.
  console.warn(`[storyline tests] ${SHARED_DIR} is absent: tests on seeds and datasets are skipped`);
}
