import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadEvent } from '../../src/ingest/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Article } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';
import { deepHtmlCases, type HostileCase, hostileCases, writeCorpus } from './corpus.js';
import { type Run, runCli, type Summary } from './run.js';

/** Every hostile file in one folder, ingested as one batch: each gets its documented outcome. */
describe('the hostile corpus as one batch', () => {
  const dir = tempDir('storyline-hostile-'); // in os.tmpdir(): the 50 MB file never lands in the repo
  const corpus = join(dir, 'corpus');
  const db = join(dir, 'store.db');
  const cases = hostileCases();
  let run: Run;
  let summary: Summary;
  const articles = new Map<string, Article>();

  beforeAll(async () => {
    writeCorpus(corpus, cases);
    run = await runCli(db, ['ingest', corpus, '--json']);
    summary = JSON.parse(run.stdout) as Summary;
    const store = new SqliteStore(db);
    for (const input of summary.inputs) {
      for (const id of input.articles) articles.set(input.source, (await store.getArticle(id))!);
    }
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const report = (c: HostileCase) => summary.inputs.filter((i) => i.source === join(corpus, c.file));

  it('finishes the batch, prints one JSON summary and exits 1 (some inputs failed)', () => {
    expect(run.code).toBe(1);
    const expectedAdded = cases.filter((c) => c.outcome.status === 'added').length;
    expect(summary.added).toBe(expectedAdded);
    // Each input is reported once: the symlink back into the folder is not walked again.
    const sources = summary.inputs.map((i) => i.source);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const path = join(corpus, c.file);
    const [r, ...more] = report(c);
    const { outcome } = c;
    if (outcome.status === 'not-visited') {
      expect(summary.inputs.filter((i) => i.source.startsWith(path))).toEqual([]);
      return;
    }
    expect(more).toEqual([]);
    expect(r, `no report for ${c.file}`).toBeDefined();
    if (outcome.status === 'failed') {
      expect(r.status).toBe('failed');
      expect(r.errors[0].source).toBe(path);
      expect(r.errors[0].reason).toMatch(outcome.reason);
      // The error on stderr names the input, then says why.
      expect(run.stderr).toContain(`error: ${path}: ${r.errors[0].reason}`);
      return;
    }
    expect(r.status).toBe('added');
    const article = articles.get(path)!;
    for (const text of outcome.contains) expect(article.body).toContain(text);
    for (const text of outcome.absent ?? []) expect(article.body).not.toContain(text);
    if (outcome.title) expect(article.title).toBe(outcome.title);
  });
});

describe('limits have flags, and they work', () => {
  const dir = tempDir('storyline-limits-');
  const corpus = join(dir, 'corpus');
  const db = join(dir, 'store.db');
  const pick = (name: string) => hostileCases(1).filter((c) => c.file === name);
  beforeAll(() => writeCorpus(corpus, [...pick('one-line-5mb.txt'), ...pick('good.txt'), ...pick('bomb.zip')]));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--max-bytes refuses a file before reading it; --max-chars refuses a long report', async () => {
    const big = await runCli(db, ['ingest', join(corpus, 'one-line-5mb.txt'), '--max-bytes', '1000000', '--json']);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/one-line-5mb\.txt: file is \d+ bytes, over the 1000000-byte limit \(--max-bytes\)/);
    const long = await runCli(db, ['ingest', join(corpus, 'good.txt'), '--max-chars', '300', '--json']);
    expect(long.code).toBe(1);
    expect(long.stderr).toMatch(/good\.txt: \d+ characters of text in one document, over the 300-character limit/);
    const fine = await runCli(db, ['ingest', join(corpus, 'good.txt'), '--max-chars', '5000', '--json']);
    expect(fine.code).toBe(0);
    expect((JSON.parse(fine.stdout) as Summary).added).toBe(1);
  });

  it('refuses bad limit values as usage errors (exit 2)', async () => {
    for (const flag of ['--max-bytes', '--max-chars', '--timeout', '--max-redirects']) {
      const r = await runCli(db, ['ingest', join(corpus, 'good.txt'), flag, 'lots']);
      expect(r.stderr).toMatch(/expected a (positive )?whole number/);
      expect(r.code, flag).toBe(2);
    }
  });

  it('a zip named on the command line is refused by its signature, never unpacked', async () => {
    const r = await runCli(db, ['ingest', join(corpus, 'bomb.zip'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bomb\.zip: not text: a ZIP archive \(Storyline does not open archives/);
  });

  it('stdin gets the same checks: binary refused, over --max-bytes refused', async () => {
    const binary = await runCli(db, ['ingest', '-', '--json'], Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x10, 0x11].flatMap((b) => Array(64).fill(b))));
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/stdin: binary data, not text/);
    const big = await runCli(db, ['ingest', '-', '--max-bytes', '100', '--json'], 'x'.repeat(1000));
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/stdin: input is over the 100-byte limit \(--max-bytes\)/);
  });
});

describe('a file that vanishes between the folder listing and its reading', () => {
  it('is named with the reason, and the batch goes on', async () => {
    const dir = tempDir('storyline-vanish-');
    const text = (n: number) => `Report ${n}\n\nThe harbour bridge stayed closed on day ${n} of the repairs, the council said.`;
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `${n}.txt`), text(n));
    const events: ReadEvent[] = [];
    // The folder is listed before the first file is read; 2.txt goes away after that.
    for await (const event of readInputs([dir])) {
      events.push(event);
      if (events.length === 1) unlinkSync(join(dir, '2.txt'));
    }
    expect(events.map((e) => e.ok)).toEqual([true, false, true]);
    const failed = events[1] as Extract<ReadEvent, { ok: false }>;
    expect(failed.error.source).toBe(join(dir, '2.txt'));
    expect(failed.error.reason).toMatch(/file vanished before it could be read/);
    rmSync(dir, { recursive: true, force: true });
  });
});

/**
 * Deeply nested and unclosed HTML: the article is found, in about a second per case with the
 * CLI's start-up (src/clean/html/prepare.ts flattens markup nested deeper than MAX_NESTING).
 */
describe('deeply nested and unclosed HTML', () => {
  it.each(deepHtmlCases().map((c) => [c.file, c] as const))('%s is ingested with its text', async (_file, c) => {
    const dir = tempDir('storyline-deep-');
    writeCorpus(dir, [c]);
    const r = await runCli(join(dir, 'store.db'), ['ingest', join(dir, c.file), '--json']);
    const summary = JSON.parse(r.stdout) as Summary;
    expect(summary.inputs[0].status).toBe('added');
    const store = new SqliteStore(join(dir, 'store.db'));
    const article = await store.getArticle(summary.inputs[0].articles[0]);
    await store.close();
    if (c.outcome.status === 'added') for (const text of c.outcome.contains) expect(article?.body).toContain(text);
    rmSync(dir, { recursive: true, force: true });
  }, 600_000);
});
