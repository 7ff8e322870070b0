import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Article, StoryView } from '../../src/types.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { runCli, type Summary } from '../hostile/run.js';

const TOWNS = ['Aldport', 'Brinmouth', 'Carrow', 'Dunhill', 'Eastwick', 'Fenmoor', 'Galway Bay', 'Harrowgate', 'Ivybridge', 'Jarrow'];
const EVENTS = ['a flood closed the main road', 'the council approved a new school', 'a fire destroyed a warehouse', 'the harbour reopened after repairs'];

/** A batch of distinct short reports, one a file. */
function writeBatch(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const town = TOWNS[i % TOWNS.length];
    const event = EVENTS[Math.floor(i / TOWNS.length) % EVENTS.length];
    writeFileSync(
      join(dir, `report-${String(i).padStart(3, '0')}.txt`),
      `${town}: ${event} (report ${i + 1})\n\nOfficials in ${town} said on Monday that ${event}, and that ${100 + i * 7} residents were affected.\n\n` +
        `"We are doing everything we can," said deputy mayor Alex Morgan, adding that an update would follow on ${['Tuesday', 'Wednesday', 'Friday'][i % 3]}.\n`,
    );
  }
}

/** Deterministic random numbers (mulberry32), so a failing run can be repeated. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function countArticles(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or its schema not yet committed
  }
}

/**
 * Starts `ingest` and kills it with SIGKILL: after `delayMs`, or as soon as the store holds
 * `atArticles` articles (polled through a second, read-only connection: WAL lets it read
 * while the ingest writes). Resolves with how many articles were stored at the kill.
 */
function ingestAndKill(db: string, folder: string, kill: { delayMs?: number; atArticles?: number }): Promise<{ killed: boolean; stored: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/storyline'), '--db', db, 'ingest', folder, '--json'], { cwd: ROOT, stdio: 'ignore' });
    let killed = false;
    const doKill = () => {
      if (child.exitCode === null && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const timer = kill.delayMs !== undefined ? setTimeout(doKill, kill.delayMs) : undefined;
    const poll =
      kill.atArticles !== undefined
        ? setInterval(() => {
            if (countArticles(db) >= kill.atArticles!) doKill();
          }, 15)
        : undefined;
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve({ killed, stored: countArticles(db) });
    });
  });
}

interface StoreState {
  articles: Map<string, Article>;
  rawInputs: number;
  /** Stories as sets of article ids (ids of stories and events may legitimately differ). */
  stories: string[];
}

async function readState(db: string): Promise<StoreState> {
  const store = new SqliteStore(db);
  const articles = new Map<string, Article>();
  const list = await store.listArticles();
  for (const a of list) articles.set(a.id, (await store.getArticle(a.id))!);
  await store.close();
  expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
  const conn = new Database(db, { readonly: true });
  const rawInputs = (conn.prepare('SELECT count(*) AS n FROM raw_inputs').get() as { n: number }).n;
  conn.close();
  const storiesRun = await runCli(db, ['stories', '--json']);
  const stories = (JSON.parse(storiesRun.stdout) as StoryView[]).map((s) => s.events.flatMap((e) => e.articles).sort().join(',')).sort();
  return { articles, rawInputs, stories };
}

