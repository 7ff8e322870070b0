/**
 * Page metadata from <meta>, Open Graph, Dublin Core, JSON-LD (NewsArticle and friends, inside
 * @graph or arrays) and a few microformat cues. Read before Readability runs (it mutates the DOM).
 */
import { oneLine } from './text.js';
import { plainText } from './plain.js';
import { withoutTracking } from './url.js';
import { resolveUrl } from './walk.js';
import { fixCase, NAME_PARTICLE } from '../byline.js';
import { normalizeDate } from '../published.js';

/** A page's date as YYYY-MM-DD: an ISO prefix literally (the publisher's own calendar date). */
const isoDate = (v: string | null | undefined): string | null => normalizeDate(v);

export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  url: string | null;
  /** The page's <html lang>, when given. */
  lang: string | null;
  /** og:description or the meta description: often the standfirst, the teaser of a paywalled page. */
  description?: string | null;
  /** The page says its article is for subscribers (JSON-LD isAccessibleForFree false). */
  paywalled?: boolean;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|ReviewNewsArticle|BackgroundNewsArticle|AskPublicNewsArticle|SatiricalArticle|Review)$/;

export function readMetadata(doc: Document, jsonLdSources: string[], pageUrl: string | null): PageMetadata {
  const meta = collectMeta(doc);
  const ld = articleFromJsonLd(jsonLdSources);
  const pick = (...names: string[]): string | null => {
    for (const n of names) {
      const v = meta.get(n);
      if (v) return v;
    }
    return null;
  };

  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const address =
    resolveUrl(canonical, pageUrl) ?? resolveUrl(pick('og:url'), pageUrl) ?? resolveUrl(str(ld?.url), pageUrl) ?? pageUrl;
  const url = address && withoutTracking(address);

  const title = plainText(str(ld?.headline) ?? pick('og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title')) || titleFromDocument(doc) || null;

  const outlet = cleanOutlet(pick('og:site_name') ?? publisherName(ld) ?? pick('application-name', 'apple-mobile-web-app-title', 'dc.publisher', 'cre'));

  // Structured sources first; the page's byline elements only when they give nothing.
  const structured = [
    ...personNames(ld?.author),
    ...personNames(ld?.creator),
    ...metaAll(doc, ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author', 'dcterms.creator']),
  ];
  const organisations = [outlet, publisherName(ld)].filter((x): x is string => !!x);
  let authors = cleanAuthors(structured, organisations);
  if (!authors.length) authors = cleanAuthors(bylineFromDom(doc), organisations);

  const published =
    isoDate(str(ld?.datePublished)) ??
    isoDate(pick('article:published_time', 'og:article:published_time', 'datepublished', 'publishdate', 'pubdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'originalpublicationdate')) ??
    isoDate(str(ld?.dateCreated)) ??
    isoDate(doc.querySelector('article time[datetime], header time[datetime], time[itemprop~="datePublished"], time[pubdate]')?.getAttribute('datetime')) ??
    isoDate(doc.querySelector('[itemprop~="datePublished"]')?.getAttribute('content')) ??
    null;

  const lang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const description = plainText(pick('og:description', 'description', 'twitter:description')) || null;
  return { title, outlet, authors, published, url, lang, description, paywalled: notFree(ld) };
}

/** schema.org's paywall markup: isAccessibleForFree false on the article or a part of it. */
function notFree(ld: JsonObject | null): boolean {
  if (!ld) return false;
  const no = (v: Json | undefined): boolean => v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');
  const parts = Array.isArray(ld.hasPart) ? ld.hasPart : ld.hasPart ? [ld.hasPart] : [];
  return no(ld.isAccessibleForFree) || parts.some((p) => !!p && typeof p === 'object' && !Array.isArray(p) && no(p.isAccessibleForFree));
}

/** All <meta> name/property/itemprop -> content, lower-cased keys, first value wins. */
function collectMeta(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = m.getAttribute('content')?.trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function metaAll(doc: Document, names: string[]): string[] {
  const out: string[] = [];
  for (const m of doc.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').trim().toLowerCase();
    const value = m.getAttribute('content')?.trim();
    if (value && names.includes(key)) out.push(value);
  }
  return out;
}

function titleFromDocument(doc: Document): string {
  const h1 = plainText(doc.querySelector('article h1, main h1, h1')?.textContent);
  if (h1.length >= 10) return h1;
  const t = plainText(doc.querySelector('title')?.textContent);
  // "Headline | Outlet" / "Headline - Outlet": keep the longest side when it is clearly the headline.
  const parts = t.split(/\s+[|\u2013\u2014-]\s+/);
  if (parts.length > 1) {
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.split(' ').length >= 3) return longest;
  }
  return t || h1;
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && typeof v['@value'] === 'string') return v['@value'] as string;
  return null;
}

/** The first article-like object of the page's JSON-LD, looking through arrays and @graph. */
export function articleFromJsonLd(sources: string[]): JsonObject | null {
  const candidates: JsonObject[] = [];
  for (const src of sources) {
    let parsed: Json;
    try {
      parsed = JSON.parse(src.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')) as Json;
    } catch {
      continue;
    }
    collectObjects(parsed, candidates, 0);
  }
  const typed = (o: JsonObject): string[] => {
    const t = o['@type'];
    return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
  };
  // Prefer a real article type over WebPage, and an object that has a headline.
  const articles = candidates.filter((o) => typed(o).some((t) => ARTICLE_TYPES.test(t)));
  articles.sort((a, b) => rank(b) - rank(a));
  return articles[0] ?? null;

  function rank(o: JsonObject): number {
    const types = typed(o);
    let r = 0;
    if (types.some((t) => t !== 'WebPage' && ARTICLE_TYPES.test(t))) r += 2;
    if (o.headline) r += 1;
    if (o.datePublished) r += 1;
    return r;
  }
}

function collectObjects(v: Json, out: JsonObject[], depth: number): void {
  if (depth > 6 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collectObjects(x, out, depth + 1);
    return;
  }
  out.push(v);
  if (v['@graph']) collectObjects(v['@graph'], out, depth + 1);
  if (v.mainEntity) collectObjects(v.mainEntity, out, depth + 1);
}

function publisherName(ld: JsonObject | null): string | null {
  const p = ld?.publisher;
  if (Array.isArray(p)) return p.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? str(x.name) : str(x))).find(Boolean) ?? null;
  if (p && typeof p === 'object') return str((p as JsonObject).name);
  return str(p ?? null);
}

function personNames(v: Json | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => personNames(x));
  if (typeof v === 'object') return personNames(v.name ?? null);
  return [];
}

