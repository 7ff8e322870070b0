import { createHash } from 'node:crypto';
import Parser from 'rss-parser';
import { z } from 'zod';
import type { RawDocument, RawFormat, SourceHints } from '../types.js';
import { IngestError } from './errors.js';
import { plainText } from '../clean/html/plain.js';
import { cleanAuthors } from '../clean/html/metadata.js';
import { withoutTracking } from '../clean/html/url.js';

/**
 * One raw input (a file, a response, stdin) is a container of one or more documents: a
 * page or a text is one; a feed or a JSON(L) file holds many. Each document keeps the
 * container's hash (the verbatim input in the store) and gets its own content hash.
 */
export interface Container {
  source: string;
  rawHash: string;
  text: string;
  encoding: string;
  /** File name or URL path, for the extension. */
  name: string;
  /** Content-Type of an HTTP response. */
  contentType?: string;
  /** The URL a page or feed was fetched from. */
  url?: string;
}

export type ContainerKind = 'feed' | 'json' | 'jsonl' | RawFormat;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function containerKind(c: Container): ContainerKind {
  const ext = /\.([a-z0-9]+)$/i.exec(c.name.replace(/[?#].*$/, ''))?.[1]?.toLowerCase() ?? '';
  const head = c.text.slice(0, 2048).trimStart().toLowerCase();
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'json' || /json/.test(c.contentType ?? '')) return 'json';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!doctype[^>[]*(\[[\s\S]*?\]\s*)?>\s*)*<(rss|feed|rdf:rdf)\b/.test(head)) return 'feed';
  if (ext === 'xml' || ext === 'rss' || ext === 'atom' || /(rss|atom)\+xml/.test(c.contentType ?? '')) return 'feed';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || /html/.test(c.contentType ?? '')) return 'html';
  if (/^(<!doctype html|<html\b|<head\b|<body\b)/.test(head)) return 'html';
  return 'text';
}

/** Limits on what one container may hold. */
export interface ContainerLimits {
  /**
   * Characters of text in one plain-text or Markdown document. No news report comes near it;
   * a bigger one is a dump of many (split it, e.g. JSONL with one report a line) and would
   * only make the analysers crawl. HTML is cut by the extractor at its own size cap.
   */
  maxChars: number;
}

export const DEFAULT_CONTAINER_LIMITS: ContainerLimits = { maxChars: 1_000_000 };

function checkSize(source: string, format: RawFormat, text: string, limits: ContainerLimits): void {
  if (format !== 'html' && text.length > limits.maxChars) {
    throw new IngestError(
      source,
      `${text.length} characters of text in one document, over the ${limits.maxChars}-character limit for one report (--max-chars); split it into reports (e.g. JSONL, one a line)`,
    );
  }
}

/**
 * `identity`: the hints the document's id derives from, when they differ from the cleaned ones
 * (a feed item's id comes from what the feed said, so re-reading a feed finds the same items).
 */
function document(c: Container, suffix: string, format: RawFormat, text: string, hints: SourceHints, limits: ContainerLimits, identity: SourceHints = hints): RawDocument {
  checkSize(c.source + suffix, format, text, limits);
  const clean = withoutEmpty(hints);
  return {
    source: c.source + suffix,
    rawHash: c.rawHash,
    docHash: sha256(JSON.stringify([format, text, withoutEmpty(identity)])),
    format,
    text,
    encoding: c.encoding,
    hints: clean,
  };
}

function withoutEmpty(hints: SourceHints): SourceHints {
  return Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined && v !== '')) as SourceHints;
}

const TEXT_FIELDS = ['text', 'body', 'content', 'article', 'maintext', 'articleBody', 'html', 'description'] as const;

const RecordSchema = z
  .object({
    title: z.string().optional(),
    headline: z.string().optional(),
    url: z.string().optional(),
    link: z.string().optional(),
    published: z.string().optional(),
    date: z.string().optional(),
    date_publish: z.string().optional(),
    datePublished: z.string().optional(),
    outlet: z.string().optional(),
    source: z.string().optional(),
    source_domain: z.string().optional(),
    authors: z.union([z.array(z.string()), z.string()]).optional(),
    author: z.string().optional(),
  })
  .passthrough();

