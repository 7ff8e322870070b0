import type Database from 'better-sqlite3';
import type { LinkAssignment, LinkDecision, LinkRecord, LinkStore, TermStats } from '../store.js';
import { articlesInOrder } from '../postings.js';
import { oldestFirst } from '../stories.js';
import { Postings } from './postings.js';
import { TermCounts } from './term-counts.js';

/**
 * The linker's tables in SQLite (migrations 2, 5, 6 and 7). An article's place in the candidate index
 * is its link sequence number (link_assignments.seq): the order in which articles were linked.
 */
export class SqliteLinks implements LinkStore {
  private readonly postings: Postings;
  private readonly counts: TermCounts;
  private readonly articlesOf: Database.Statement;

  /** `sql` is the store's cache of prepared statements: one for the connection. */
  constructor(
    private readonly db: Database.Database,
    private readonly sql: (sql: string) => Database.Statement,
  ) {
    this.postings = new Postings(db);
    this.counts = new TermCounts(db);
    this.articlesOf = db.prepare('SELECT seq, article_id FROM link_assignments WHERE seq IN (SELECT value FROM json_each(?))').raw();
  }

  async termStats(terms: readonly string[]): Promise<TermStats> {
    return this.counts.stats(terms);
  }

  async findCandidates(keys: readonly string[], limit: number): Promise<string[]> {
    const seqs = this.postings.top(keys, limit);
    if (!seqs.length) return [];
    return articlesInOrder(seqs, this.articlesOf.all(JSON.stringify(seqs)) as [number, string][]);
  }

  async getLinkFeatures(ids: readonly string[]): Promise<Map<string, unknown>> {
    const rows = this.sql('SELECT article_id, data FROM link_features WHERE article_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { article_id: string; data: string }[];
    return new Map(rows.map((r) => [r.article_id, JSON.parse(r.data)]));
  }

  async getAssignments(ids?: readonly string[]): Promise<LinkAssignment[]> {
    const sql = `SELECT article_id AS articleId, event_id AS eventId, story_id AS storyId FROM link_assignments
                 ${ids ? 'WHERE article_id IN (SELECT value FROM json_each(?))' : ''} ORDER BY seq`;
    return (ids ? this.sql(sql).all(JSON.stringify(ids)) : this.sql(sql).all()) as LinkAssignment[];
  }

  async saveLink(r: LinkRecord): Promise<void> {
    this.db.transaction(() => {
      const keys = JSON.stringify(r.keys);
      const terms = JSON.stringify(r.terms);
      const fresh = this.sql('INSERT OR IGNORE INTO link_features (article_id, data, keys, terms) VALUES (?, ?, ?, ?)').run(r.articleId, JSON.stringify(r.features), keys, terms).changes;
      if (!fresh) return; // linked before: linking is idempotent
      const storyId = r.mergeStories?.length ? this.mergeStories([r.assignment.storyId, ...r.mergeStories]) : r.assignment.storyId;
      const seq = this.sql('INSERT INTO link_assignments (article_id, event_id, story_id) VALUES (?, ?, ?)').run(r.articleId, r.assignment.eventId, storyId).lastInsertRowid;
      this.postings.add(keys, Number(seq));
      this.counts.record(terms, 1);
      const decision = this.sql('INSERT OR REPLACE INTO link_decisions (article_id, other_id, relation, score, evidence) VALUES (?, ?, ?, ?, ?)');
      for (const d of r.decisions) decision.run(r.articleId, d.otherId, d.relation, d.score, JSON.stringify(d.evidence));
    })();
  }

  /** Makes these stories one, under the id of the oldest (whose first link came first); the others become its aliases. Returns its id. */
  private mergeStories(ids: readonly string[]): string {
    const first = new Map(
      (this.db.prepare('SELECT story_id, min(seq) FROM link_assignments WHERE story_id IN (SELECT value FROM json_each(?)) GROUP BY story_id').raw().all(JSON.stringify(ids)) as [string, number][]),
    );
    const [survivor, ...others] = oldestFirst(ids, first);
    const list = JSON.stringify(others);
    this.db.prepare('UPDATE link_assignments SET story_id = ? WHERE story_id IN (SELECT value FROM json_each(?))').run(survivor, list);
    this.db.prepare('UPDATE link_story_aliases SET story_id = ? WHERE story_id IN (SELECT value FROM json_each(?))').run(survivor, list);
    this.db.prepare('INSERT OR REPLACE INTO link_story_aliases (alias, story_id) SELECT value, ? FROM json_each(?)').run(survivor, list);
    return survivor;
  }

  /** Removes what linking stored of an article; runs inside the store's delete transaction. */
  unlink(articleId: string): void {
    const row = this.db
      .prepare('SELECT f.keys, f.terms, a.seq FROM link_features f JOIN link_assignments a ON a.article_id = f.article_id WHERE f.article_id = ?')
      .get(articleId) as { keys: string | null; terms: string | null; seq: number } | undefined;
    if (row?.keys) this.postings.remove(row.keys, row.seq);
    // Linked before its terms were kept (schema < 4): its terms stay counted, but not the article.
    if (row) this.counts.record(row.terms ?? '[]', -1);
    this.db.prepare('DELETE FROM link_features WHERE article_id = ?').run(articleId);
    this.db.prepare('DELETE FROM link_assignments WHERE article_id = ?').run(articleId);
    this.db.prepare('DELETE FROM link_decisions WHERE article_id = ? OR other_id = ?').run(articleId, articleId);
  }

  async getDecisions(articleId: string): Promise<LinkDecision[]> {
    const rows = this.db.prepare('SELECT other_id, relation, score, evidence FROM link_decisions WHERE article_id = ? ORDER BY score DESC').all(articleId) as {
      other_id: string;
      relation: string;
      score: number;
      evidence: string;
    }[];
    return rows.map((r) => ({ otherId: r.other_id, relation: r.relation, score: r.score, evidence: JSON.parse(r.evidence) }));
  }

  async listUnlinked(limit: number): Promise<string[]> {
    const rows = this.db.prepare('SELECT a.id FROM articles a LEFT JOIN link_assignments l ON l.article_id = a.id WHERE l.article_id IS NULL ORDER BY a.seq LIMIT ?').all(limit) as { id: string }[];
    return rows.map((r) => r.id);
  }
}
