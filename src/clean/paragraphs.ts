import type { ArticleLink, RemovedText } from '../types.js';
import { type BoilerplateRule, isAppealContinuation, matchRule } from './rules.js';

/**
 * The paragraph pass shared by the text and HTML cleaners: boilerplate rules out (recorded in
 * `removed`), related-article lines and URLs to `links`, credits to `credits`.
 */
export interface ParagraphPassResult {
  kept: string[];
  links: ArticleLink[];
  removed: RemovedText[];
  credits: string[];
}

export const BARE_URL_LINE = /^<?(https?:\/\/[^\s<>"]+)>?$/i;
const READ_MORE_ALONE = /^(?:read more|read next|read also|also read|see also|more on this story|related)[:.]?$/i;
/** Where an inline URL stood, until the gap it leaves is closed. */
const URL_GAP = '\u0000';
const INLINE_URL = /<?\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'”’]>?/gi;

/** Words of a URL's last path segment, for pairing "Related article: Title" with its URL. */
function slugWords(url: string): Set<string> {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const slug = segments.sort((a, b) => b.length - a.length)[0] ?? '';
    return new Set(slug.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2));
  } catch {
    return new Set();
  }
}

function titleMatchesUrl(title: string, url: string): boolean {
  const slug = slugWords(url);
  const words = title.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  if (!words.length || !slug.size) return false;
  return words.filter((w) => slug.has(w)).length / words.length >= 0.5;
}

/** Adds a bare URL to the links: the URL of a related-article line just before it, or an inline link. */
export function addUrlLink(links: ArticleLink[], url: string): void {
  const pending = links.slice(-3).find((l) => l.kind === 'related' && l.url === null && titleMatchesUrl(l.text, url));
  if (pending) pending.url = url;
  else links.push({ url, text: url, kind: 'inline' });
}

/**
 * The paragraph with the gaps its inline URLs left closed: "(<gap>)" goes, and so does the space
 * before the punctuation that follows a gap. By splitting, not by a pattern: "\s*<gap>" on a long
 * run of spaces backtracks quadratically.
 */
function closeUrlGaps(p: string): string {
  const parts = p.split(URL_GAP);
  let out = parts[0];
  for (const part of parts.slice(1)) {
    let left = out.trimEnd();
    let right = part.trimStart();
    if (left.endsWith('(') && right.startsWith(')')) {
      left = left.slice(0, -1).trimEnd();
      right = right.slice(1);
    }
    const spaced = left !== out || right !== part;
    out = spaced && !/^[.,;:!?]/.test(right) ? `${left} ${right}` : left + right;
  }
  return out;
}

export function applyParagraphRules(paragraphs: readonly string[], rules: readonly BoilerplateRule[]): ParagraphPassResult {
  const out: ParagraphPassResult = { kept: [], links: [], removed: [], credits: [] };
  let appeal: string | null = null;
  let readMore = false;
  for (const raw of paragraphs) {
    let p = raw.trim();
    if (!p) continue;
    const url = BARE_URL_LINE.exec(p);
    if (url) {
      addUrlLink(out.links, url[1]);
      continue;
    }
    if (appeal && isAppealContinuation(p)) {
      out.removed.push({ text: p, reason: appeal });
      continue;
    }
    appeal = null;
    // "Read more" on a line of its own, and the related story's headline on the next.
    if (readMore && p.length <= 150 && !/[.,;:!?"”]$/.test(p) && /^[\p{Lu}\p{N}"“‘']/u.test(p)) {
      readMore = false;
      out.links.push({ url: null, text: p, kind: 'related' });
      continue;
    }
    readMore = false;
    const rule = matchRule(p, rules);
    if (rule) {
      switch (rule.action) {
        case 'appeal':
          appeal = rule.name;
          out.removed.push({ text: p, reason: rule.name });
          continue;
        case 'remove':
          out.removed.push({ text: p, reason: rule.name });
          readMore = READ_MORE_ALONE.test(p);
          continue;
        case 'credit':
          out.credits.push(p);
          continue;
        case 'related-link': {
          const title = rule.pattern.exec(p)?.[1]?.trim() ?? p;
          out.links.push({ url: null, text: title, kind: 'related' });
          continue;
        }
      }
    }
    // URLs inside a sentence leave the body but are kept as links, and the gap they leave closes
    // ("pipes (https://...)." -> "pipes.", "see https://... ." -> "see.").
    p = p.replace(INLINE_URL, (m) => {
      out.links.push({ url: m.replace(/^<|>$/g, ''), text: m.replace(/^<|>$/g, ''), kind: 'inline' });
      return URL_GAP;
    });
    if (p.includes(URL_GAP)) p = closeUrlGaps(p);
    // No space before a full stop or a comma; a space before ":", ";", "!" and "?" is French
    // typography ("aériens : 1 200 vols") and stays.
    p = p.replace(/\(\s*\)/g, '').replace(/[ \t]{2,}/g, ' ').replace(/\s+([.,])/g, '$1').trim();
    if (p && /[\p{L}\p{N}]/u.test(p)) out.kept.push(p);
  }
  return out;
}
