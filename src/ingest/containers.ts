import { createHash } from 'node:crypto';
import Parser from 'rss-parser';
import { z } from 'zod';
import type { RawDocument, RawFormat, SourceHints } from '../types.js';
import { IngestError } from './errors.js';

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

function document(c: Container, suffix: string, format: RawFormat, text: string, hints: SourceHints, limits: ContainerLimits): RawDocument {
  checkSize(c.source + suffix, format, text, limits);
  const clean = Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined && v !== '')) as SourceHints;
  return {
    source: c.source + suffix,
    rawHash: c.rawHash,
    docHash: sha256(JSON.stringify([format, text, clean])),
    format,
    text,
    encoding: c.encoding,
    hints: clean,
  };
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
  return document(c, suffix, format, text, {
    title: meta.title ?? meta.headline,
    url: meta.url ?? meta.link,
    published: meta.published ?? meta.date_publish ?? meta.datePublished ?? meta.date,
    outlet: meta.outlet ?? meta.source_domain ?? (typeof meta.source === 'string' ? meta.source : undefined),
    authors,
  }, limits);
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

const feedParser = new Parser({ customFields: { item: [['content:encoded', 'contentEncoded'], ['dc:creator', 'dcCreator']] } });

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
  feed.items.forEach((item, i) => {
    const where = `#item-${i + 1}`;
    const extra = item as typeof item & { contentEncoded?: string; dcCreator?: string };
    const html = extra.contentEncoded || item.content || item.summary || item.contentSnippet || '';
    if (!html.trim()) {
      out.errors.push(new IngestError(c.source + where, `feed item "${item.title ?? item.link ?? i + 1}" has no text (only a link); ingest its URL to fetch the page`));
      return;
    }
    try {
      out.documents.push(
        document(c, where, /<[a-z][\s\S]*>/i.test(html) ? 'html' : 'text', html, {
          title: item.title,
          url: item.link,
          published: item.isoDate ?? item.pubDate,
          outlet: feed.title,
          authors: extra.dcCreator ? [extra.dcCreator] : item.creator ? [item.creator] : undefined,
        }, limits),
      );
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      out.errors.push(err);
    }
  });
  return out;
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
      return { documents: [document(c, '', kind, c.text, { url: c.url }, limits)], errors: [] };
  }
}
