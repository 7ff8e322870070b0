import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import type { Article, ArticleSummary, EntitySummary } from '../../types.js';
import type { ArticleQuery, EntityAppearance, EntityQuery, LinkAssignment, LinkDecision, LinkRecord, RawInfo, RawRecord, SaveResult, SearchHit, Store } from '../store.js';
import { type Checkpointer, startCheckpointer } from './checkpointer.js';
import { articleFilter, SqliteEntities } from './entities.js';
import { statementCache } from './statements.js';
import { SqliteLinks } from './links.js';
import { APPLICATION_ID, ENTITY_ROW, MIGRATIONS, migrate, registerMatchKey } from './migrations.js';

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Refuses a file that is not a SQLite database, or is one but not Storyline's: never overwrite it. */
function checkExistingFile(path: string): void {
  if (path === ':memory:' || !existsSync(path) || statSync(path).size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\u0000') {
    throw new StoreError(`${path} is not a Storyline database (not a SQLite file); refusing to touch it. Use --db to choose another file.`);
  }
}

function toSummary(row: { id: string; source: string; title: string | null; outlet: string | null; published: string | null }): ArticleSummary {
  return { id: row.id, source: row.source, title: row.title, outlet: row.outlet, published: row.published };
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  private links!: SqliteLinks;
  private sql!: (sql: string) => Database.Statement;
  private entities!: SqliteEntities;
  private checkpointer: Checkpointer | null = null;

  constructor(readonly path: string) {
    checkExistingFile(path);
    try {
      this.db = new Database(path);
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      const appId = this.db.pragma('application_id', { simple: true }) as number;
      const tables = (this.db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n;
      if (appId !== APPLICATION_ID && tables > 0) {
        this.db.close();
        throw new StoreError(`${path} is a SQLite database of another application, not Storyline's; refusing to touch it. Use --db to choose another file.`);
      }
      if (appId !== APPLICATION_ID) this.db.pragma(`application_id = ${APPLICATION_ID}`);
      const version = this.db.pragma('user_version', { simple: true }) as number;
      const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
      if (version > latest) {
        this.db.close();
        throw new StoreError(`${path} was written by a newer Storyline (schema ${version}, this one knows ${latest}); upgrade Storyline.`);
      }
      // Only now, with the file known to be ours: WAL mode is written into the file's header.
      this.db.pragma('journal_mode = WAL');
      registerMatchKey(this.db);
      migrate(this.db);
      this.sql = statementCache(this.db);
      this.links = new SqliteLinks(this.db, this.sql);
      this.entities = new SqliteEntities(this.db);
      if (path !== ':memory:' && process.env.STORYLINE_SQLITE_CHECKPOINTER !== 'off') {
        this.db.pragma('wal_autocheckpoint = 0');
        this.checkpointer = startCheckpointer(path, createRequire(import.meta.url).resolve('better-sqlite3'), () => {
          if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
        });
      }
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(`${path}: cannot open the database: ${(err as Error).message}`);
    }
  }

  async hasRaw(hash: string): Promise<boolean> {
    return this.sql('SELECT 1 FROM raw_inputs WHERE hash = ?').get(hash) !== undefined;
  }

  async articlesOfRaw(hash: string): Promise<string[]> {
    return this.sql('SELECT id FROM articles WHERE raw_hash = ? ORDER BY seq').pluck().all(hash) as string[];
  }

  async saveIngested(raw: RawRecord, articles: readonly Article[]): Promise<SaveResult> {
    const now = new Date().toISOString();
    const insertRaw = this.sql(
      `INSERT OR IGNORE INTO raw_inputs (hash, source, bytes, encoding, content_type, url, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertArticle = this.sql(
      `INSERT OR IGNORE INTO articles (id, raw_hash, source, title, outlet, published, url, body, data, ingested_at)
       VALUES (@id, @raw_hash, @source, @title, @outlet, @published, @url, @body, @data, @ingested_at)`,
    );
    const insertEntities = this.sql(`INSERT OR IGNORE INTO article_entities ${ENTITY_ROW} FROM json_each(?, '$.entities') e`);
    const result: SaveResult = { added: [], existing: [] };
    this.db.transaction(() => {
      insertRaw.run(raw.hash, raw.source, Buffer.from(raw.bytes), raw.encoding, raw.contentType, raw.url, now);
      for (const a of articles) {
        const data = JSON.stringify(a);
        const info = insertArticle.run({
          id: a.id,
          raw_hash: raw.hash,
          source: a.source,
          title: a.title,
          outlet: a.outlet,
          published: a.published,
          url: a.url,
          body: a.body,
          data,
          ingested_at: now,
        });
        if (info.changes) insertEntities.run(a.id, data);
        (info.changes ? result.added : result.existing).push(a.id);
      }
    })();
    return result;
  }

  async getRaw(hash: string): Promise<(RawInfo & { bytes: Uint8Array }) | null> {
    const row = this.db.prepare('SELECT hash, source, bytes, encoding, ingested_at FROM raw_inputs WHERE hash = ?').get(hash) as
      | { hash: string; source: string; bytes: Buffer; encoding: string; ingested_at: string }
      | undefined;
    if (!row) return null;
    return { hash: row.hash, source: row.source, bytes: row.bytes, encoding: row.encoding, size: row.bytes.length, ingestedAt: row.ingested_at };
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.sql('SELECT data FROM articles WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as Article) : null;
  }

  async idsWithPrefix(prefix: string, limit: number): Promise<string[]> {
    if (!/^[0-9a-f]{1,64}$/i.test(prefix)) return [];
    const rows = this.db.prepare('SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?').all(prefix.toLowerCase(), prefix.toLowerCase() + 'g', limit) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async listArticles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const { where, params } = articleFilter(query);
    const sql = `SELECT id, source, title, outlet, published FROM articles ${where} ORDER BY seq LIMIT @limit OFFSET @offset`;
    const rows = this.db.prepare(sql).all({ ...params, limit: query.limit ?? -1, offset: query.offset ?? 0 }) as Parameters<typeof toSummary>[0][];
    return rows.map(toSummary);
  }

  async countArticles(query: ArticleQuery = {}): Promise<number> {
    const { where, params } = articleFilter(query);
    return (this.db.prepare(`SELECT count(*) AS n FROM articles ${where}`).get(params) as { n: number }).n;
  }

  async listEntities(query: EntityQuery = {}): Promise<{ items: EntitySummary[]; total: number }> {
    return this.entities.list(query);
  }

  async entityAppearances(names: readonly string[], limit: number): Promise<EntityAppearance[]> {
    return this.entities.appearances(names, limit);
  }

  async aliasOwner(alias: string): Promise<string | null> {
    return this.entities.aliasOwner(alias);
  }

  async search(text: string, limit = 20): Promise<SearchHit[]> {
    // Each word as a quoted FTS5 term: user text is never FTS5 syntax.
    const terms = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!terms.length) return [];
    const match = terms.map((t) => `"${t}"`).join(' ');
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, snippet(articles_fts, 1, '', '', '…', 16) AS snippet, bm25(articles_fts) AS score
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY score LIMIT ?`,
      )
      .all(match, limit) as { id: string; title: string | null; snippet: string; score: number }[];
    return rows.map((r) => ({ ...r, score: -r.score }));
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT raw_hash FROM articles WHERE id = ?').get(id) as { raw_hash: string } | undefined;
      if (!row) return false;
      this.links.unlink(id);
      this.db.prepare('DELETE FROM article_entities WHERE article_id = ?').run(id);
      this.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
      this.db.prepare('DELETE FROM raw_inputs WHERE hash = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE raw_hash = ?)').run(row.raw_hash, row.raw_hash);
      return true;
    })();
  }

  termStats(terms: readonly string[]) {
    return this.links.termStats(terms);
  }

  findCandidates(keys: readonly string[], limit: number): Promise<string[]> {
    return this.links.findCandidates(keys, limit);
  }

  getLinkFeatures(ids: readonly string[]): Promise<Map<string, unknown>> {
    return this.links.getLinkFeatures(ids);
  }

  getAssignments(ids?: readonly string[]): Promise<LinkAssignment[]> {
    return this.links.getAssignments(ids);
  }

  saveLink(record: LinkRecord): Promise<void> {
    return this.links.saveLink(record);
  }

  getDecisions(articleId: string): Promise<LinkDecision[]> {
    return this.links.getDecisions(articleId);
  }

  listUnlinked(limit: number): Promise<string[]> {
    return this.links.listUnlinked(limit);
  }

  async close(): Promise<void> {
    await this.checkpointer?.stop();
    this.checkpointer = null;
    if (this.db.open) this.db.close();
  }
}
