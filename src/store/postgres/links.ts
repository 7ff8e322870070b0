import type pg from 'pg';
import type { LinkAssignment, LinkDecision, LinkRecord, LinkStore, TermStats } from '../store.js';
import { articlesInOrder, CHUNK, packIds, PostingCounter, withoutId } from '../postings.js';
import { oldestFirst } from '../stories.js';
import { inTransaction } from './connection.js';

/** The linker's tables in PostgreSQL (migration 2), the same behaviour as SqliteLinks. */
export class PostgresLinks implements LinkStore {
  private readonly counter = new PostingCounter();

  constructor(private readonly pool: pg.Pool) {}

  /**
   * The number of linked articles is kept as the document frequency of the empty term (every
   * article "contains" it), maintained by saveLink: count(*) over link_features is a scan of
   * the whole table, and this runs once per linked article.
   */
  async termStats(terms: readonly string[]): Promise<TermStats> {
    const rows = (await this.pool.query<{ term: string; df: number }>(`SELECT term, df FROM link_df WHERE term = ANY($1) OR term = ''`, [terms])).rows;
    const total = rows.find((r) => r.term === '')?.df ?? 0;
    return { total, df: new Map(rows.filter((r) => r.term !== '').map((r) => [r.term, r.df])) };
  }

  async findCandidates(keys: readonly string[], limit: number): Promise<string[]> {
    if (limit < 1) return [];
    const lists = await this.pool.query<{ ids: Buffer }>('SELECT ids FROM link_postings WHERE key = ANY($1)', [[...new Set(keys)]]);
    const seqs = this.counter.top(lists.rows.map((r) => r.ids), limit);
    if (!seqs.length) return [];
    const rows = (await this.pool.query<{ seq: string; article_id: string }>('SELECT seq, article_id FROM link_assignments WHERE seq = ANY($1)', [seqs])).rows;
    return articlesInOrder(seqs, rows.map((r) => [Number(r.seq), r.article_id] as const));
  }

  async getLinkFeatures(ids: readonly string[]): Promise<Map<string, unknown>> {
    const r = await this.pool.query<{ article_id: string; data: unknown }>('SELECT article_id, data FROM link_features WHERE article_id = ANY($1)', [ids]);
    return new Map(r.rows.map((x) => [x.article_id, x.data]));
  }

  async getAssignments(ids?: readonly string[]): Promise<LinkAssignment[]> {
    const sql = `SELECT article_id AS "articleId", event_id AS "eventId", story_id AS "storyId" FROM link_assignments ${ids ? 'WHERE article_id = ANY($1)' : ''} ORDER BY seq`;
    return (await this.pool.query<LinkAssignment>(sql, ids ? [ids] : [])).rows;
  }