function fromRecord(c: Container, suffix: string, value: unknown, limits: ContainerLimits): RawDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IngestError(c.source + suffix, 'a JSON record must be an object with a text field');
  }
  const record = value as Record<string, unknown>;
  const field = TEXT_FIELDS.find((f) => typeof record[f] === 'string' && (record[f] as string).trim());
  if (!field) {
    throw new IngestError(c.source + suffix, `no text field: expected one of ${TEXT_FIELDS.join(', ')} holding a non-empty string`);
  }
  const r = RecordSchema.safeParse(record);
  const meta = r.success ? r.data : {};
  const text = record[field] as string;
  const authors = typeof meta.authors === 'string' ? [meta.authors] : (meta.authors ?? (meta.author ? [meta.author] : undefined));
  const format: RawFormat = field === 'html' || /^\s*<(!doctype|html|p|div|article)\b/i.test(text) ? 'html' : 'text';
  const given: SourceHints = {
    title: meta.title ?? meta.headline,
    url: meta.url ?? meta.link,
    published: meta.published ?? meta.date_publish ?? meta.datePublished ?? meta.date,
    outlet: meta.outlet ?? meta.source_domain ?? (typeof meta.source === 'string' ? meta.source : undefined),
    authors,
  };
  return document(c, suffix, format, text, plainHints(given), limits, given);
}

/** Titles, outlets and names as plain text (scraped records carry entities and tags), URLs without tracking. */
function plainHints(h: SourceHints): SourceHints {
  const text = (v: string | undefined): string | undefined => (v === undefined ? undefined : plainText(v));
  return { ...h, title: text(h.title), url: h.url === undefined ? undefined : withoutTracking(h.url), outlet: text(h.outlet), authors: h.authors?.map((a) => plainText(a)).filter(Boolean) };
}

export interface Expanded {
  documents: RawDocument[];
  /** Records inside the container that could not be read (the rest were). */
  errors: IngestError[];
}

function expandJson(c: Container, limits: ContainerLimits): Expanded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(c.text);
  } catch (err) {
    throw new IngestError(c.source, `invalid JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' && parsed && Array.isArray((parsed as { articles?: unknown }).articles)
      ? (parsed as { articles: unknown[] }).articles
      : [parsed];
  const out: Expanded = { documents: [], errors: [] };
  list.forEach((value, i) => {
    try {
      out.documents.push(fromRecord(c, list.length > 1 ? `#${i + 1}` : '', value, limits));
    } catch (err) {
      if (err instanceof IngestError) out.errors.push(err);
      else throw err;
    }
  });
  return out;
}

function expandJsonl(c: Container, limits: ContainerLimits): Expanded {
  const out: Expanded = { documents: [], errors: [] };
  c.text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `#line-${i + 1}`;
    try {
      out.documents.push(fromRecord(c, where, JSON.parse(line), limits));
    } catch (err) {
      out.errors.push(err instanceof IngestError ? err : new IngestError(c.source + where, `invalid JSON: ${(err as Error).message}`));
    }
  });
  return out;
}

const feedParser = new Parser({
  customFields: {
    item: [
      ['content:encoded', 'contentEncoded'],
      // Every dc:creator and every Atom <author>, not only the first (rss-parser keeps one).
      ['dc:creator', 'dcCreators', { keepArray: true }],
      ['author', 'authorElements', { keepArray: true }],
    ],
  },
});

type FeedItem = Awaited<ReturnType<typeof feedParser.parseString>>['items'][number] & {
  contentEncoded?: string;
  dcCreators?: unknown[];
  authorElements?: unknown[];
};

