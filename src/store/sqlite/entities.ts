import type Database from 'better-sqlite3';
import type { EntitySummary, EntityType } from '../../types.js';
import type { ArticleQuery, EntityAppearance, EntityQuery } from '../store.js';
import { currentStory } from '../stories.js';
import { matchKey } from '../../words.js';

/** LIKE pattern for "contains", with the user's % and _ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** LIKE pattern for aliases' JSON text keyed whole (migration 10) that may hold `alias`: its match key, JSON-escaped as stored. */
export function aliasPattern(alias: string): string {
  return containsPattern(JSON.stringify(matchKey(alias)).slice(1, -1));
}

/** WHERE clause and parameters of an article query (filters only; paging is the caller's). */
export function articleFilter(query: ArticleQuery): { where: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.outlet) (where.push('outlet = @outlet'), (params.outlet = query.outlet));
  if (query.from) (where.push('published >= @from'), (params.from = query.from));
  if (query.to) (where.push('published <= @to'), (params.to = query.to));
  if (query.story) (where.push(`id IN (SELECT article_id FROM link_assignments WHERE story_id = ${currentStory('@story')})`), (params.story = query.story));
  if (query.entity) (where.push('id IN (SELECT article_id FROM article_entities WHERE name_key = @entity)'), (params.entity = matchKey(query.entity)));
  if (query.ids) (where.push('id IN (SELECT value FROM json_each(@ids))'), (params.ids = JSON.stringify(query.ids)));
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/**
 * The entity tables' queries in SQLite (migrations 3 and 9). Names compare by their match key
 * (words.ts): without regard to case or to the marks on Latin letters. Of a name's spellings,
 * lists show the last in code-point order: the marked over the plain ("Erdoğan" over "Erdogan"),
 * mixed case over capitals ("Istanbul" over "ISTANBUL").
 */
export class SqliteEntities {
  constructor(private readonly db: Database.Database) {}

  list(query: EntityQuery): { items: EntitySummary[]; total: number } {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: query.limit ?? -1, offset: query.offset ?? 0 };
    if (query.q) (where.push(`name_key LIKE @like ESCAPE '\\'`), (params.like = containsPattern(matchKey(query.q))));
    if (query.type) (where.push('type = @type'), (params.type = query.type));
    if (query.story) (where.push(`article_id IN (SELECT article_id FROM link_assignments WHERE story_id = ${currentStory('@story')})`), (params.story = query.story));
    const grouped = `FROM article_entities ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY name_key, type`;
    const items = this.db
      .prepare(`SELECT max(name COLLATE BINARY) AS name, type, count(*) AS articles, sum(mentions) AS mentions ${grouped} ORDER BY articles DESC, mentions DESC, name LIMIT @limit OFFSET @offset`)
      .all(params) as EntitySummary[];
    const { limit: _l, offset: _o, ...filters } = params;
    const total = (this.db.prepare(`SELECT count(*) AS n FROM (SELECT 1 ${grouped})`).get(filters) as { n: number }).n;
    return { items, total };
  }

  /**
   * One query, most articles first. The LIKE on the aliases' match key (the alias's key
   * JSON-escaped, as stored) skips the rows whose aliases cannot hold it before json_each parses any.
   */
  aliasOwner(alias: string): string | null {
    const row = this.db
      .prepare(
        `SELECT max(e.name COLLATE BINARY) AS name FROM article_entities e, json_each(e.aliases) a
         WHERE e.aliases_key LIKE @like ESCAPE '\\' AND match_key(a.value) = @key AND e.name_key <> @key
         GROUP BY e.name_key ORDER BY count(DISTINCT e.article_id) DESC, name LIMIT 1`,
      )
      .get({ like: aliasPattern(alias), key: matchKey(alias) }) as { name: string } | undefined;
    return row?.name ?? null;
  }

  appearances(names: readonly string[], limit: number): EntityAppearance[] {
    const rows = this.db
      .prepare(
        `SELECT e.article_id, e.name, e.type, e.mentions, e.aliases FROM article_entities e JOIN articles a ON a.id = e.article_id
         WHERE e.name_key IN (SELECT value FROM json_each(?)) ORDER BY a.seq LIMIT ?`,
      )
      .all(JSON.stringify(names.map(matchKey)), limit) as { article_id: string; name: string; type: EntityType; mentions: number; aliases: string }[];
    return rows.map((r) => ({ articleId: r.article_id, name: r.name, type: r.type, mentions: r.mentions, aliases: JSON.parse(r.aliases) as string[] }));
  }
}
