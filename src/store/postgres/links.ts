import type pg from 'pg';
import type { LinkAssignment, LinkDecision, LinkRecord, LinkStore } from '../store.js';
import { inTransaction } from './connection.js';

/** The linker's tables in PostgreSQL (migration 2), the same behaviour as SqliteLinks. */
export class PostgresLinks implements LinkStore {
  constructor(private readonly pool: pg.Pool) {}

  async termStats(terms: readonly string[]): Promise<{ total: number; df: Map<string, number> }> {
    const total = Number((await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM link_features')).rows[0].n);
    const rows = (await this.pool.query<{ term: string; df: number }>('SELECT term, df FROM link_df WHERE term = ANY($1)', [terms])).rows;
    return { total, df: new Map(rows.map((r) => [r.term, r.df])) };
  }

  async findCandidates(keys: readonly string[], limit: number): Promise<string[]> {
    const r = await this.pool.query<{ article_id: string }>(
      `SELECT article_id, count(*) AS shared FROM link_index WHERE key = ANY($1) GROUP BY article_id ORDER BY shared DESC, article_id LIMIT $2`,
      [keys, limit],
    );
    return r.rows.map((x) => x.article_id);
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
      const fresh = await client.query('INSERT INTO link_features (article_id, data) VALUES ($1, $2) ON CONFLICT DO NOTHING', [r.articleId, JSON.stringify(r.features)]);
      if (!fresh.rowCount) return; // linked before: linking is idempotent
      await client.query('INSERT INTO link_index (key, article_id) SELECT DISTINCT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [r.keys, r.articleId]);
      await client.query('INSERT INTO link_df (term, df) SELECT DISTINCT unnest($1::text[]), 1 ON CONFLICT (term) DO UPDATE SET df = link_df.df + 1', [r.terms]);
      await client.query('INSERT INTO link_assignments (article_id, event_id, story_id) VALUES ($1, $2, $3)', [r.articleId, r.assignment.eventId, r.assignment.storyId]);
      for (const d of r.decisions) {
        await client.query(
          `INSERT INTO link_decisions (article_id, other_id, relation, score, evidence) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (article_id, other_id) DO UPDATE SET relation = excluded.relation, score = excluded.score, evidence = excluded.evidence`,
          [r.articleId, d.otherId, d.relation, d.score, JSON.stringify(d.evidence)],
        );
      }
    });
  }

  async getDecisions(articleId: string): Promise<LinkDecision[]> {
    const r = await this.pool.query<{ other_id: string; relation: string; score: number; evidence: LinkDecision['evidence'] }>(
      'SELECT other_id, relation, score, evidence FROM link_decisions WHERE article_id = $1 ORDER BY score DESC',
      [articleId],
    );
    return r.rows.map((x) => ({ otherId: x.other_id, relation: x.relation, score: x.score, evidence: x.evidence }));
  }
}
