/**
 * The web page in a real Chromium against a real server: pasting the seeds gives one story
 * with two events and the changed age 66 -> 69, the comparison shows the age gap and the vote
 * shares, a second report of the 2019 election brings a conflict (71% vs 70.8%), files
 * uploaded say what became of each, the compare picker finds reports by search, hostile markup
 * in a report stays text, writes without the token are refused on the page, no request leaves
 * the server, and the phone-width layout does not overflow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../helpers/shared.js';
import { type Harness, hasChromium, ROOT, startHarness, TOKEN } from './harness.js';

if (!hasChromium && process.env.CI) throw new Error('/usr/bin/chromium is missing: the browser tests need it in CI (apt-get install chromium)');
if (!hasChromium) console.warn('[storyline tests] /usr/bin/chromium is missing: browser tests skipped');

const SEEDS = ['000_c7b15ebcd17baa92.txt', '003_4150f387e525f317.txt'];
const HOSTILE = [
  'Harbour Council Votes on Bridge',
  '',
  'The harbour council met on Monday. <script>window.__pwned=1</script> The mayor, Anna Berg, said the vote was close.',
  '',
  'Protesters gathered outside. <img src=x onerror="window.__pwned=1"> About 300 people attended, police said.',
].join('\n');

describe.skipIf(!hasChromium || !hasShared)('web page in Chromium', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await h.context.newPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  const paste = async (text: string, token: string, title = '') => {
    await page.goto(`${h.base}/#/ingest`);
    await page.getByLabel('Token').fill(token);
    if (title) await page.getByLabel('Title (optional)').fill(title);
    await page.getByLabel('Text', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Add the text' }).click();
  };

  it('pastes the two seeds and shows one story with two events on its timeline', async () => {
    for (const f of SEEDS) {
      await paste(readFileSync(sharedPath('seeds', f), 'utf8'), TOKEN);
      await expect.poll(() => page.locator('.done').textContent(), { timeout: 30_000 }).toMatch(/Added 1 report/);
    }
    await page.goto(`${h.base}/#/stories`);
    const cards = page.locator('.story-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(1);
    expect(await cards.first().textContent()).toMatch(/2 reports.*2 events/);
    await cards.first().locator('a').click();
    await page.locator('.timeline .event').first().waitFor();
    expect(await page.locator('.timeline .event').count()).toBe(2);
    expect(await page.locator('#story-h').textContent()).toMatch(/Tokayev|Kazakh/);
    // The facts that changed between the events: Tokayev aged 66, then 69, from event 1 to event 2.
    const changes = await page.locator('.changes table.facts tbody tr').allInnerTexts();
    expect(changes.find((r) => /Tokayev/.test(r) && /\bage\b/.test(r))).toMatch(/66.*69.*changed.*event 1 → event 2/);
    expect(await page.locator('.timeline .event').nth(1).locator('.event-facts.changed').textContent()).toMatch(/age: 66 → 69/);
    // The undated second event says why it stands where it does.
    expect(await page.locator('.timeline .event').nth(1).locator('.date-note').textContent()).toMatch(/66 there and 69 here/);
    // Who is in it, with counts, linking to the entity view.
    const person = page.locator('.story-side a[href^="#/entity/"]', { hasText: 'Kassym-Jomart Tokayev' });
    expect(await person.getAttribute('href')).toBe('#/entity/Kassym-Jomart%20Tokayev');
    expect(await page.locator('.story-side').textContent()).toMatch(/Places.*Kazakhstan \(2\)/s);
  });

  it('compares the two events: the age gap 66/69 and the vote shares 71/81', async () => {
    await page.getByRole('link', { name: 'Compare with the previous event' }).click();
    await page.waitForURL(/#\/compare\?a=.+&b=.+/);
    // The story page's own fact tables stay on screen until the comparison arrives: wait for
    // the compare view's table by its caption, never for any `table.facts`.
    await page.locator('.relation').waitFor();
    const table = page.getByRole('table', { name: 'Facts side by side' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.find((r) => /age/.test(r))).toMatch(/66.*69/);
    expect(rows.find((r) => /vote share/.test(r))).toMatch(/71.*81/);
    expect(await page.locator('.evidence').textContent()).toMatch(/age-gap/);
    expect(await page.locator('.relation').textContent()).toMatch(/same-story/);
    expect(await page.locator('.sides .side').count()).toBe(2);
  });

  it('shows hostile markup in a report as text and never runs it', async () => {
    await paste(HOSTILE, TOKEN);
    const added = page.locator('.done a[href^="#/article/"]');
    await added.first().waitFor({ timeout: 30_000 });
    await added.first().click();
    const body = page.locator('.body');
    await body.waitFor();
    const text = await body.textContent();
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.locator('main script, main img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // Highlights explain themselves on hover and focus.
    const mark = page.locator('mark.hl').first();
    expect(await mark.getAttribute('title')).toBeTruthy();
  });

  it('says on the report\'s page that a report in another language may be read poorly', async () => {
    await paste(
      "Barnier nommé Premier ministre\n\nEmmanuel Macron a nommé jeudi Michel Barnier au poste de Premier ministre, près de deux mois après des élections législatives anticipées. « C'est un moment grave », a déclaré M. Barnier lors de la passation de pouvoirs à Matignon.",
      TOKEN,
    );
    const added = page.locator('.done a[href^="#/article/"]');
    await added.first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.outcome .warning').textContent()).toMatch(/looks like French/);
    await added.first().click();
    const note = page.locator('.warning[role="note"]');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/looks like French, not English/);
  });

  it('refuses an ingest without the token with a clear message on the page', async () => {
    await paste('A report nobody may add.\n\nIt has two paragraphs.', '');
    const alert = page.locator('.status [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Refused \(401\).*token/);
    expect(await page.evaluate(() => sessionStorage.getItem('storyline-token'))).toBeNull();
  });

  it('updates the story list live when a new report arrives', async () => {
    await page.goto(`${h.base}/#/stories`);
    await page.locator('.story-card').first().waitFor();
    const before = await page.locator('.story-card').count();
    const r = await fetch(`${h.base}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: 'Glacier Park Reopens After Floods\n\nThe national park in Montana reopened on Friday after floods closed its roads for two weeks, rangers said.' }),
    });
    expect(r.status).toBe(201);
    await expect.poll(() => page.locator('.story-card').count(), { timeout: 20_000, interval: 500 }).toBe(before + 1);
  });

  it('uploads files chosen in the file picker', async () => {
    await page.goto(`${h.base}/#/ingest`);
    await page.getByLabel('Token').fill(TOKEN);
    const text = 'Ferry Service Resumes on the Fjord\n\nThe ferry between the two villages resumed on Tuesday after a month of repairs, the operator said.';
    await page.locator('#files').setInputFiles([{ name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
    await page.getByRole('button', { name: 'Add the files' }).click();
    await expect.poll(() => page.locator('.done').textContent(), { timeout: 30_000 }).toMatch(/Added 1 report/);
  });

  it('uploads several files at once and says what became of each, then shows the conflict the second 2019 report brings', async () => {
    await page.goto(`${h.base}/#/ingest`);
    await page.getByLabel('Token').fill(TOKEN);
    await page.locator('#files').setInputFiles([
      { name: 'kazakh-2019-second-report.txt', mimeType: 'text/plain', buffer: readFileSync(join(ROOT, 'test/fixtures/kazakh-2019-second-report.txt')) },
      { name: 'seed-again.txt', mimeType: 'text/plain', buffer: readFileSync(sharedPath('seeds', SEEDS[0])) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    await page.getByRole('button', { name: 'Add the files' }).click();
    const done = page.locator('.done');
    await expect.poll(() => done.textContent(), { timeout: 30_000 }).toMatch(/Added 1 report/);
    const rows = await done.locator('.outcome').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/stored.*kazakh-2019-second-report\.txt/);
    expect(rows[1]).toMatch(/duplicate.*seed-again\.txt/);
    expect(rows[2]).toMatch(/error.*empty\.txt.*empty/);

    // The new report joins the 2019 event (event 1), and the two accounts of the vote share disagree.
    await page.goto(`${h.base}/#/stories?q=Tokayev`);
    await page.locator('.story-card a').first().click();
    await page.locator('.timeline .event').first().waitFor();
    const first = page.locator('.timeline .event').first();
    await expect.poll(() => first.locator('.reports li').count()).toBe(2);
    expect(await first.textContent()).toMatch(/Tokayev Wins Kazakh Presidency/);
    expect(await first.locator('.event-facts.conflict').textContent()).toMatch(/vote share: 71% vs 70\.8%/);
    const conflicts = await page.locator('.conflicts table.facts tbody tr').allInnerTexts();
    const vote = conflicts.find((r) => /vote share/.test(r));
    expect(vote).toMatch(/71%.*70\.8%.*conflict.*event 1/);
    expect(vote).toMatch(/Tokayev Wins Kazakh Presidency/);
  });

  it('finds a report for the comparison by searching, and keeps the choice in the address', async () => {
    await page.goto(`${h.base}/#/compare`);
    // Without a search it pages through every report.
    await page.locator('.pick-results li').first().waitFor();
    await page.getByLabel('Find reports').fill('Putin congratulated');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const putin = page.locator('.pick-results li', { hasText: 'Putin Congratulates Tokayev' });
    await putin.waitFor();
    await putin.getByRole('button', { name: /^Use as A/ }).click();
    await page.waitForURL(/#\/compare\?a=[0-9a-f]{16}$/);
    await expect.poll(() => page.locator('.sides .side').first().textContent()).toMatch(/Putin Congratulates Tokayev/);
    await page.getByLabel('Find reports').fill('protesters detained');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const second = page.locator('.pick-results li', { hasText: 'Tokayev Wins Kazakh Presidency' });
    await second.waitFor();
    // By keyboard: the choice buttons are ordinary buttons.
    await second.getByRole('button', { name: /^Use as B/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/compare\?a=[0-9a-f]{16}&b=[0-9a-f]{16}$/);
    const facts = page.getByRole('table', { name: 'Facts side by side' });
    await facts.waitFor();
    expect(await page.locator('.relation').textContent()).toMatch(/same-(event|story)/);
    expect((await facts.locator('tbody tr').allInnerTexts()).find((r) => /vote share/.test(r))).toMatch(/81%.*70\.8%/);
    // The address alone brings the same comparison back.
    const url = page.url();
    await page.goto(`${h.base}/#/stories`);
    await page.goto(url);
    await expect.poll(() => page.locator('.sides .side').nth(1).textContent()).toMatch(/Tokayev Wins Kazakh Presidency/);
  });

  it('shows where a person appears, from the story page', async () => {
    await page.goto(`${h.base}/#/stories?q=Tokayev`);
    await page.locator('.story-card a').first().click();
    const person = page.locator('.story-side a[href^="#/entity/"]', { hasText: 'Tokayev' }).first();
    await person.waitFor();
    await person.click();
    await expect.poll(() => page.locator('#entity-h').textContent()).toMatch(/Tokayev/);
    await page.locator('.timeline .event').first().waitFor();
    expect(await page.locator('.timeline .event').count()).toBeGreaterThanOrEqual(3);
    // The entity page lists the story Tokayev is in.
    const story = page.locator('.entity-stories a[href^="#/story/"]');
    expect(await story.count()).toBe(1);
    expect(await story.textContent()).toMatch(/Tokayev|Kazakh/);
    expect(await page.locator('.entity-stories').textContent()).toMatch(/3 reports/);
    await story.click();
    await expect.poll(() => page.locator('#story-h').textContent()).toMatch(/Tokayev|Kazakh/);
  });

  it('lays out at phone width without horizontal overflow', async () => {
    const phone = await h.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${h.base}/#/stories?q=Tokayev`);
    const storyHref = await page.locator('.story-card a').first().getAttribute('href');
    await page.goto(`${h.base}/${storyHref}`);
    const articleHref = await page.locator('.timeline a[href^="#/article/"]').first().getAttribute('href');
    const compareHref = await page.getByRole('link', { name: 'Compare with the previous event' }).getAttribute('href');
    for (const hash of ['#/stories', storyHref!, articleHref!, compareHref!, '#/compare', '#/entity/Kassym-Jomart%20Tokayev', '#/ingest']) {
      await phone.goto(`${h.base}/${hash}`);
      await phone.locator('main h1').first().waitFor();
      await phone.waitForLoadState('networkidle');
      const [scroll, width] = await phone.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scroll, hash).toBeLessThanOrEqual(width);
    }
    await phone.close();
  });

  it('asked no host but the server, and broke no content security rule', async () => {
    const origin = new URL(h.base).origin;
    expect(h.requests.length).toBeGreaterThan(10);
    expect(h.requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(h.problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
  });
});
