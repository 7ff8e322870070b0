import type { CleanedDocument, RawDocument } from '../types.js';
import { extractHtml } from './html/index.js';
import { languageWarning } from './language.js';
import { markdownToText } from './markdown.js';
import { repairMojibake } from './mojibake.js';
import { applyParagraphRules } from './paragraphs.js';
import { dateFromUrl, normalizeDate } from './published.js';
import { outletFromText, outletFromUrl } from './outlet.js';
import { DEFAULT_RULES } from './rules.js';
import { type CleanOptions, cleanText } from './text.js';

export { DEFAULT_RULES, loadRules, type BoilerplateRule } from './rules.js';
export type { CleanOptions } from './text.js';

/** The report itself out of an HTML page: the extractor's paragraphs, then the shared rule pass. */
function cleanHtml(raw: RawDocument, options: CleanOptions): CleanedDocument {
  const page = extractHtml(raw.text, raw.hints.url);
  const pass = applyParagraphRules(page.paragraphs, options.rules ?? DEFAULT_RULES);
  let body = pass.kept;
  const title = raw.hints.title?.trim() || page.title;
  if (title && body.length > 1 && body[0].toLowerCase() === title.toLowerCase()) body = body.slice(1);
  const url = raw.hints.url ?? page.url;
  const removed = [...page.removed, ...pass.removed];
  return {
    title,
    outlet: raw.hints.outlet || page.outlet || outletFromText(removed.map((r) => r.text)) || outletFromUrl(url),
    authors: raw.hints.authors?.length ? raw.hints.authors : page.authors,
    published: normalizeDate(raw.hints.published) ?? normalizeDate(page.published) ?? dateFromUrl(url),
    url: url ?? null,
    body: body.join('\n\n'),
    links: [...page.links, ...pass.links],
    removed,
    credits: [...page.credits, ...pass.credits],
    ...(page.partial && { warnings: [page.partial] }),
  };
}

/**
 * Clean one raw document, whatever its format, into the article's own text and metadata. A date
 * the user gives (`fallbackDate`) dates only a document that states none of its own.
 */
export function clean(source: RawDocument, options: CleanOptions = {}): CleanedDocument {
  const cleaned = cleanFormat(source, options);
  if (!cleaned.published && options.fallbackDate) cleaned.published = options.fallbackDate;
  const language = languageWarning(cleaned.body);
  if (language) cleaned.warnings = [...(cleaned.warnings ?? []), language];
  return cleaned;
}

function cleanFormat(source: RawDocument, options: CleanOptions): CleanedDocument {
  // Text decoded wrongly once before it reached us ("DÃ¡te") is read as it was written.
  const raw = { ...source, text: repairMojibake(source.text) };
  switch (raw.format) {
    case 'html':
      return cleanHtml(raw, options);
    case 'markdown': {
      const md = markdownToText(raw.text);
      const cleaned = cleanText(md.text, { title: md.title ?? undefined, ...raw.hints }, options);
      cleaned.links.push(...md.links.map((l) => ({ ...l, kind: 'inline' as const })));
      return cleaned;
    }
    case 'text':
      return cleanText(raw.text, raw.hints, options);
  }
}