  async saveLink(r: LinkRecord): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      const fresh = await client.query('INSERT INTO link_features (article_id, data, keys, terms) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [r.articleId, JSON.stringify(r.features), r.keys, r.terms]);
      if (!fresh.rowCount) return; // linked before: linking is idempotent
      // Terms in a fixed order: two linkers upserting the same terms in different orders could deadlock.
      const terms = [...new Set(r.terms.filter((t) => t !== ''))].sort();
      await client.query('INSERT INTO link_df (term, df) SELECT unnest($1::text[]), 1 ON CONFLICT (term) DO UPDATE SET df = link_df.df + 1', [terms]);
      // The total (see termStats), counted once by migration 6: counting here scanned link_features on every link (8 ms at 100k).
      await client.query(`UPDATE link_df SET df = df + 1 WHERE term = ''`);
      const storyId = r.mergeStories?.length ? await mergeStories(client, [r.assignment.storyId, ...r.mergeStories]) : r.assignment.storyId;
      const seq = (
        await client.query<{ seq: string }>('INSERT INTO link_assignments (article_id, event_id, story_id) VALUES ($1, $2, $3) RETURNING seq', [
          r.articleId,
          r.assignment.eventId,
          storyId,
        ])
      ).rows[0].seq;
      // Appended to each key's last chunk, or a new one when it is full; keys in a fixed order (no
      // deadlock between two linkers). Two appending at once both land: the second updates the row
      // the first wrote.
      await client.query(
        `WITH k AS (SELECT DISTINCT unnest($1::text[]) AS key),
              last AS (SELECT DISTINCT ON (p.key) p.key, p.chunk, length(p.ids) AS size FROM link_postings p JOIN k ON k.key = p.key ORDER BY p.key, p.chunk DESC)
         INSERT INTO link_postings (key, chunk, ids)
         SELECT k.key, CASE WHEN last.size IS NULL THEN 0 WHEN last.size < $3 THEN last.chunk ELSE last.chunk + 1 END, $2::bytea
         FROM k LEFT JOIN last ON last.key = k.key ORDER BY k.key
         ON CONFLICT (key, chunk) DO UPDATE SET ids = link_postings.ids || excluded.ids`,
        [r.keys, packIds([Number(seq)]), CHUNK * 4],
      );
      // One row per other article, the last decision winning (as one upsert after another would).
      const decisions = [...new Map(r.decisions.map((d) => [d.otherId, d])).values()];
      if (decisions.length) {
        await client.query(
          `INSERT INTO link_decisions (article_id, other_id, relation, score, evidence)
           SELECT $1, * FROM unnest($2::text[], $3::text[], $4::float8[], $5::json[])
           ON CONFLICT (article_id, other_id) DO UPDATE SET relation = excluded.relation, score = excluded.score, evidence = excluded.evidence`,
          [r.articleId, decisions.map((d) => d.otherId), decisions.map((d) => d.relation), decisions.map((d) => d.score), decisions.map((d) => JSON.stringify(d.evidence))],
        );
      }
    });
  }

  /** Removes what linking stored of an article, inside the store's delete transaction. */
  static async unlink(client: pg.PoolClient, articleId: string): Promise<void> {
    const row = (
      await client.query<{ keys: string[] | null; terms: string[] | null; seq: string }>(
        'SELECT f.keys, f.terms, a.seq FROM link_features f JOIN link_assignments a ON a.article_id = f.article_id WHERE f.article_id = $1',
        [articleId],
      )
    ).rows[0];
    if (row?.keys) {
      const chunks = await client.query<{ key: string; chunk: number; ids: Buffer }>('SELECT key, chunk, ids FROM link_postings WHERE key = ANY($1) ORDER BY key, chunk FOR UPDATE', [row.keys]);
      for (const c of chunks.rows) {
        const rest = withoutId(c.ids, Number(row.seq));
        if (!rest) continue;
        if (rest.length) await client.query('UPDATE link_postings SET ids = $3 WHERE key = $1 AND chunk = $2', [c.key, c.chunk, packIds(rest)]);
        else await client.query('DELETE FROM link_postings WHERE key = $1 AND chunk = $2', [c.key, c.chunk]);
      }
    }
    if (row) {
      // Terms in a fixed order, as saveLink takes them (no deadlock with a linker); '' is the total.
      const terms = [...new Set((row.terms ?? []).filter((t) => t !== ''))].sort();
      await client.query(`UPDATE link_df SET df = df - 1 WHERE term = ANY($1)`, [terms]);
      await client.query(`UPDATE link_df SET df = df - 1 WHERE term = ''`);
      await client.query(`DELETE FROM link_df WHERE df <= 0 AND term = ANY($1)`, [terms]);
    }
    await client.query('DELETE FROM link_features WHERE article_id = $1', [articleId]);
    await client.query('DELETE FROM link_assignments WHERE article_id = $1', [articleId]);
    await client.query('DELETE FROM link_decisions WHERE article_id = $1 OR other_id = $1', [articleId]);
  }

  async getDecisions(articleId: string): Promise<LinkDecision[]> {
    const r = await this.pool.query<{ other_id: string; relation: string; score: number; evidence: LinkDecision['evidence'] }>(
      'SELECT other_id, relation, score, evidence FROM link_decisions WHERE article_id = $1 ORDER BY score DESC, other_id',
      [articleId],
    );
    return r.rows.map((x) => ({ otherId: x.other_id, relation: x.relation, score: x.score, evidence: x.evidence }));
  }

  async listUnlinked(limit: number): Promise<string[]> {
    const r = await this.pool.query<{ id: string }>('SELECT a.id FROM articles a LEFT JOIN link_assignments l ON l.article_id = a.id WHERE l.article_id IS NULL ORDER BY a.seq LIMIT $1', [limit]);
    return r.rows.map((x) => x.id);
  }
}

/** Makes these stories one, under the id of the oldest (whose first link came first); the others become its aliases. Returns its id. */
async function mergeStories(client: pg.PoolClient, ids: readonly string[]): Promise<string> {
  const rows = (await client.query<{ story_id: string; first: string }>('SELECT story_id, min(seq) AS first FROM link_assignments WHERE story_id = ANY($1) GROUP BY story_id', [ids])).rows;
  const [survivor, ...others] = oldestFirst(ids, new Map(rows.map((r) => [r.story_id, Number(r.first)])));
  if (others.length) {
    await client.query('UPDATE link_assignments SET story_id = $1 WHERE story_id = ANY($2)', [survivor, others]);
    await client.query('UPDATE link_story_aliases SET story_id = $1 WHERE story_id = ANY($2)', [survivor, others]);
    await client.query('INSERT INTO link_story_aliases (alias, story_id) SELECT unnest($2::text[]), $1 ON CONFLICT (alias) DO UPDATE SET story_id = excluded.story_id', [survivor, others]);
  }
  return survivor;
}
