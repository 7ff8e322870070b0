import type pg from 'pg';
import type { EntitySummary, EntityType } from '../../types.js';
import { aliasPattern, containsPattern } from '../sqlite/entities.js';
import type { ArticleQuery, EntityAppearance, EntityQuery } from '../store.js';
import { currentStory } from '../stories.js';
import { matchKey } from '../../words.js';

/** Numbered query parameters, collected as the SQL is written. */
export class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/** WHERE clause of an article query (filters only; paging is the caller's). */
export function articleFilter(query: ArticleQuery, p: Params): string {
  const where: string[] = [];
  if (query.outlet) where.push(`outlet = ${p.add(query.outlet)}`);
  if (query.from) where.push(`published >= ${p.add(query.from)}`);
  if (query.to) where.push(`published <= ${p.add(query.to)}`);
  if (query.story) where.push(`id IN (SELECT article_id FROM link_assignments WHERE story_id = ${currentStory(p.add(query.story))})`);
  if (query.entity) where.push(`id IN (SELECT article_id FROM article_entities WHERE name_key = ${p.add(matchKey(query.entity))})`);
  if (query.ids) where.push(`id = ANY (${p.add(query.ids)}::text[])`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/** The entity tables' queries in PostgreSQL (migrations 3 and 8); names compare by their match key, as in SQLite (sqlite/entities.ts). */
/** How many groups of (name, alias list) aliasOwner reads at most. */
const ALIAS_GROUPS = 2000;

export class PostgresEntities {
  constructor(private readonly pool: pg.Pool) {}

  async list(query: EntityQuery): Promise<{ items: EntitySummary[]; total: number }> {
    const p = new Params();
    const where: string[] = [];
    if (query.q) where.push(`name_key LIKE ${p.add(containsPattern(matchKey(query.q)))}`);
    if (query.type) where.push(`type = ${p.add(query.type)}`);
    if (query.story) where.push(`article_id IN (SELECT article_id FROM link_assignments WHERE story_id = ${currentStory(p.add(query.story))})`);
    const grouped = `FROM article_entities ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY name_key, type`;
    const total = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT 1 ${grouped}) g`, p.values);
    // max(name) COLLATE "C": of a name's spellings the one SQLite gives, the last in code-point order.
    const items = await this.pool.query<{ name: string; type: EntityType; articles: string; mentions: string }>(
      `SELECT max(name COLLATE "C") AS name, type, count(*) AS articles, sum(mentions) AS mentions ${grouped}
       ORDER BY articles DESC, mentions DESC, name LIMIT ${p.add(query.limit ?? null)} OFFSET ${p.add(query.offset ?? 0)}`,
      p.values,
    );
    return { items: items.rows.map((r) => ({ name: r.name, type: r.type, articles: Number(r.articles), mentions: Number(r.mentions) })), total: Number(total.rows[0].n) };
  }

  /**
   * Most articles first, as SQLite's. The LIKE on the aliases' match key (migration 9) finds the
   * rows that may hold the alias, grouped in SQL by name and alias list (the most common lists
   * first, at most ALIAS_GROUPS: a short alias such as "us" matches many); whether a list holds
   * the alias is asked here of each alias's key, as PostgreSQL has no match key of its own (it
   * would need the unaccent extension, not always there).
   */
  async aliasOwner(alias: string): Promise<string | null> {
    const key = matchKey(alias);
    const r = await this.pool.query<{ name: string; name_key: string; articles: string; aliases: string }>(
      `SELECT max(name COLLATE "C") AS name, name_key, count(DISTINCT article_id) AS articles, aliases::text AS aliases
       FROM article_entities WHERE aliases_key LIKE $1 AND name_key <> $2
       GROUP BY name_key, aliases::text ORDER BY articles DESC LIMIT ${ALIAS_GROUPS}`,
      [aliasPattern(alias), key],
    );
    // Per name key: its articles whose aliases hold the alias, and its last spelling (in UTF-16 order, as "C" orders all but astral letters).
    const owners = new Map<string, { name: string; articles: number }>();
    for (const row of r.rows) {
      if (!(JSON.parse(row.aliases) as string[]).some((a) => matchKey(a) === key)) continue;
      const owner = owners.get(row.name_key) ?? { name: row.name, articles: 0 };
      if (row.name > owner.name) owner.name = row.name;
      owner.articles += Number(row.articles);
      owners.set(row.name_key, owner);
    }
    const best = [...owners.values()].sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0];
    return best?.name ?? null;
  }

  async appearances(names: readonly string[], limit: number): Promise<EntityAppearance[]> {
    const r = await this.pool.query<{ article_id: string; name: string; type: EntityType; mentions: number; aliases: string[] }>(
      `SELECT e.article_id, e.name, e.type, e.mentions, e.aliases FROM article_entities e JOIN articles a ON a.id = e.article_id
       WHERE e.name_key = ANY ($1::text[]) ORDER BY a.seq LIMIT $2`,
      [names.map(matchKey), limit],
    );
    return r.rows.map((row) => ({ articleId: row.article_id, name: row.name, type: row.type, mentions: row.mentions, aliases: row.aliases }));
  }
}
