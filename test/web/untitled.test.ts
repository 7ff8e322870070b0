/**
 * Reports without a title, from files in the server's folders, and events dated only by the
 * dates their reports mention: the page names such a report by its first sentence and the name of
 * its file (never the server's path), marks approximate dates with "~" as the CLI does, says
 * "outlet unknown" rather than "0 outlets", and shows the weight of each piece of evidence.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../src/service/ingest.js';
import { tempDir } from '../helpers/cli.js';
import { type Harness, hasChromium, startHarness } from './harness.js';

const FIRST = 'Engineers finished repairing the old dam above the village of Westford on 3 March 2021, a week ahead of plan, the water board said.';
const REPORTS = {
  'dam_report.txt': `${FIRST} The work cost 2 million euros, and the reservoir will be filled again in April.`,
  'westford_dam.txt': 'The old dam above Westford was repaired by 3 March 2021, the water board said on Wednesday. Engineers finished the work a week ahead of plan; it cost 2 million euros.',
};

describe.skipIf(!hasChromium)('untitled reports and approximate dates in the page', () => {
  let h: Harness;
  let page: Page;
  const folder = join(tempDir('storyline-untitled-'), 'srv', 'feeds', '2021');
  const ids: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    page = await h.context.newPage();
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(REPORTS)) writeFileSync(join(folder, name), text);
    const summary = await ingestSources(h.store, Object.keys(REPORTS).map((n) => join(folder, n)));
    ids.push(...summary.inputs.flatMap((i) => i.articles));
  });
  afterAll(async () => {
    await h?.close();
  });

  const text = () => page.locator('main, body').first().innerText();

  it('the API gives the first sentence of an untitled report as its lead', async () => {
    expect(ids).toHaveLength(2);
    const list = (await (await fetch(`${h.base}/api/articles`)).json()) as { items: { id: string; title: string | null; lead: string | null }[] };
    const dam = list.items.find((a) => a.id === ids[0])!;
    expect(dam.title).toBeNull();
    expect(dam.lead).toBe('Engineers finished repairing the old dam above the village of Westford on 3 March 2021, a week ahead of plan, the…');
  });

  it('lists the story with its approximate date marked and explained, and no outlet as unknown', async () => {
    await page.goto(`${h.base}/#/stories`);
    const card = page.locator('.story-card').first();
    await card.waitFor();
    const counts = await card.locator('.counts').innerText();
    expect(counts).toContain('outlet unknown');
    expect(counts).toContain('~2021-03-03');
    expect(await card.locator('.approx').getAttribute('title')).toMatch(/^~ no report of the event is dated/);
    expect(await page.locator('.date-legend').innerText()).toMatch(/~ no report of the event is dated: the latest day its reports mention/);
  });

  it('names the reports by their first sentence and file name on the story, article, entity and compare pages, never by a server path', async () => {
    await page.locator('.story-card a').first().click();
    await page.locator('.timeline .event').first().waitFor();
    expect(await page.locator('#story-h').innerText()).toMatch(/^Engineers finished repairing|^The old dam above Westford/);
    expect(await page.locator('.counts').first().innerText()).toContain('~2021-03-03');
    const reports = await page.locator('.timeline .reports li').allInnerTexts();
    expect(reports).toHaveLength(2);
    expect(reports.find((r) => r.includes('dam_report.txt'))).toMatch(/^Engineers finished repairing the old dam .*the… — dam_report\.txt$/);
    expect(await text()).not.toContain(folder);

    await page.goto(`${h.base}/#/article/${ids[0]}`);
    await page.locator('#article-h').waitFor();
    expect(await page.locator('#article-h').innerText()).toBe(FIRST);
    expect(await text()).toContain(`Report ${ids[0]} from dam_report.txt`);
    expect(await text()).not.toContain(folder);

    await page.goto(`${h.base}/#/entity/Westford`);
    await page.locator('.timeline.compact .event').first().waitFor();
    expect(await page.locator('.timeline.compact').innerText()).toMatch(/Engineers finished repairing.* — dam_report\.txt/);
    expect(await text()).not.toContain(folder);

    await page.goto(`${h.base}/#/compare?a=${ids[0]}&b=${ids[1]}`);
    await page.locator('.relation').waitFor();
    await page.locator('.pick-title').first().waitFor();
    expect(await page.locator('.side-title').first().innerText()).toMatch(/^Engineers finished repairing the old dam .* the…$/);
    expect(await page.locator('.side .meta').first().innerText()).toBe('dam_report.txt');
    expect(await page.locator('.pick-title').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Engineers finished repairing/)]));
    expect(await text()).not.toContain(folder);
    // Each piece of evidence with its weight, and what the weights mean.
    const evidence = await page.locator('ul.evidence li').allInnerTexts();
    expect(evidence.some((e) => /\([+−]\d\.\d\d\)$/.test(e))).toBe(true);
    expect(await text()).toContain('In brackets: what each item adds to (+) or takes from (−) the score of one event; the verdict does the sum.');
  });
});
