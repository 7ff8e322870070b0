/**
 * HTML cleaning: a web page -> its article (metadata, body paragraphs, links, what was removed).
 *
 *   prepareHtml   strip scripts/styles/comments with a linear scan, cap the size (prepare.ts)
 *   readMetadata  <meta>, Open Graph, JSON-LD, bylines (metadata.ts)
 *   Readability   @mozilla/readability on linkedom picks the article container
 *   walkBlocks    our own HTML-to-text walk over it: blocks with structure cues (walk.ts)
 *   withScope     the article element's blocks Readability left out, put back for the passes (scope.ts)
 *   runPasses     Storyline's boilerplate, caption, related-list and tail passes (passes.ts)
 *   fallback      a text-density extractor when Readability finds nothing or too little (fallback.ts)
 *
 * Never throws: any failure inside becomes `noArticle` with the reason.
 */
import type { ArticleLink, RemovedText } from '../../types.js';
import { prepareHtml } from './prepare.js';
import { cleanAuthors, readMetadata, type PageMetadata } from './metadata.js';
import { walkBlocks, type Block } from './walk.js';
import { hostOf, runPasses } from './passes.js';
import { densityBlocks } from './fallback.js';
import { oneLine, wordCount } from './text.js';
import { markCues } from './cues.js';
import { htmlLibraries } from './libraries.js';
import { scopeBlocks, withScope } from './scope.js';
import { PAYWALL_PROMPT } from './rules.js';

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
  /** Set, with the reason, when the body is only part of the article (a paywall's teaser). */
  partial?: string;
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
    const scoped = useReadability ? scopeBlocks(document, linkBase) : [];
    let blocks = useReadability ? readabilityBlocks(document, linkBase) : [];
    let source: 'readability' | 'density' = 'readability';
    const pickedWords = bodyWords(blocks);
    const paywalled = meta.paywalled === true || blocks.some((b) => PAYWALL_PROMPT.test(b.text));
    if (pickedWords < MIN_BODY_WORDS && !(paywalled && scoped.length)) {
      // Readability mutates the document, so the fallback gets a fresh parse.
      const fresh = useReadability ? parseHTML(prepared.html).document : document;
      if (fresh !== document && fresh.body) markCues(fresh.body);
      const dense = densityBlocks(fresh, linkBase);
      if (bodyWords(dense) > bodyWords(blocks)) {
        blocks = dense;
        source = 'density';
      }
    }
    if (source === 'readability') blocks = withScope(blocks, scoped);
    const host = hostOf(linkBase);
    const teaser = paywalled && pickedWords < MIN_BODY_WORDS;
    const result = runPasses(blocks, { title: meta.title, authors: meta.authors, source, host, description: meta.description, teaser });
    if (teaser) withDescription(result.paragraphs, result.removed, meta.description);
    const words = wordCount(result.paragraphs.join(' '));
    const out: HtmlExtraction = { ...pickMeta(meta), ...result, authors: visibleAuthors(meta.authors, result.removed, meta.outlet) };
    if (teaser) out.partial = 'paywalled: the body is the public teaser only';
    else if (words < NO_ARTICLE_WORDS) out.noArticle = words === 0 ? 'no text found in the page' : `only ${words} words of body text`;
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

/**
 * A paywalled page's description leads its teaser when the page shows it nowhere: where the page
 * shows it (as its standfirst) it was filed with the rest of the page.
 */
function withDescription(paragraphs: string[], removed: RemovedText[], description: string | null | undefined): void {
  if (!description || wordCount(description) < 6) return;
  const flat = description.toLowerCase();
  const shown = (text: string): boolean => text.toLowerCase().includes(flat) || flat.includes(text.toLowerCase());
  if (paragraphs.some(shown) || removed.some((r) => wordCount(r.text) >= 6 && shown(r.text))) return;
  paragraphs.unshift(description);
}

/**
 * The names of the page's visible byline ("Elina Saarinen and Jonas Petrauskas · Updated 23:41")
 * when they are the structured authors and more: JSON-LD often lists only the first reporter.
 */
function visibleAuthors(authors: string[], removed: RemovedText[], outlet: string | null): string[] {
  if (!authors.length) return authors;
  const known = authors.map((a) => a.toLowerCase());
  for (const r of removed) {
    if (r.reason !== 'byline' && r.reason !== 'cue:byline-meta') continue;
    const lower = r.text.toLowerCase();
    if (!known.every((a) => lower.includes(a))) continue;
    const names = cleanAuthors([r.text], outlet ? [outlet] : []);
    // The added names must read as people's: "Reuters, Washington" adds no "Washington".
    const added = names.filter((n) => !known.includes(n.toLowerCase()));
    if (added.length && added.every((n) => n.includes(' ')) && known.every((a) => names.some((n) => n.toLowerCase() === a))) return names;
  }
  return authors;
}

function bodyWords(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.linkChars < b.text.length / 2) n += wordCount(b.text);
  return n;
}
