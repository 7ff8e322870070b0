import type { Store } from '../store/store.js';

/** How many of the ids an ambiguous prefix matches are named in its error. */
const NAMED = 5;

/**
 * An article id as a person typed it (the whole id or a unique prefix) to the stored id, or why
 * there is none: no id begins so, or several do (and which).
 */
export async function findArticleId(store: Store, typed: string): Promise<{ id: string } | { error: string; ambiguous: boolean }> {
  const ids = await store.idsWithPrefix(typed, NAMED + 1);
  const whole = ids.find((id) => id === typed.toLowerCase());
  if (whole || ids.length === 1) return { id: whole ?? ids[0] };
  if (!ids.length) return { error: `no article with id or prefix ${JSON.stringify(typed)}`, ambiguous: false };
  return { error: `prefix ${JSON.stringify(typed)} is ambiguous: matches ${ids.slice(0, NAMED).join(', ')}${ids.length > NAMED ? ', ...' : ''}`, ambiguous: true };
}
