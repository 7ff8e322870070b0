/**
 * A real Storyline server on a free loopback port (temp SQLite store, a token) and a real
 * Chromium driven by playwright-core. Used by the browser tests and scripts/screenshots.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { buildServer } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ensureWebBuilt } from './build.js';

export { ensureWebBuilt, ROOT } from './build.js';

export const CHROMIUM = process.env.STORYLINE_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const TOKEN = 'browser-test-token';

export interface Harness {
  base: string;
  context: BrowserContext;
  /** Every URL the browser asked for. */
  requests: string[];
  /** Console errors and page errors (CSP violations show up here). */
  problems: string[];
  store: SqliteStore;
  close: () => Promise<void>;
}

export async function startHarness(viewport = { width: 1280, height: 900 }): Promise<Harness> {
  ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'storyline-web-'));
  const store = new SqliteStore(join(dir, 'web.db'));
  // The server as `storyline serve` runs it: default rate limits (the page waits out a 429).
  const app = buildServer({ store, token: TOKEN });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const watch = (p: import('playwright-core').Page) => {
    p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    p.on('pageerror', (e) => problems.push(String(e)));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    base: address,
    context,
    requests,
    problems,
    store,
    close: async () => {
      await context.close().catch(() => {});
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
