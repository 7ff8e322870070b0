import type Database from 'better-sqlite3';
import { CHUNK, packIds } from '../postings.js';
import { matchKey } from '../../words.js';

/**
 * Schema migrations, versioned in code. Each runs once, in order, in its own transaction;
 * `PRAGMA user_version` records how far a database has come. Append, never edit.
 */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'raw inputs, articles, full-text index',
    up: (db) =>
      db.exec(`
        CREATE TABLE raw_inputs (
          hash TEXT PRIMARY KEY,
          source TEXT NOT NULL,
          bytes BLOB NOT NULL,
          encoding TEXT NOT NULL,
          content_type TEXT,
          url TEXT,
          ingested_at TEXT NOT NULL
        );
        CREATE TABLE articles (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          raw_hash TEXT NOT NULL REFERENCES raw_inputs(hash),
          source TEXT NOT NULL,
          title TEXT,
          outlet TEXT,
          published TEXT,
          url TEXT,
          body TEXT NOT NULL,
          data TEXT NOT NULL,
          ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE INDEX articles_published ON articles(published);
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
          INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, coalesce(new.title, ''), new.body);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, coalesce(old.title, ''), old.body);
        END;
      `),
  },
  {
    version: 2,
    name: 'linker: features, candidate index, term frequencies, assignments, decisions',
    up: (db) =>
      db.exec(`
        CREATE TABLE link_features (article_id TEXT PRIMARY KEY REFERENCES articles(id), data TEXT NOT NULL);
        CREATE TABLE link_index (key TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (key, article_id)) WITHOUT ROWID;
        CREATE TABLE link_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE link_assignments (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          article_id TEXT NOT NULL UNIQUE REFERENCES articles(id),
          event_id TEXT NOT NULL,
          story_id TEXT NOT NULL
        );
        CREATE INDEX link_assignments_event ON link_assignments(event_id);
        CREATE TABLE link_decisions (
          article_id TEXT NOT NULL, other_id TEXT NOT NULL, relation TEXT NOT NULL, score REAL NOT NULL, evidence TEXT NOT NULL,
          PRIMARY KEY (article_id, other_id)
        );
      `),
  },
  {
    version: 3,
    name: 'entities by article (entity pages, article filters by entity and story)',
    up: (db) => {
      db.exec(`
        CREATE TABLE article_entities (
          article_id TEXT NOT NULL REFERENCES articles(id),
          name TEXT NOT NULL COLLATE NOCASE,
          type TEXT NOT NULL,
          mentions INTEGER NOT NULL,
          aliases TEXT NOT NULL,
          PRIMARY KEY (article_id, name, type)
        ) WITHOUT ROWID;
        CREATE INDEX article_entities_name ON article_entities(name, type);
        CREATE INDEX link_assignments_story ON link_assignments(story_id);
      `);
      db.exec(`INSERT OR IGNORE INTO article_entities SELECT a.id, ${ENTITY_COLUMNS} FROM articles a, json_each(a.data, '$.entities') e`);
    },
  },
  {
    version: 4,
    name: 'linker: index keys and terms kept with the features (an article can be deleted without a scan)',
    up: (db) => db.exec(`ALTER TABLE link_features ADD COLUMN keys TEXT; ALTER TABLE link_features ADD COLUMN terms TEXT; CREATE INDEX articles_raw_hash ON articles(raw_hash);`),
  },
  {
    version: 5,
    name: 'linker: candidate index as packed posting lists of link sequence numbers (../postings.ts)',
    up: (db) => {
      db.exec(`
        CREATE TABLE link_postings (key TEXT NOT NULL, chunk INTEGER NOT NULL, ids BLOB NOT NULL, PRIMARY KEY (key, chunk)) WITHOUT ROWID;
        CREATE INDEX link_index_article ON link_index(article_id);
        UPDATE link_features SET keys = (SELECT json_group_array(key) FROM link_index l WHERE l.article_id = link_features.article_id) WHERE keys IS NULL;
      `);
      // Key by key, oldest link first: memory holds the keys and one posting list, not the whole index.
      const seqs = db.prepare('SELECT a.seq FROM link_index l JOIN link_assignments a ON a.article_id = l.article_id WHERE l.key = ? ORDER BY a.seq').pluck();
      const insert = db.prepare('INSERT INTO link_postings (key, chunk, ids) VALUES (?, ?, ?)');
      for (const key of db.prepare('SELECT DISTINCT key FROM link_index').pluck().all() as string[]) {
        const ids = seqs.all(key) as number[];
        for (let c = 0; c * CHUNK < ids.length; c++) insert.run(key, c, packIds(ids.slice(c * CHUNK, (c + 1) * CHUNK)));
      }
      db.exec('DROP TABLE link_index');
    },
  },
  {
    version: 6,
    name: 'linker: term counts kept through a log folded into link_df (./term-counts.ts), the article count under the term ""',
    up: (db) =>
      db.exec(`
        CREATE TABLE link_df_log (id INTEGER PRIMARY KEY AUTOINCREMENT, delta INTEGER NOT NULL, terms TEXT NOT NULL);
        INSERT INTO link_df (term, df) SELECT '', count(*) FROM link_features WHERE true ON CONFLICT(term) DO UPDATE SET df = excluded.df;
      `),
  },
  {
    version: 7,
    name: 'linker: candidate index written through a log folded into link_postings (./postings.ts)',
    up: (db) => db.exec(`CREATE TABLE link_postings_log (id INTEGER PRIMARY KEY AUTOINCREMENT, seq INTEGER NOT NULL, delta INTEGER NOT NULL, keys TEXT NOT NULL);`),
  },
  {
    version: 8,
    name: 'linker: ids of stories merged into another, kept as aliases of it',
    up: (db) => db.exec(`CREATE TABLE link_story_aliases (alias TEXT PRIMARY KEY, story_id TEXT NOT NULL) WITHOUT ROWID; CREATE INDEX link_story_aliases_story ON link_story_aliases(story_id);`),
  },
  {
    version: 9,
    name: "entities: each name's match key (lowercased, Latin letters without their marks): 'Erdoğan' and 'Erdogan' are one entity",
    up: (db) => {
      registerMatchKey(db);
      db.exec(`ALTER TABLE article_entities ADD COLUMN name_key TEXT; UPDATE article_entities SET name_key = match_key(name); CREATE INDEX article_entities_key ON article_entities(name_key, type);`);
    },
  },
  {
    version: 10,
    name: "entities: the match key of their aliases' JSON text, so that an alias is found in any spelling ('Erdogan' finds the alias 'Erdoğan')",
    up: (db) => {
      registerMatchKey(db);
      db.exec(`ALTER TABLE article_entities ADD COLUMN aliases_key TEXT; UPDATE article_entities SET aliases_key = match_key(aliases);`);
    },
  },
];