async function expandFeed(c: Container, limits: ContainerLimits): Promise<Expanded> {
  // rss-parser gives the fullest fields (content:encoded, dc:creator, Atom's published date).
  // Entity declarations are refused before parsing: no DTD tricks (billion laughs, XXE).
  if (/<!DOCTYPE[^>]*\[|<!ENTITY/i.test(c.text.slice(0, 65536))) {
    throw new IngestError(c.source, 'feed declares XML entities (DTD); refused for safety');
  }
  let feed: Awaited<ReturnType<typeof feedParser.parseString>>;
  try {
    feed = await feedParser.parseString(c.text);
  } catch (err) {
    throw new IngestError(c.source, `not a readable RSS/Atom feed: ${(err as Error).message.split('\n')[0]}`);
  }
  const out: Expanded = { documents: [], errors: [] };
  const outlet = outletOfFeed(feed.title, feed.link) ?? undefined;
  feed.items.forEach((entry, i) => {
    const where = `#item-${i + 1}`;
    const item = entry as FeedItem;
    const html = item.contentEncoded || item.content || item.summary || item.contentSnippet || '';
    if (!html.trim()) {
      out.errors.push(new IngestError(c.source + where, `feed item "${item.title ?? item.link ?? i + 1}" has no text (only a link); ingest its URL to fetch the page`));
      return;
    }
    const published = item.isoDate ?? item.pubDate;
    const authors = cleanAuthors(feedAuthors(item), outlet ? [outlet] : []);
    // The id derives from what the feed said, as Storyline has always hashed it: re-reading a
    // feed stored before titles were cleaned finds the same items.
    const given: SourceHints = { title: item.title, url: item.link, published, outlet: feed.title, authors: item.creator ? [item.creator] : undefined };
    try {
      out.documents.push(
        document(c, where, /<[a-z][\s\S]*>/i.test(html) ? 'html' : 'text', html, {
          title: item.title === undefined ? undefined : plainText(item.title),
          url: item.link === undefined ? undefined : withoutTracking(item.link),
          published,
          outlet,
          authors: authors.length ? authors : undefined,
        }, limits, given),
      );
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      out.errors.push(err);
    }
  });
  return out;
}

/**
 * Every author an item names: its dc:creator elements, Atom <author><name>s, an RSS <author>
 * ("jane@example.com (Jane Doe)" gives the name in brackets).
 */
function feedAuthors(item: FeedItem): string[] {
  const names: string[] = [];
  for (const v of item.dcCreators ?? []) names.push(...xmlTexts(v));
  for (const v of item.authorElements ?? []) {
    if (v && typeof v === 'object' && 'name' in v) names.push(...xmlTexts((v as { name: unknown }).name));
    else for (const t of xmlTexts(v)) names.push(/\(([^()]{2,80})\)\s*$/.exec(t)?.[1] ?? t);
  }
  if (!names.length && item.creator) names.push(item.creator);
  return names.map((n) => plainText(n)).filter(Boolean);
}

/** Text of a value xml2js made: a string, { _: text } for an element with attributes, or lists of them. */
function xmlTexts(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(xmlTexts);
  if (v && typeof v === 'object' && typeof (v as { _?: unknown })._ === 'string') return [(v as { _: string })._];
  return [];
}

/**
 * A feed's title names the outlet, often with the section: "Coastline Times – Environment",
 * "BBC News - World", "The Guardian | Science". The part the feed's own host spells out is the
 * outlet ("coastlinetimes.example"); without such a part, the first one.
 */
export function outletOfFeed(title: string | undefined, link: string | undefined): string | null {
  const name = plainText(title ?? '');
  if (!name) return null;
  const parts = name.split(/\s+[|\u2013\u2014>-]\s+|:\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return name;
  const host = hostOfLink(link);
  const compact = (p: string): string => p.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return (host && parts.find((p) => compact(p).length >= 3 && host.includes(compact(p)))) || parts[0];
}

function hostOfLink(link: string | undefined): string | null {
  try {
    return link ? new URL(link).hostname.toLowerCase().replace(/[^a-z0-9]+/g, '') : null;
  } catch {
    return null;
  }
}

export async function expandContainer(c: Container, limits: ContainerLimits = DEFAULT_CONTAINER_LIMITS): Promise<Expanded> {
  const kind = containerKind(c);
  switch (kind) {
    case 'json':
      return expandJson(c, limits);
    case 'jsonl':
      return expandJsonl(c, limits);
    case 'feed':
      return expandFeed(c, limits);
    default:
      return { documents: [document(c, '', kind, c.text, { url: c.url === undefined ? undefined : withoutTracking(c.url) }, limits, { url: c.url })], errors: [] };
  }
}
