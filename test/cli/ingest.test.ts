import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleSummary } from '../../src/types.js';
import { cli, tempDir } from '../helpers/cli.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

const PARAGRAPH = 'The regional council voted on Tuesday to close the old bridge after engineers found deep cracks in two of its pillars.';

describe.skipIf(!hasShared)('ingest the seeds, then show them', () => {
  const db = join(tempDir(), 'seeds.db');

  it('stores both seeds, and re-ingesting stores nothing new', () => {
    type Summary = { added: number; unchanged: number; inputs: { source: string; status: string; articles: string[] }[] };
    const first = cli(db, ['ingest', sharedPath('seeds'), '--json']);
    expect(first.code).toBe(0);
    expect(first.json<Summary>().added).toBe(2);
    const again = cli(db, ['ingest', sharedPath('seeds'), '--json']);
    expect(again.code).toBe(0);
    expect(again.json<Summary>()).toMatchObject({ added: 0, unchanged: 2 });
    // An unchanged input still says which stored articles it is.
    const ids = (s: Summary) => s.inputs.map((i) => `${i.source} ${i.articles.join(',')}`).sort();
    expect(again.json<Summary>().inputs.every((i) => i.status === 'unchanged' && i.articles.length === 1)).toBe(true);
    expect(ids(again.json<Summary>())).toEqual(ids(first.json<Summary>()));
    expect(cli(db, ['articles', '--json']).json<ArticleSummary[]>()).toHaveLength(2);
  });

  it('shows each as the contract says', () => {
    const list = cli(db, ['articles', '--json']).json<ArticleSummary[]>();
    const bySeed = (n: string) => cli(db, ['show', list.find((a) => a.source.includes(n))!.id, '--json']).json<Article>();
    const s000 = bySeed('000_');
    const s003 = bySeed('003_');
    for (const key of ['id', 'source', 'title', 'outlet', 'authors', 'published', 'url', 'body', 'links', 'removed', 'entities', 'quotes', 'quantities', 'dates']) {
      expect(s000).toHaveProperty(key);
    }
    expect(s000.body).toContain('66-year-old');
    expect(s000.links.some((l) => l.kind === 'related' && l.url?.includes('themoscowtimes.com'))).toBe(true);
    expect(s003.title).toBe("Putin Congratulates Tokayev on 'Convincing Mandate' in Kazakh Poll");
    expect(s003.outlet).toBe('The Moscow Times');
    // A unique prefix of an id works too.
    expect(cli(db, ['show', s003.id.slice(0, 6), '--json']).json<Article>().id).toBe(s003.id);
  });
});

describe('a folder with bad files in it', () => {
  const dir = tempDir();
  const folder = join(dir, 'reports');
  mkdirSync(join(folder, 'nested'), { recursive: true });
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'binary.txt'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)));
  const russian = 'Президент Казахстана Касым-Жомарт Токаев победил на выборах, набрав более 81 процента голосов.\n\nНаблюдатели отметили нарушения.';
  writeFileSync(join(folder, 'nested', 'cyrillic.txt'), iconv.encode(russian, 'windows-1251'));
  writeFileSync(join(folder, 'good.txt'), `Bridge Closed After Cracks Found\n\n${PARAGRAPH}\n\nRepairs will take a year.`);
  writeFileSync(join(folder, 'utf16.txt'), iconv.encode(`\uFEFFFerry Service Resumes\n\nThe ferry between the islands resumed on Monday after a two-week strike by its crews ended.`, 'utf16-le'));
  const db = join(dir, 'store.db');

  it('ingests the good ones, names the bad ones with the reason, and exits 1', () => {
    const r = cli(db, ['ingest', folder, '--json']);
    expect(r.code).toBe(1);
    const summary = r.json<{ inputs: { source: string; status: string; errors: { reason: string }[] }[] }>();
    const status = Object.fromEntries(summary.inputs.map((i) => [i.source.split('/').pop(), i]));
    expect(status['empty.txt'].status).toBe('failed');
    expect(status['empty.txt'].errors[0].reason).toMatch(/empty/);
    expect(status['binary.txt'].status).toBe('failed');
    expect(status['binary.txt'].errors[0].reason).toMatch(/binary/);
    expect(status['good.txt'].status).toBe('added');
    expect(status['cyrillic.txt'].status).toBe('added');
    expect(status['utf16.txt'].status).toBe('added');
    expect(r.stderr).toMatch(/empty\.txt: empty input/);
    expect(r.stderr).toMatch(/binary\.txt: binary data/);
  });

  it('stores a report in another language with a warning that names the language, in the summary and on stderr', () => {
    const r = cli(join(dir, 'warned.db'), ['ingest', folder, '--json']);
    const inputs = r.json<{ inputs: { source: string; warnings?: { source: string; warning: string }[] }[] }>().inputs;
    const of = (name: string) => inputs.find((i) => i.source.endsWith(name))!;
    expect(of('cyrillic.txt').warnings).toEqual([{ source: expect.stringMatching(/cyrillic\.txt$/), warning: expect.stringMatching(/^the text is written in Cyrillic script, not English/) }]);
    expect(of('good.txt').warnings).toBeUndefined();
    expect(r.stderr).toMatch(/warning: \S*cyrillic\.txt: the text is written in Cyrillic script/);
  });

  it('reads Windows-1251 and UTF-16 text correctly', () => {
    const list = cli(db, ['articles', '--json']).json<ArticleSummary[]>();
    const cyr = cli(db, ['show', list.find((a) => a.source.endsWith('cyrillic.txt'))!.id, '--json']).json<Article>();
    expect(cyr.body).toContain('Касым-Жомарт Токаев');
    const u16 = cli(db, ['show', list.find((a) => a.source.endsWith('utf16.txt'))!.id, '--json']).json<Article>();
    expect(u16.title).toBe('Ferry Service Resumes');
  });
});

