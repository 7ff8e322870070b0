import type pg from 'pg';
import type { Article, ArticleSummary, EntitySummary } from '../../types.js';
import { StoreError } from '../sqlite/index.js';
import type { ArticleQuery, EntityAppearance, EntityQuery, LinkAssignment, LinkDecision, LinkRecord, RawInfo, RawRecord, SaveResult, SearchHit, Store } from '../store.js';
import { articleFilter, Params, PostgresEntities } from './entities.js';
import { createPool, hidePassword, inTransaction, type PgLocation, parsePgLocation } from './connection.js';
import { PostgresLinks } from './links.js';
import { allWordsQuery, indexableText } from './words.js';
import { ENTITY_ROW, ForeignSchemaError, type MigrationOutcome, migratePostgres, NewerSchemaError } from './migrations.js';
import { matchKey } from '../../words.js';

/**
 * PostgreSQL store: the same behaviour as SqliteStore (test/store runs one contract suite on
 * both), for many processes on many machines. Connections come from a pg pool; the tables
 * live in one schema (URL parameter `schema`, default "storyline").
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  private constructor(
    /** The URL it was opened with (password included: never print it; `location.display` hides it). */
    readonly url: string,
    readonly location: PgLocation,
    readonly pool: pg.Pool,
  ) {}

  /** Connects and migrates the schema to the latest version (as SQLite does on open). */
  static async open(url: string, options: { applicationName?: string } = {}): Promise<PostgresStore> {
    let location: PgLocation;
    try {
      location = parsePgLocation(url);
    } catch (err) {
      throw new StoreError(`${hidePassword(url)}: ${(err as Error).message}`);
    }
    const store = new PostgresStore(url, location, createPool(location, options.applicationName));
    try {
      await store.migrate();
    } catch (err) {
      await store.pool.end();
      throw err;
    }
    return store;
  }

  /** Applies pending migrations; safe to call from many processes at once. */
  async migrate(): Promise<MigrationOutcome> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw new StoreError(`${this.location.display}: cannot connect: ${(err as Error).message}`);
    }
    try {
      return await migratePostgres(client, this.location.schema);
    } catch (err) {
      if (err instanceof ForeignSchemaError || err instanceof NewerSchemaError) throw new StoreError(`${this.location.display}: ${err.message}`);
      throw new StoreError(`${this.location.display}: cannot prepare the database: ${(err as Error).message}`);
    } finally {
      client.release();
    }
  }

  async hasRaw(hash: string): Promise<boolean> {
    const r = await this.pool.query('SELECT 1 FROM raw_inputs WHERE hash = $1', [hash]);
    return r.rowCount! > 0;
  }

  async articlesOfRaw(hash: string): Promise<string[]> {
    const r = await this.pool.query<{ id: string }>('SELECT id FROM articles WHERE raw_hash = $1 ORDER BY seq', [hash]);
    return r.rows.map((row) => row.id);
  }

  async saveIngested(raw: RawRecord, articles: readonly Article[]): Promise<SaveResult> {
    return this.saveIngestedThen(raw, articles);
  }

  /**
   * saveIngested, and `then` in the same transaction (the queue records the outcome of its job
   * there, so that a worker killed after storing never leaves a stored input marked unstored).
   */
  async saveIngestedThen(raw: RawRecord, articles: readonly Article[], then?: (client: pg.PoolClient, result: SaveResult) => Promise<void>): Promise<SaveResult> {
    const now = new Date();
    return inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO raw_inputs (hash, source, bytes, encoding, content_type, url, ingested_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (hash) DO NOTHING`,
        [raw.hash, raw.source, Buffer.from(raw.bytes), raw.encoding, raw.contentType, raw.url, now],
      );
      const result: SaveResult = { added: [], existing: [] };
      for (const a of articles) {
        // Another worker may be storing the same article right now: ON CONFLICT waits for its
        // transaction and then reports the row as existing, so each article is added once.
        const r = await client.query(
          `INSERT INTO articles (id, raw_hash, source, title, outlet, published, url, body, data, ingested_at, fts)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, setweight(to_tsvector('simple', $11), 'A') || setweight(to_tsvector('simple', $12), 'B'))
           ON CONFLICT (id) DO NOTHING`,
          [a.id, raw.hash, a.source, a.title, a.outlet, a.published, a.url, a.body, JSON.stringify(a), now, indexableText(a.title), indexableText(a.body)],
        );
        if (r.rowCount) {
          await client.query(`INSERT INTO article_entities ${ENTITY_ROW} FROM json_array_elements($2::json) e ON CONFLICT DO NOTHING`, [
            a.id,
            JSON.stringify(a.entities.map((e) => ({ ...e, key: matchKey(e.name), aliasesKey: matchKey(JSON.stringify(e.aliases ?? [])) }))),
          ]);
        }
        (r.rowCount ? result.added : result.existing).push(a.id);
      }
      await then?.(client, result);
      return result;
    });
  }

  async getRaw(hash: string): Promise<(RawInfo & { bytes: Uint8Array }) | null> {
    const r = await this.pool.query<{ hash: string; source: string; bytes: Buffer; encoding: string; ingested_at: Date }>(
      'SELECT hash, source, bytes, encoding, ingested_at FROM raw_inputs WHERE hash = $1',
      [hash],
    );
    const row = r.rows[0];
    if (!row) return null;
    return { hash: row.hash, source: row.source, bytes: row.bytes, encoding: row.encoding, size: row.bytes.length, ingestedAt: row.ingested_at.toISOString() };
  }

  async getArticle(id: string): Promise<Article | null> {
    // data is json (not jsonb): the text comes back as stored, keys in their order.
    const r = await this.pool.query<{ data: Article }>('SELECT data FROM articles WHERE id = $1', [id]);
    return r.rows[0]?.data ?? null;
  }

  async idsWithPrefix(prefix: string, limit: number): Promise<string[]> {
    if (!/^[0-9a-f]{1,64}$/i.test(prefix)) return [];
    const p = prefix.toLowerCase();
    const r = await this.pool.query<{ id: string }>('SELECT id FROM articles WHERE id >= $1 AND id < $2 ORDER BY id LIMIT $3', [p, p + 'g', limit]);
    return r.rows.map((row) => row.id);
  }

  async listArticles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const p = new Params();
    const where = articleFilter(query, p);
    const sql = `SELECT id, source, title, outlet, published FROM articles ${where} ORDER BY seq LIMIT ${p.add(query.limit ?? null)} OFFSET ${p.add(query.offset ?? 0)}`;
    const r = await this.pool.query<ArticleSummary>(sql, p.values);
    return r.rows.map((row) => ({ id: row.id, source: row.source, title: row.title, outlet: row.outlet, published: row.published }));
  }

  async countArticles(query: ArticleQuery = {}): Promise<number> {
    const p = new Params();
    const r = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM articles ${articleFilter(query, p)}`, p.values);
    return Number(r.rows[0].n);
  }

  async deleteArticle(id: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      const row = (await client.query<{ raw_hash: string }>('SELECT raw_hash FROM articles WHERE id = $1 FOR UPDATE', [id])).rows[0];
      if (!row) return false;
      await PostgresLinks.unlink(client, id);
      await client.query('DELETE FROM article_entities WHERE article_id = $1', [id]);
      await client.query('DELETE FROM articles WHERE id = $1', [id]);
      await client.query('DELETE FROM raw_inputs WHERE hash = $1 AND NOT EXISTS (SELECT 1 FROM articles WHERE raw_hash = $1)', [row.raw_hash]);
      return true;
    });
  }

  listEntities(query: EntityQuery = {}): Promise<{ items: EntitySummary[]; total: number }> {
    return new PostgresEntities(this.pool).list(query);
  }

  entityAppearances(names: readonly string[], limit: number): Promise<EntityAppearance[]> {
    return new PostgresEntities(this.pool).appearances(names, limit);
  }

  aliasOwner(alias: string): Promise<string | null> {
    return new PostgresEntities(this.pool).aliasOwner(alias);
  }

  async search(text: string, limit = 20): Promise<SearchHit[]> {
    // Every word required, as the SQLite store quotes each word for FTS5.
    const query = allWordsQuery(text);
    if (!query) return [];
    const r = await this.pool.query<{ id: string; title: string | null; body: string; score: number }>(
      `WITH q AS (SELECT to_tsquery('simple', $1) AS query),
            hits AS (
              SELECT a.id, a.title, a.body, a.seq, ts_rank(a.fts, q.query) AS score, q.query
              FROM articles a, q WHERE a.fts @@ q.query ORDER BY score DESC, a.seq LIMIT $2)
       SELECT id, title, score, ts_headline('simple', body, query, 'StartSel="", StopSel="", MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "') AS body
       FROM hits ORDER BY score DESC, seq`,
      [query, limit],
    );
    return r.rows.map((row) => ({ id: row.id, title: row.title, snippet: row.body, score: row.score }));
  }

  private closed = false;

  private get links(): PostgresLinks {
    return new PostgresLinks(this.pool);
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
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

export async function openPostgresStore(url: string): Promise<Store> {
  return PostgresStore.open(url);
}
