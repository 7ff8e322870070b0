/**
 * HTML cleaning: a web page -> its article (metadata, body paragraphs, links, what was removed).
 *
 *   prepareHtml   strip scripts/styles/comments with a linear scan, cap the size (prepare.ts)
 *   readMetadata  <meta>, Open Graph, JSON-LD, bylines (metadata.ts)
 *   Readability   @mozilla/readability on linkedom picks the article container
 *   walkBlocks    our own HTML-to-text walk over it: blocks with structure cues (walk.ts)
 *   runPasses     Storyline's boilerplate, caption, related-list and tail passes (passes.ts)
 *   fallback      a text-density extractor when Readability finds nothing or too little (fallback.ts)
 *
 * Never throws: any failure inside becomes `noArticle` with the reason.
 */
import type { ArticleLink, RemovedText } from '../../types.js';
import { prepareHtml } from './prepare.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { walkBlocks, type Block } from './walk.js';
import { hostOf, runPasses } from './passes.js';
import { densityBlocks } from './fallback.js';
import { oneLine, wordCount } from './text.js';
import { markCues } from './cues.js';
import { htmlLibraries } from './libraries.js';

export interface HtmlExtraction {
  title: string | null;
  /** og:site_name, JSON-LD publisher.name, application-name... */
  outlet: string | null;
  /** Cleaned names ("By Jane Doe" -> "Jane Doe"). */
  authors: string[];
  /** YYYY-MM-DD from the page's metadata or the article header's <time>. */
  published: string | null;
  /** Canonical URL, og:url, else the given URL. */
  url: string | null;
  /** The article body as paragraphs of plain text (headings inside the article as their own). */
  paragraphs: string[];
  links: ArticleLink[];
  removed: RemovedText[];
  /** Photo credits, captions, "contributed reporting" lines. */
  credits: string[];
  /** Set, with the reason, when the page has no article. */
  noArticle?: string;
}

/** Below this many words of body, Readability's pick is checked against the density fallback. */
const MIN_BODY_WORDS = 80;
/** A page whose best body has fewer words than this has no article. */
const NO_ARTICLE_WORDS = 25;
/**
 * Readability's time grows faster than the element count (a page of 25k list items: over two
 * seconds); past this many tags only the linear density extractor runs. News pages without
 * their scripts have 1-3k tags.
 */
const MAX_TAGS_FOR_READABILITY = 15_000;

export function extractHtml(html: string, pageUrl?: string): HtmlExtraction {
  const base = pageUrl?.trim() || null;
  let meta: PageMetadata = { title: null, outlet: null, authors: [], published: null, url: base, lang: null };
  try {
    const prepared = prepareHtml(typeof html === 'string' ? html : String(html ?? ''));
    const { parseHTML } = htmlLibraries();
    const { document } = parseHTML(prepared.html);
    meta = readMetadata(document, prepared.jsonLd, base);
    if (document.body) markCues(document.body);
    const linkBase = meta.url ?? base;

    const useReadability = prepared.tags <= MAX_TAGS_FOR_READABILITY;
    let blocks = useReadability ? readabilityBlocks(document, linkBase) : [];
    let source: 'readability' | 'density' = 'readability';
    if (bodyWords(blocks) < MIN_BODY_WORDS) {
      // Readability mutates the document, so the fallback gets a fresh parse.
      const fresh = useReadability ? parseHTML(prepared.html).document : document;
      if (fresh !== document && fresh.body) markCues(fresh.body);
      const dense = densityBlocks(fresh, linkBase);
      if (bodyWords(dense) > bodyWords(blocks)) {
        blocks = dense;
        source = 'density';
      }
    }
    const host = hostOf(linkBase);
    const result = runPasses(blocks, { title: meta.title, authors: meta.authors, source, host });
    const words = wordCount(result.paragraphs.join(' '));
    const out: HtmlExtraction = { ...pickMeta(meta), ...result };
    if (words < NO_ARTICLE_WORDS) out.noArticle = words === 0 ? 'no text found in the page' : `only ${words} words of body text`;
    if (prepared.truncated) out.removed.push({ text: '(page cut at the size cap)', reason: 'html-size-cap' });
    return out;
  } catch (err) {
    return { ...pickMeta(meta), paragraphs: [], links: [], removed: [], credits: [], noArticle: `extraction failed: ${oneLine((err as Error)?.message ?? String(err)).slice(0, 200)}` };
  }
}

function pickMeta(m: PageMetadata): Pick<HtmlExtraction, 'title' | 'outlet' | 'authors' | 'published' | 'url'> {
  return { title: m.title, outlet: m.outlet, authors: m.authors, published: m.published, url: m.url };
}

function readabilityBlocks(document: Document, baseUrl: string | null): Block[] {
  const { Readability } = htmlLibraries();
  const reader = new Readability<Element>(document, { keepClasses: true, serializer: (node) => node as Element });
  const article = reader.parse();
  const root = article?.content;
  return root ? walkBlocks(root, baseUrl) : [];
}

function bodyWords(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.linkChars < b.text.length / 2) n += wordCount(b.text);
  return n;
}
