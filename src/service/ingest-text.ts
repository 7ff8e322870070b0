import { expandContainer, sha256 } from '../ingest/containers.js';
import { IngestError } from '../ingest/errors.js';
import { linkArticles } from '../link/index.js';
import type { Store } from '../store/store.js';
import { buildArticle } from './ingest.js';

/** Ingests one text given in memory (pasted into the page, posted to the API), like a file. */
export async function ingestText(store: Store, input: { text: string; name?: string; title?: string; url?: string }): Promise<{ status: 'added' | 'unchanged'; articles: string[] }> {
  const bytes = Buffer.from(input.text, 'utf8');
  const hash = sha256(bytes);
  const source = input.name ?? 'pasted';
  if (await store.hasRaw(hash)) return { status: 'unchanged', articles: [] };
  const { documents, errors } = await expandContainer({ source, rawHash: hash, text: input.text, encoding: 'UTF-8', name: input.name ?? 'pasted.txt', url: input.url });
  if (!documents.length) throw errors[0] ?? new IngestError(source, 'holds no document');
  const articles = documents.map((d) => buildArticle({ ...d, hints: { ...d.hints, ...(input.title && { title: input.title }), ...(input.url && { url: input.url }) } }));
  const saved = await store.saveIngested({ hash, source, bytes, encoding: 'UTF-8', contentType: null, url: input.url ?? null }, articles);
  await linkArticles(store, articles.filter((a) => saved.added.includes(a.id)));
  return { status: saved.added.length ? 'added' : 'unchanged', articles: articles.map((a) => a.id) };
}
