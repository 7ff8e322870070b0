/**
 * Screenshots of the web page for the README: `npx tsx scripts/screenshots.ts`.
 * Ingests the two seed reports (../shared/seeds) into a temp store, opens a story's timeline
 * and the comparison of its two events in Chromium at 1280 px, and writes
 * docs/screenshots/story-timeline.png and docs/screenshots/compare.png.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../test/helpers/shared.js';
import { ROOT, startHarness, TOKEN } from '../test/web/harness.js';

const out = join(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const h = await startHarness({ width: 1280, height: 900 });
try {
  for (const f of readdirSync(sharedPath('seeds')).sort()) {
    const r = await fetch(`${h.base}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: readFileSync(sharedPath('seeds', f), 'utf8'), name: f }),
    });
    if (!r.ok) throw new Error(`${f}: ${r.status} ${await r.text()}`);
  }
  const page = await h.context.newPage();
  await page.goto(`${h.base}/#/stories`);
  await page.locator('.story-card a').first().click();
  await page.locator('.timeline .event').nth(1).waitFor();
  await page.locator('table.facts').first().waitFor();
  await page.screenshot({ path: join(out, 'story-timeline.png'), fullPage: true });
  await page.getByRole('link', { name: 'Compare with the previous event' }).click();
  await page.locator('table.facts').waitFor();
  await page.screenshot({ path: join(out, 'compare.png'), fullPage: true });
  console.log(`wrote ${join(out, 'story-timeline.png')} and ${join(out, 'compare.png')}`);
} finally {
  await h.close();
}
