import type pg from 'pg';
import { matchKey } from '../../words.js';

/**
 * PostgreSQL schema migrations, versioned like SQLite's and in the same order; the numbers are
 * one lower from SQLite's 8 on (SQLite's 7, a log for the candidate index, has no counterpart
 * here: PostgreSQL's 6 counts what SQLite's 6 logs).
 * Each runs once, in order, in its own transaction; `storyline_schema` records which ran.
 * Many workers may start at once: an advisory lock per schema lets one migrate while the
 * others wait and then find nothing left to do. Append, never edit.
 */
export interface PgMigration {
  version: number;
  name: string;
  /** SQL run with search_path set to the store's schema. */
  sql: string;
  /** Then, in the same transaction, what SQL cannot compute (words.ts's match keys). */
  then?: (client: pg.ClientBase) => Promise<void>;
}

/**
 * An article_entities row but its article id, from one entity `e` (json) of the article: the same
 * columns fill the table for new articles and for those stored before it existed.
 */
export const ENTITY_COLUMNS = `e->>'name', e->>'type', json_array_length(e->'mentions'), coalesce(e->'aliases', '[]'::json)`;

export const PG_MIGRATIONS: PgMigration[] = [
  {
    version: 1,
    name: 'raw inputs, articles, full-text index',
    sql: `
      CREATE TABLE raw_inputs (
        hash text PRIMARY KEY,
        source text NOT NULL,
        bytes bytea NOT NULL,
        encoding text NOT NULL,
        content_type text,
        url text,
        ingested_at timestamptz NOT NULL
      );
      CREATE TABLE articles (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- byte order: prefix lookups are range scans on the unique index
        id text COLLATE "C" NOT NULL UNIQUE,
        raw_hash text NOT NULL REFERENCES raw_inputs(hash),
        source text NOT NULL,
        title text,
        outlet text,
        published text,
        url text,
        body text NOT NULL,
        data json NOT NULL,
        ingested_at timestamptz NOT NULL,
        -- title (weight A) and body (B) as words cut and folded by words.ts; 'simple': no
        -- stemming, like FTS5's unicode61
        fts tsvector NOT NULL
      );
      CREATE INDEX articles_outlet ON articles (outlet);
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_raw_hash ON articles (raw_hash);
      CREATE INDEX articles_fts ON articles USING gin (fts);
    `,
  },
  {
    version: 2,
    name: 'linker: features, candidate index, term frequencies, assignments, decisions',
    sql: `
      CREATE TABLE link_features (article_id text COLLATE "C" PRIMARY KEY REFERENCES articles(id), data json NOT NULL);
      CREATE TABLE link_index (key text NOT NULL, article_id text COLLATE "C" NOT NULL, PRIMARY KEY (key, article_id));
      CREATE TABLE link_df (term text PRIMARY KEY, df integer NOT NULL);
      CREATE TABLE link_assignments (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id text COLLATE "C" NOT NULL UNIQUE REFERENCES articles(id),
        event_id text NOT NULL,
        story_id text NOT NULL
      );
      CREATE INDEX link_assignments_event ON link_assignments (event_id);
      CREATE TABLE link_decisions (
        article_id text NOT NULL, other_id text NOT NULL, relation text NOT NULL, score double precision NOT NULL, evidence json NOT NULL,
        PRIMARY KEY (article_id, other_id)
      );
    `,
  },
  {
    version: 3,
    name: 'entities by article (entity pages, article filters by entity and story)',
    sql: `
      CREATE TABLE article_entities (
        article_id text COLLATE "C" NOT NULL REFERENCES articles(id),
        name text NOT NULL,
        type text NOT NULL,
        mentions integer NOT NULL,
        aliases json NOT NULL,
        PRIMARY KEY (article_id, name, type)
      );
      -- names compare case-insensitively, as SQLite's COLLATE NOCASE does
      CREATE INDEX article_entities_name ON article_entities (lower(name), type);
      CREATE INDEX link_assignments_story ON link_assignments (story_id);
      INSERT INTO article_entities SELECT a.id, ${ENTITY_COLUMNS} FROM articles a, json_array_elements(a.data->'entities') e ON CONFLICT DO NOTHING;
    `,
  },
  {
    version: 4,
    name: 'linker: index keys and terms kept with the features (an article can be deleted without a scan)',
    sql: `ALTER TABLE link_features ADD COLUMN keys text[], ADD COLUMN terms text[];`,
  },
  {
    version: 5,
    name: 'linker: candidate index as packed posting lists of link sequence numbers (../postings.ts)',
    // Each link sequence number as 4 little-endian bytes, 256 to a chunk, oldest link first.
    sql: `
      CREATE TABLE link_postings (key text NOT NULL, chunk integer NOT NULL, ids bytea NOT NULL, PRIMARY KEY (key, chunk));
      UPDATE link_features f SET keys = k.keys
        FROM (SELECT article_id, array_agg(key) AS keys FROM link_index GROUP BY article_id) k
        WHERE k.article_id = f.article_id AND f.keys IS NULL;
      INSERT INTO link_postings (key, chunk, ids)
        SELECT key, (n - 1) / 256,
               string_agg(set_byte(set_byte(set_byte(set_byte('\\x00000000'::bytea, 0, (seq & 255)::int), 1, ((seq >> 8) & 255)::int),
                                            2, ((seq >> 16) & 255)::int), 3, ((seq >> 24) & 255)::int), ''::bytea ORDER BY seq)
        FROM (SELECT l.key, a.seq, row_number() OVER (PARTITION BY l.key ORDER BY a.seq) AS n
              FROM link_index l JOIN link_assignments a ON a.article_id = l.article_id) p
        GROUP BY key, (n - 1) / 256;
      DROP TABLE link_index;
    `,
  },
  {
    version: 6,
    name: 'linker: the article count (document frequency of the term "") counted once here, then kept by saveLink',
    sql: `INSERT INTO link_df (term, df) SELECT '', count(*) FROM link_features ON CONFLICT (term) DO UPDATE SET df = excluded.df;`,
  },
  {
    version: 7,
    name: 'linker: ids of stories merged into another, kept as aliases of it',
    sql: `CREATE TABLE link_story_aliases (alias text PRIMARY KEY, story_id text NOT NULL); CREATE INDEX link_story_aliases_story ON link_story_aliases(story_id);`,
  },
  {
    version: 8,
    name: "entities: each name's match key (lowercased, Latin letters without their marks): 'Erdoğan' and 'Erdogan' are one entity",
    sql: `ALTER TABLE article_entities ADD COLUMN name_key text; CREATE INDEX article_entities_key ON article_entities (name_key, type);`,
    then: fillNameKeys,
  },
  {
    version: 9,
    name: "entities: the match key of their aliases' JSON text, so that an alias is found in any spelling ('Erdogan' finds the alias 'Erdoğan')",
    sql: `ALTER TABLE article_entities ADD COLUMN aliases_key text`,
    then: fillAliasKeys,
  },
];