/**
 * SQL's match_key(name): words.ts's matchKey, the key names are grouped and looked up by. SQLite's
 * NOCASE folds ASCII letters only ("ÉLYSÉE" was not "Élysée"), and no collation of SQLite's
 * takes marks off; better-sqlite3 registers functions, not collations, so the key is a column.
 */
export function registerMatchKey(db: Database.Database): void {
  db.function('match_key', { deterministic: true }, (name: unknown) => (typeof name === 'string' ? matchKey(name) : null));
}

/**
 * An article_entities row but its article id, from one entity `e` of the article's JSON: the
 * same columns fill the table for new articles and for those stored before it existed.
 */
export const ENTITY_COLUMNS = `json_extract(e.value, '$.name'), json_extract(e.value, '$.type'),
  json_array_length(e.value, '$.mentions'), coalesce(json_extract(e.value, '$.aliases'), '[]')`;

/** The same, with the match keys of the name (migration 9) and of the aliases' JSON (migration 10): what new articles' entities are stored as. */
export const ENTITY_ROW = `(article_id, name, type, mentions, aliases, name_key, aliases_key) SELECT ?, ${ENTITY_COLUMNS},
  match_key(json_extract(e.value, '$.name')), match_key(coalesce(json_extract(e.value, '$.aliases'), '[]'))`;

/** The application id written in the file header: tells a Storyline database from a foreign one. */
export const APPLICATION_ID = 0x53544c4e; // "STLN"

export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