describe('kill -9 during ingest loses nothing committed; a re-run completes the batch', () => {
  const dir = tempDir('storyline-crash-');
  const batch = join(dir, 'batch');
  const COUNT = 120;
  let clean: StoreState;

  beforeAll(async () => {
    writeBatch(batch, COUNT);
    const run = await runCli(join(dir, 'clean.db'), ['ingest', batch, '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Summary).added).toBe(COUNT);
    clean = await readState(join(dir, 'clean.db'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('after several kills at random points, the store equals a clean run', async () => {
    const db = join(dir, 'crashed.db');
    const next = random(20240607);
    const kills: { killed: boolean; stored: number }[] = [];
    // First a kill at a random moment early on (start-up, schema creation, the first inputs)...
    kills.push(await ingestAndKill(db, batch, { delayMs: Math.floor(next() * 400) }));
    // ...then kills at random points of the batch, each further on than what is stored.
    for (let i = 0; i < 4; i++) {
      const stored = countArticles(db);
      if (stored >= COUNT - 1) break;
      // Somewhere in the first half of what is left, so the kill lands before the batch ends.
      const target = stored + 1 + Math.floor((next() * (COUNT - stored)) / 2);
      kills.push(await ingestAndKill(db, batch, { atArticles: target }));
    }
    console.log(`kills (articles stored at each): ${kills.map((k) => (k.killed ? k.stored : `${k.stored} (ended before the kill)`)).join(', ')}`);
    // Nothing committed is lost: what a killed run stored is still there for the next.
    for (let i = 1; i < kills.length; i++) expect(kills[i].stored).toBeGreaterThanOrEqual(kills[i - 1].stored);
    expect(kills.filter((k) => k.killed && k.stored > 0 && k.stored < COUNT).length).toBeGreaterThanOrEqual(2);

    const rerun = await runCli(db, ['ingest', batch, '--json']);
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(rerun.stdout) as Summary;
    expect(summary.added + summary.unchanged).toBe(COUNT);

    const crashed = await readState(db);
    expect([...crashed.articles.keys()].sort()).toEqual([...clean.articles.keys()].sort());
    for (const [id, article] of clean.articles) expect(crashed.articles.get(id)).toEqual(article);
    expect(crashed.rawInputs).toBe(clean.rawInputs);
    expect(crashed.stories).toEqual(clean.stories);

    // And once more: nothing new, nothing doubled.
    const again = JSON.parse((await runCli(db, ['ingest', batch, '--json'])).stdout) as Summary;
    expect(again).toMatchObject({ added: 0, unchanged: COUNT, failed: 0 });
  }, 180_000);
});

describe('a database file that is not a sound Storyline store is refused, never overwritten', () => {
  const dir = tempDir('storyline-baddb-');
  const report = join(dir, 'report.txt');
  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  let good: string;

  beforeAll(async () => {
    writeFileSync(report, 'Tram Line Opens\n\nThe new tram line between the station and the university opened on Sunday, the city transport office said.\n');
    writeBatch(join(dir, 'batch'), 12);
    good = join(dir, 'good.db');
    expect((await runCli(good, ['ingest', join(dir, 'batch'), '--json'])).code).toBe(0);
    // Fold the write-ahead log into the file so that copies of it are whole databases.
    const conn = new Database(good);
    conn.pragma('wal_checkpoint(TRUNCATE)');
    conn.pragma('journal_mode = DELETE');
    conn.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const variants: [name: string, make: (path: string) => void, message: RegExp][] = [
    ['a text file', (p) => writeFileSync(p, 'my precious notes, not a database\n'), /is not a Storyline database \(not a SQLite file\); refusing to touch it/],
    [
      "another application's SQLite database",
      (p) => {
        const conn = new Database(p);
        conn.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('Ann', '555-0100');");
        conn.close();
      },
      /is a SQLite database of another application, not Storyline's; refusing to touch it/,
    ],
    [
      'a Storyline database cut in half',
      (p) => {
        copyFileSync(good, p);
        truncateSync(p, Math.floor(readFileSync(p).length / 2));
      },
      /cannot open the database: database disk image is malformed/,
    ],
    [
      'a Storyline database with a scrambled schema page',
      (p) => {
        copyFileSync(good, p);
        const bytes = readFileSync(p);
        // Page 1 below the 100-byte file header holds the root of the schema table; as the
        // schema grows that root becomes an interior page, so scramble all of it, not a slice.
        const pageSize = bytes.readUInt16BE(16);
        for (let i = 100; i < pageSize; i++) bytes[i] = (i * 131) & 0xff;
        writeFileSync(p, bytes);
      },
      /cannot open the database: (database disk image is malformed|file is not a database)/,
    ],
    [
      'a Storyline database from a newer version',
      (p) => {
        copyFileSync(good, p);
        const conn = new Database(p);
        conn.pragma('user_version = 9999');
        conn.close();
      },
      /was written by a newer Storyline \(schema 9999/,
    ],
  ];

  it.each(variants)('%s', async (_name, make, message) => {
    const path = join(dir, `${_name.replace(/\W+/g, '-')}.db`);
    make(path);
    const before = sha(path);
    for (const args of [['ingest', report, '--json'], ['articles', '--json']]) {
      const r = await runCli(path, args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/unexpected error|at .*\.js:\d+/); // a message, not a stack trace
    }
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
