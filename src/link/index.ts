import type { Store } from '../store/store.js';
import type { Article, Comparison, StoryView } from '../types.js';

/** Placeholder until the linker lands: every article is its own event and story. */
export async function linkArticles(_store: Store, _articles: readonly Article[]): Promise<void> {}

export async function listStories(store: Store): Promise<StoryView[]> {
  const articles = await store.listArticles();
  return articles.map((a) => ({ id: a.id, title: a.title ?? a.id, events: [{ id: a.id, title: a.title ?? a.id, date: a.published, articles: [a.id] }] }));
}

export async function compareArticles(_store: Store, _a: Article, _b: Article): Promise<Comparison> {
  return { relation: 'unrelated', score: 0, evidence: [], facts: [] };
}
