import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article, ArticleSummary, StoryView } from '../../src/types.js';
import { cli, tempDir } from '../helpers/cli.js';
import { hasShared, sharedPath } from '../helpers/shared.js';
import { dropSchemas, PG_SKIP_REASON, pgTestUrl } from '../store/pg.js';
import { FAST_QUEUE_ENV, WorkerProcess } from './workers.js';

Object.assign(process.env, FAST_QUEUE_ENV);

/** Stories as sets: which articles share an event, which events share a story (ids and order aside). */
function shape(stories: StoryView[]): string[] {
  return stories.map((s) => s.events.map((e) => [...e.articles].sort().join(',')).sort().join(' | ')).sort();
}

describe.skipIf(!hasShared || !!PG_SKIP_REASON)('ECB+ articles: PostgreSQL with 4 workers gives what SQLite gives with 1', () => {
  const pg = pgTestUrl();
  afterAll(() => dropSchemas([pg]));

  it('same articles, same stories and events', async () => {
    // Two topics of the development corpus (each: two events of the same kind).
    const folder = join(tempDir('storyline-ecb-'), 'docs');
    mkdirSync(folder);
    for (const name of readdirSync(sharedPath('datasets/ecbplus-dev/docs')).filter((n) => /^(1|3)_/.test(n))) {
      copyFileSync(sharedPath('datasets/ecbplus-dev/docs', name), join(folder, name));
    }
    const sqlite = join(tempDir('storyline-ecb-'), 'one.db');
    expect(cli(sqlite, ['ingest', folder, '--json']).code).toBe(0);

    expect(cli(pg, ['ingest', '--queue', folder, '--json']).code).toBe(0);
    const workers = Array.from({ length: 4 }, () => new WorkerProcess(pg, ['--drain']));
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0, 0, 0]);
    expect(new Set(workers.flatMap((w) => w.lines.filter((l) => l.msg === 'job done').map((l) => l.worker))).size).toBeGreaterThan(1);

    const ids = (db: string) => cli(db, ['articles', '--json']).json<ArticleSummary[]>().map((a) => a.id).sort();
    const one = ids(sqlite);
    expect(one.length).toBeGreaterThan(40);
    expect(ids(pg)).toEqual(one);
    const article = (db: string) => cli(db, ['show', one[7], '--json']).json<Article>();
    expect(article(pg)).toEqual(article(sqlite));
    expect(shape(cli(pg, ['stories', '--json']).json<StoryView[]>())).toEqual(shape(cli(sqlite, ['stories', '--json']).json<StoryView[]>()));
  });
});
