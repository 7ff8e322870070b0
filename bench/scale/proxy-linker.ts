import type { PostgresStore } from '../../src/store/postgres/index.js';
import type { Store } from '../../src/store/store.js';
import type { Article } from '../../src/types.js';

/**
 * A stand-in linker for measuring the two ways of serialising linking (bench/scale/linking.ts)
 * while the real one (src/link) is not there: for each article, candidates by full-text search
 * on its title words among articles already linked, word-set similarity with each, then the best
 * candidate's event or a new one. Like any incremental clusterer, its result depends on the
 * order articles arrive in, and its cost on the candidates it reads.
 */
export async function setupProxyLinker(store: PostgresStore): Promise<void> {
  await store.pool.query('CREATE TABLE IF NOT EXISTS proxy_events (article_id text PRIMARY KEY, event_id text NOT NULL)');
}

const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

export async function proxyLink(store: Store, articles: readonly Article[]): Promise<void> {
  const pool = (store as PostgresStore).pool;
  for (const article of articles) {
    const title = [...words(article.title ?? article.body.slice(0, 200))].slice(0, 8);
    let event = article.id;
    if (title.length) {
      const candidates = await pool.query<{ id: string; event_id: string; body: string }>(
        `SELECT a.id, e.event_id, a.body FROM articles a JOIN proxy_events e ON e.article_id = a.id
         WHERE a.fts @@ to_tsquery('simple', $1) ORDER BY ts_rank(a.fts, to_tsquery('simple', $1)) DESC, a.id LIMIT 20`,
        [title.map((w) => `'${w}'`).join(' | ')],
      );
      const mine = words(article.body);
      let best = 0.35;
      for (const c of candidates.rows) {
        const score = jaccard(mine, words(c.body));
        if (score > best) [best, event] = [score, c.event_id];
      }
    }
    await pool.query('INSERT INTO proxy_events (article_id, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [article.id, event]);
  }
}
