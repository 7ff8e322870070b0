/**
 * Stories to merge, the oldest first (the one whose first article was linked first, by link
 * sequence number; a story with no article yet counts as newest): its id is the one kept, so
 * that the id users have seen longest stays the story's. Ties (none in practice) by id.
 */
export function oldestFirst(ids: readonly string[], firstSeq: ReadonlyMap<string, number>): string[] {
  const order = (id: string) => firstSeq.get(id) ?? Infinity;
  return [...new Set(ids)].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
}

/** SQL for a story filter: the story itself, or the story an alias (a merged story's id) now names. */
export function currentStory(param: string): string {
  return `coalesce((SELECT story_id FROM link_story_aliases WHERE alias = ${param}), ${param})`;
}