/** Byline elements the page marks as such (rel=author, itemprop=author, class "byline"). */
function bylineFromDom(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll('[rel="author"], [itemprop~="author"] [itemprop~="name"], a[itemprop~="author"], span[itemprop~="author"]')) {
    const t = oneLine(el.textContent);
    if (t) out.push(t);
    if (out.length >= 6) break;
  }
  if (!out.length) {
    const byline = doc.querySelector('.byline, .author-name, .byline__name, [class*="byline"] [class*="name"]');
    const t = oneLine(byline?.textContent);
    if (t && t.length < 120) out.push(t);
  }
  return out;
}

const BY_PREFIX = /^(?:(?:written|words|story|text|reporting)\s+)?by[:\s]+/i;
/** Words that make a byline entry a role or an organisation rather than a person's name. */
const NOT_A_NAME = /(?<!\p{L})(writer|editor|editors|correspondent|reporter|contributor|contributors|columnist|staff|bureau|media|desk|team|newsroom|platform|admin|administrator|guest|gast|гость|redaktion|redacción|rédaction)(?!\p{L})/iu;

/** "Claire Dubois in Paris": where the reporter filed from follows the name. */
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * "By Jane Doe and John Roe, Reuters" -> ["Jane Doe", "John Roe", "Reuters"]. Drops URLs,
 * dates, roles ("AP Auto Writer"), the outlet itself, and lines that are no names at all.
 */
export function cleanAuthors(raw: string[], organisations: string[] = []): string[] {
  const out: string[] = [];
  const seen = new Set(organisations.map((o) => o.toLowerCase()));
  for (const r of raw) {
    let line = plainText(r);
    if (!line || /^https?:\/\//i.test(line) || line.length > 200) continue;
    // "Monday November 18, 2019 7:45 am PST by Joe Rossignol": the name follows the last "by".
    const by = /\bby\s+(?=\p{Lu})/giu;
    let lastBy = -1;
    for (let m = by.exec(line); m; m = by.exec(line)) lastBy = m.index + m[0].length;
    if (lastBy > 0) line = line.slice(lastBy);
    line = line.replace(BY_PREFIX, '').replace(/^[\p{L}]+( [\p{L}]+)?:\s+/u, '');
    const names = line
      // A ". " ends a name only after a word, not after an initial ("Sarah E. Needleman") or a
      // title ("Dr. Rosalind Achebe").
      .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\||·|•|\s[-–—]\s|(?<=\p{L}{2})(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Fr|Sr|St))\.\s)\s*/u)
      .map((n) => n.replace(BY_PREFIX, '').replace(/^@/, '').replace(IN_PLACE, '').replace(/[.\s]+$/, '').trim())
      .filter(isPersonOrAgency)
      .map(fixCase);
    for (const n of names) {
      const key = n.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(n);
    }
  }
  return out.slice(0, 12);
}

function isPersonOrAgency(n: string): boolean {
  if (n.length < 2 || n.length > 60 || !/\p{L}/u.test(n) || /\d/.test(n)) return false;
  if (NOT_A_NAME.test(n) || /\.(com|org|net|co|in|ru|de|uk|info)\b/i.test(n)) return false;
  const words = n.split(/\s+/);
  if (words.length > 5) return false;
  // In scripts with case, every word of a name is capitalised or a particle ("van", "bin").
  if (/[\p{Lu}\p{Ll}]/u.test(n)) return words.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || NAME_PARTICLE.test(w) || !/[\p{Ll}]/u.test(w[0]));
  return true;
}

/** "TheHill | TheHill" -> "TheHill"; a URL -> its host. */
function cleanOutlet(v: string | null): string | null {
  const o = plainText(v);
  if (!o) return null;
  if (/^https?:\/\//i.test(o)) {
    try {
      return new URL(o).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  }
  return o.split(/\s+\|\s+/)[0].trim() || null;
}