/** The entity rows stored before migration 8 get their names' match keys, computed here a thousand names at a time. */
async function fillNameKeys(client: pg.ClientBase): Promise<void> {
  const names = (await client.query<{ name: string }>('SELECT DISTINCT name FROM article_entities WHERE name_key IS NULL')).rows.map((r) => r.name);
  for (let i = 0; i < names.length; i += 1000) {
    const batch = names.slice(i, i + 1000);
    await client.query('UPDATE article_entities e SET name_key = k.key FROM unnest($1::text[], $2::text[]) AS k(name, key) WHERE e.name = k.name', [batch, batch.map(matchKey)]);
  }
}

/** The entity rows stored before migration 9 get their aliases' match keys, a thousand distinct alias lists at a time. */
async function fillAliasKeys(client: pg.ClientBase): Promise<void> {
  const lists = (await client.query<{ aliases: string }>('SELECT DISTINCT aliases::text AS aliases FROM article_entities WHERE aliases_key IS NULL')).rows.map((r) => r.aliases);
  for (let i = 0; i < lists.length; i += 1000) {
    const batch = lists.slice(i, i + 1000);
    await client.query('UPDATE article_entities e SET aliases_key = k.key FROM unnest($1::text[], $2::text[]) AS k(aliases, key) WHERE e.aliases::text = k.aliases', [batch, batch.map(matchKey)]);
  }
}

/** New articles' entity rows, with the match keys of their names and of their aliases' JSON (given in each entity's JSON as "key" and "aliasesKey"). */
export const ENTITY_ROW = `(article_id, name, type, mentions, aliases, name_key, aliases_key) SELECT $1, ${ENTITY_COLUMNS}, e->>'key', e->>'aliasesKey'`;

export const LATEST_PG_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;

export interface MigrationOutcome {
  from: number;
  to: number;
  applied: { version: number; name: string }[];
}

/** Version recorded in the schema: 0 for a fresh schema, null if the schema holds another application's tables. */
export async function schemaVersion(client: pg.ClientBase, schema: string): Promise<number | null> {
  const tables = await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1`, [schema]);
  if (!tables.rows.length) return 0;
  if (!tables.rows.some((t) => t.name === 'storyline_schema')) return null;
  const v = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.storyline_schema`);
  return v.rows[0].v ?? 0;
}

/**
 * Brings `schema` up to the latest version. Throws (changing nothing) if the schema belongs
 * to another application or to a newer Storyline.
 */
export async function migratePostgres(client: pg.ClientBase, schema: string, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<MigrationOutcome> {
  const lockKey = `storyline-migrate:${schema}`;
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    const from = await schemaVersion(client, schema);
    if (from === null) throw new ForeignSchemaError(schema);
    const latest = migrations[migrations.length - 1].version;
    if (from > latest) throw new NewerSchemaError(schema, from, latest);
    const pending = migrations.filter((m) => m.version > from);
    const applied: MigrationOutcome['applied'] = [];
    if (pending.length) {
      await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.storyline_schema (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      for (const m of pending) {
        await client.query('BEGIN');
        try {
          await client.query(`SET LOCAL search_path = ${schema}, public`);
          await client.query(m.sql);
          await m.then?.(client);
          await client.query(`INSERT INTO storyline_schema (version, name) VALUES ($1, $2)`, [m.version, m.name]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${m.version} (${m.name}) failed: ${(err as Error).message}`);
        }
        applied.push({ version: m.version, name: m.name });
      }
    }
    return { from, to: applied.length ? applied[applied.length - 1].version : from, applied };
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => {});
  }
}

export class ForeignSchemaError extends Error {
  constructor(readonly schema: string) {
    super(`schema "${schema}" holds tables of another application, not Storyline's; refusing to touch it. Choose another with ?schema=NAME in the URL.`);
  }
}

export class NewerSchemaError extends Error {
  constructor(
    readonly schema: string,
    readonly version: number,
    readonly latest: number,
  ) {
    super(`schema "${schema}" was written by a newer Storyline (schema ${version}, this one knows ${latest}); upgrade Storyline.`);
  }
}