describe('containers: feeds, JSON, stdin', () => {
  const dir = tempDir();
  const db = join(dir, 'store.db');

  it('reads every item of an RSS feed with its title, link and date', () => {
    const feed = join(dir, 'feed.xml');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Valley Gazette</title>
      <item><title>Bridge Closed</title><link>https://gazette.example/2024/03/05/bridge</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><dc:creator>Ana Ruiz</dc:creator>
      <description><![CDATA[<p>${PARAGRAPH}</p><p>Repairs will take a year.</p>]]></description></item>
      <item><title>Ferry Resumes</title><link>https://gazette.example/ferry</link><pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate>
      <description>The ferry between the islands resumed on Wednesday after a strike ended.</description></item>
      </channel></rss>`,
    );
    const r = cli(db, ['ingest', feed, '--json']);
    expect(r.code).toBe(0);
    const list = cli(db, ['articles', '--json']).json<ArticleSummary[]>();
    const bridge = list.find((a) => a.title === 'Bridge Closed')!;
    expect(bridge).toMatchObject({ outlet: 'Valley Gazette', published: '2024-03-05' });
    const article = cli(db, ['show', bridge.id, '--json']).json<Article>();
    expect(article.authors).toEqual(['Ana Ruiz']);
    expect(article.body).toBe(`${PARAGRAPH}\n\nRepairs will take a year.`);
    expect(list.find((a) => a.title === 'Ferry Resumes')?.published).toBe('2024-03-06');
  });

  it('reads JSONL records, reporting a bad line and keeping the rest', () => {
    const file = join(dir, 'records.jsonl');
    writeFileSync(file, [JSON.stringify({ title: 'Dam Opens', text: 'The new dam opened on Friday, officials said, after six years of work.', date: '2023-05-12' }), '{not json', JSON.stringify({ title: 'No text here' })].join('\n'));
    const r = cli(db, ['ingest', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/records\.jsonl#line-2: invalid JSON/);
    expect(r.stderr).toMatch(/records\.jsonl#line-3: no text field/);
    expect(cli(db, ['articles', '--json']).json<ArticleSummary[]>().find((a) => a.title === 'Dam Opens')?.published).toBe('2023-05-12');
  });

  it("reads stdin with '-'", () => {
    const r = cli(db, ['ingest', '-', '--json'], `Snow Closes Schools\n\nHeavy snow closed every school in the district on Thursday, the education office said.`);
    expect(r.code).toBe(0);
    expect(cli(db, ['articles', '--json']).json<ArticleSummary[]>().some((a) => a.title === 'Snow Closes Schools' && a.source === 'stdin')).toBe(true);
  });

  it('names an unreachable URL and a missing file, and goes on', () => {
    const good = join(dir, 'ok.txt');
    writeFileSync(good, `Market Reopens\n\nThe central market reopened on Saturday after repairs to its roof were finished.`);
    const r = cli(db, ['ingest', 'http://127.0.0.1:9/nothing', join(dir, 'missing.txt'), good, '--json', '--timeout', '2000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/http:\/\/127\.0\.0\.1:9\/nothing: (unreachable|.*refus)/);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.json<{ added: number }>().added).toBe(1);
  });
});

describe('usage', () => {
  const db = join(tempDir(), 'u.db');
  it('exits 2 on bad usage with a message', () => {
    expect(cli(db, ['frobnicate']).code).toBe(2);
    const r = cli(db, ['show', 'ffffffffffffffff', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no article with id or prefix "ffffffffffffffff"/);
    expect(r.stdout).toBe('');
  });

  it('refuses a --date or --from that is not a day of the calendar, in one line naming the option and the value', () => {
    for (const date of ['2024-02-30', '2024-13-45', '']) {
      const r = cli(db, ['analyze', '-', '--json', '--date', date], 'The vote was held on Tuesday.');
      expect(r.code, date).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`--date <YYYY-MM-DD>' argument '${date}' is invalid`);
    }
    expect(cli(db, ['analyze', '-', '--json', '--date', '2024-02-29'], 'The vote was held on Tuesday.').json<Article>().published).toBe('2024-02-29');
    const from = cli(db, ['articles', '--json', '--from', '2023-02-29']);
    expect(from.code).toBe(2);
    expect(from.stderr).toContain(`--from <date>' argument '2023-02-29' is invalid`);
  });

  it('refuses a bad --rules file in one line naming the file and the problem', () => {
    const dir = tempDir();
    const report = join(dir, 'report.txt');
    writeFileSync(report, PARAGRAPH);
    const files = {
      'json.json': ['[{"name": "x",', /Expected|JSON/],
      'regex.json': ['[{"name": "x", "pattern": "("}]', /rule "x": Invalid regular expression/],
      'action.json': ['[{"name": "x", "pattern": "^Listen", "action": "zap"}]', /action: Invalid option/],
      'missing.json': [null, /no such file/],
    } as const;
    for (const [name, [text, problem]] of Object.entries(files)) {
      const file = join(dir, name);
      if (text !== null) writeFileSync(file, text);
      const r = cli(db, ['ingest', '--rules', file, report]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(2);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(r.stderr).toContain(`rules file ${file}: `);
      expect(r.stderr).toMatch(problem);
      expect(r.stderr).not.toMatch(/unexpected error/);
    }
    // Queued inputs are cleaned by the workers: a rules file with --queue is refused, not ignored.
    const queued = cli(db, ['ingest', '--queue', '--rules', join(dir, 'action.json'), report]);
    expect(queued.code).toBe(2);
    expect(queued.stderr).toContain('--rules does not apply with --queue');
  });

  it('says whether an id is unknown or a prefix ambiguous', () => {
    // 17 reports: two of their ids share a first character.
    const records = join(tempDir(), 'records.jsonl');
    writeFileSync(records, Array.from({ length: 17 }, (_, i) => JSON.stringify({ title: `Bridge ${i} Closed`, text: `Bridge number ${i} closed on Tuesday after engineers found cracks in ${i + 2} pillars.` })).join('\n'));
    expect(cli(db, ['ingest', records, '--json']).code).toBe(0);
    const ids = cli(db, ['articles', '--json']).json<ArticleSummary[]>().map((a) => a.id);
    const prefix = ids.map((id) => id[0]).find((c, i, all) => all.indexOf(c) !== i)!;
    const matches = ids.filter((id) => id.startsWith(prefix)).sort();
    for (const args of [['show', prefix], ['compare', prefix, ids[0]]]) {
      const r = cli(db, [...args, '--json']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`prefix "${prefix}" is ambiguous: matches ${matches.slice(0, 5).join(', ')}`);
    }
    const unknown = cli(db, ['compare', ids[0], 'abcdef0123456789abcd', '--json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^storyline: no article with id or prefix "abcdef0123456789abcd"; /);
  });

  it('analyze --raw keeps offsets into the input itself', () => {
    const text = 'Dam Opens\nThe dam opened on Friday.';
    const r = cli(db, ['analyze', '-', '--raw', '--json'], text);
    expect(r.code).toBe(0);
    const a = r.json<Article>();
    expect(a.body).toBe(text);
    for (const m of [...a.entities.flatMap((e) => e.mentions), ...a.dates, ...a.quantities]) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('refuses a file that is not a Storyline database, without touching it', () => {
    const dir = tempDir();
    const notDb = join(dir, 'notes.db');
    writeFileSync(notDb, 'my precious notes');
    const r = cli(notDb, ['articles', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a Storyline database/);
  });
});

describe('ingest --date', () => {
  const dir = tempDir();
  const db = join(dir, 'dated.db');
  const undated = join(dir, 'undated.txt');
  const dated = join(dir, 'dated.txt');
  writeFileSync(undated, 'Bridge Closed After Cracks Found\n\nThe regional council closed the old bridge on Tuesday after engineers found deep cracks in two of its pillars.\n');
  writeFileSync(dated, 'Ferry Service Resumes\nMarch 1, 2024\nThe ferry between the islands resumed on Friday after a two-week strike by its crews ended.\n');

  it('dates the reports that state no date, resolves their relative dates against it, and leaves a dated report its own', () => {
    const r = cli(db, ['ingest', '--date', '2024-03-07', undated, dated, '--json']);
    expect(r.code).toBe(0);
    const list = cli(db, ['articles', '--json']).json<ArticleSummary[]>();
    const bridge = cli(db, ['show', list.find((a) => a.source === undated)!.id, '--json']).json<Article>();
    expect(bridge.published).toBe('2024-03-07');
    expect(bridge.dates.find((d) => d.text.includes('Tuesday'))?.value).toBe('2024-03-05');
    expect(list.find((a) => a.source === dated)?.published).toBe('2024-03-01');
  });

  it('refuses a day the calendar does not have, and --date with --queue', () => {
    const bad = cli(db, ['ingest', '--date', '2024-02-30', undated]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`--date <YYYY-MM-DD>' argument '2024-02-30' is invalid`);
    const queued = cli(db, ['ingest', '--queue', '--date', '2024-03-07', undated]);
    expect(queued.code).toBe(2);
    expect(queued.stderr).toContain('--date does not apply with --queue');
  });

  it('is described in --help', () => {
    expect(cli(db, ['ingest', '--help']).stdout).toMatch(/--date <YYYY-MM-DD>\s+publication date of the reports that state none/);
  });
});
