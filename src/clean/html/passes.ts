/**
 * Storyline's passes over the walked blocks: each pass decides the fate of blocks no earlier
 * pass decided (kept, removed, moved to credits, or moved to links as related). Order matters:
 * structure first (cues), then text rules, link density, related lists, then position (the
 * header zone before the first real paragraph, the tail after the last one).
 */
import type { ArticleLink, RemovedText } from '../../types.js';
import type { Block } from './walk.js';
import { ABOUT_HEADING, COMMENTS_HEADING, matchRule, RELATED_HEADING, type RuleTarget } from './rules.js';
import { oneLine, wordChars, wordCount } from './text.js';

export interface PassContext {
  title: string | null;
  /** Host of the page (no "www."), to tell the site's own teaser links from outside links. */
  host: string | null;
  authors: string[];
  source: 'readability' | 'density';
  /** The page's description (og:description), to tell its standfirst by. */
  description?: string | null;
  /** A paywalled page whose public body is short: the article element's prose is its teaser. */
  teaser?: boolean;
}

export interface PassResult {
  paragraphs: string[];
  links: ArticleLink[];
  removed: RemovedText[];
  credits: string[];
}

interface Fate {
  target: RuleTarget;
  reason: string;
}

export interface Item {
  block: Block;
  words: number;
  letters: number;
  /** Share of the block's characters inside links, 0..1. */
  linkRatio: number;
  fate: Fate | null;
  /** Outside Readability's pick (scope.ts) and not taken into the body. */
  outside: boolean;
}

/** A cue element (related box, caption...) holding more than this share of the text is body. */
const MAX_CUE_SHARE = 0.4;
/** An image wrapper's text is its caption only when short (wrappers also hold recipe cards...). */
const MAX_MEDIA_CAPTION_LETTERS = 400;

export function runPasses(blocks: Block[], ctx: PassContext): PassResult {
  const items: Item[] = blocks.map((block) => ({
    block,
    words: wordCount(block.text),
    letters: wordChars(block.text),
    linkRatio: block.text.length ? Math.min(1, block.linkChars / block.text.length) : 0,
    fate: null,
    outside: block.outside === true,
  }));
  outsidePass(items, ctx);
  cuePass(items, ctx);
  rulePass(items);
  commentsPass(items);
  relatedListPass(items);
  linkDensityPass(items, ctx);
  headerZonePass(items, ctx);
  tailPass(items, ctx);
  aboutPass(items);
  duplicatePass(items);
  return compile(items);
}

/** Prose: long enough, mostly not links, not a heading. */
export function isSubstantial(it: Item): boolean {
  return it.block.kind !== 'heading' && it.linkRatio < 0.5 && (it.words >= 12 || it.letters >= 80) && /\s/.test(it.block.text);
}

function decide(it: Item, target: RuleTarget, reason: string): void {
  if (!it.fate) it.fate = { target, reason };
}

/**
 * Blocks of the article element that Readability left out: each is filed as a caption, a related
 * link, a credit or other furniture by its cue or text rule; the standfirst (and a paywalled
 * page's teaser) joins the body; anything else is recorded as removed.
 */
function outsidePass(items: Item[], ctx: PassContext): void {
  const firstInside = items.findIndex((it) => !it.outside);
  const title = normalisedTitle(ctx.title);
  items.forEach((it, i) => {
    if (!it.outside) return;
    const cue = it.block.cue;
    if (title && comparable(it.block.text) === title) return decide(it, 'remove', 'title');
    const rule = matchRule(it.block.text, it.words);
    // "© 2019 Hearst Communications" under the article is the site's copyright, no photo credit.
    if (rule?.target === 'credit' && SITE_COPYRIGHT.test(it.block.text)) return decide(it, 'remove', 'copyright');
    if (rule) return decide(it, rule.target, rule.name);
    // Only a real caption: an image wrapper outside the text also holds video teasers.
    if (cue === 'caption') return decide(it, 'credit', 'caption');
    if (cue === 'related') return decide(it, 'related', 'related-box');
    const plain = cue === null || cue === 'article-header';
    if (plain && i < firstInside && isStandfirst(it, ctx)) return decide(it, 'remove', 'standfirst');
    if (plain && ctx.teaser && isProse(it)) {
      it.outside = false;
      return;
    }
    decide(it, 'remove', cue ? `cue:${cue}` : 'outside-body');
  });
}

const SITE_COPYRIGHT = /^(©|\(c\)|copyright)\s*\d{4}\b|\ball rights reserved\b/i;

/** Names a standfirst's element (or its parent) goes by: "standfirst", "dek", "article-summary"... */
const STANDFIRST_NAME = /(^|[-_])(standfirst|dek|deck|sub-?title|sub-?head(ing|line)?|summary|intro|excerpt|description|strap(line)?|abstract)([-_]|$)/;

/** The sentence or two under the headline that sums the report up: part of the article. */
function isStandfirst(it: Item, ctx: PassContext): boolean {
  if (!isProse(it) || it.words > 80) return false;
  const text = comparable(it.block.text);
  const description = ctx.description ? comparable(ctx.description) : '';
  if (description.length >= 20 && (text === description || text.startsWith(description) || description.startsWith(text))) return true;
  const names = it.block.context.split(' ').slice(0, 2);
  return names.some((n) => STANDFIRST_NAME.test(n)) && /[.!?…"”»]$/.test(it.block.text);
}

/** A sentence of text: no heading, list item or link line. */
function isProse(it: Item): boolean {
  return it.block.kind === 'paragraph' && it.linkRatio < 0.3 && it.words >= 6;
}

function cuePass(items: Item[], ctx: PassContext): void {
  const total = items.reduce((n, it) => n + (it.outside ? 0 : it.letters), 0) || 1;
  const groupLetters = new Map<number, number>();
  for (const it of items) if (it.block.cue && !it.outside) groupLetters.set(it.block.cueGroup, (groupLetters.get(it.block.cueGroup) ?? 0) + it.letters);
  for (const it of items) {
    const cue = it.block.cue;
    const letters = groupLetters.get(it.block.cueGroup) ?? 0;
    if (!cue || letters > MAX_CUE_SHARE * total) continue;
    if (cue === 'article-header' && isStandfirst(it, ctx)) {
      decide(it, 'remove', 'standfirst');
      continue;
    }
    if (cue === 'media') {
      if (letters <= MAX_MEDIA_CAPTION_LETTERS && it.block.kind !== 'heading') decide(it, 'credit', 'caption');
    } else if (cue === 'caption') decide(it, 'credit', 'caption');
    else if (cue === 'related') decide(it, 'related', 'related-box');
    else decide(it, 'remove', `cue:${cue}`);
  }
}

function rulePass(items: Item[]): void {
  for (const it of items) {
    if (it.fate) continue;
    const rule = matchRule(it.block.text, it.words);
    if (rule) decide(it, rule.target, rule.name);
  }
}

/** Substantial paragraphs an article has above a comments heading (a "Comments" label in its header is no section). */
const MIN_PARAGRAPHS_ABOVE_COMMENTS = 3;

/**
 * Readers' comments under the article: a "Comments (214)" heading and everything after it
 * (names, comments, reply buttons). Pages built of <div>s give no element to tell them by.
 */
function commentsPass(items: Item[]): void {
  let paragraphs = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (!it.fate && isSubstantial(it)) paragraphs++;
    if (paragraphs < MIN_PARAGRAPHS_ABOVE_COMMENTS || it.words > 6 || !COMMENTS_HEADING.test(it.block.text)) continue;
    if (it.fate && it.fate.reason !== 'comments-prompt') continue;
    it.fate = { target: 'remove', reason: 'comments' };
    for (let j = i + 1; j < items.length; j++) decide(items[j], 'remove', 'comments');
    return;
  }
}

/**
 * Blocks that are mostly link text. In the middle of an article only teasers go: links to the
 * site's own pages that read like a headline (no closing period) or shout in capitals. A linked
 * sentence, or a list of outside links (sources, products), is the article's own content.
 */
function linkDensityPass(items: Item[], ctx: PassContext): void {
  for (const it of items) {
    if (it.fate || it.block.kind === 'quote') continue;
    if (!((it.linkRatio >= 0.5 && it.words <= 30) || it.linkRatio >= 0.8)) continue;
    const text = it.block.text;
    if (isTeaser(it, ctx.host)) decide(it, 'related', 'link-dense');
  }
}

/** A link to the site's own page that reads like a headline, or a link line in capitals. */
function isTeaser(it: Item, host: string | null): boolean {
  const text = it.block.text;
  const shouting = it.letters >= 12 && text === text.toUpperCase() && text !== text.toLowerCase();
  const ownSite = it.block.links.length > 0 && it.block.links.every((l) => sameSite(l.url, host));
  return shouting || (ownSite && !/[.!…"”»]$/.test(text));
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

function sameSite(url: string | null, host: string | null): boolean {
  const h = hostOf(url);
  if (!h || !host) return false;
  return h === host || h.endsWith('.' + host) || host.endsWith('.' + h);
}

/** A "You may also like" / "More:" line, and the short teaser lines after it. */
function relatedListPass(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const head = items[i];
    const text = head.block.text;
    if (head.words > 10 || !RELATED_HEADING.test(text)) continue;
    decide(head, 'related', 'related-heading');
    for (let j = i + 1; j < items.length; j++) {
      const it = items[j];
      if (it.fate) continue;
      const teaser = it.words <= 25 && (it.linkRatio >= 0.3 || it.block.kind === 'item' || it.block.kind === 'heading');
      if (!teaser) break;
      decide(it, 'related', 'related-list');
    }
  }
}

/**
 * Before the first real paragraph: the title again, kicker labels, bylines, dates. Only short
 * lines without sentence punctuation go ("Remember the slogan?" stays); upper-case datelines
 * with a comma ("BAAR, SWITZERLAND") stay.
 */
function headerZonePass(items: Item[], ctx: PassContext): void {
  const title = normalisedTitle(ctx.title);
  const authors = ctx.authors.map((a) => a.toLowerCase());
  for (const it of items) {
    if (isSubstantial(it) && !it.fate) break;
    if (it.fate) continue;
    const text = it.block.text;
    const flat = comparable(text);
    if (title && (flat === title || (flat.endsWith(title) && flat.length < title.length + 60))) {
      decide(it, 'remove', 'title');
      continue;
    }
    if ((it.linkRatio >= 0.5 && it.words <= 30) || it.linkRatio >= 0.8) {
      decide(it, 'related', 'header-links');
      continue;
    }
    const sentence = /[.!?…"”»)]$/.test(text);
    if (it.block.kind === 'heading') {
      // A kicker ("BREAKING NEWS", "Opinion") above the headline; real subheads come later.
      if (it.words <= 3 && !sentence) decide(it, 'remove', 'header-label');
      continue;
    }
    const lower = text.toLowerCase();
    if (authors.some((a) => a.length > 3 && lower.includes(a)) && it.words <= 14) {
      decide(it, 'remove', 'byline');
      continue;
    }
    // "BAAR, SWITZERLAND", "EASTBROOK, Ohio": a place in capitals, a comma, a region.
    const dateline = it.words <= 5 && /^[\p{Lu}][\p{Lu}\s.'-]*,[\p{L}\s.,'-]+$/u.test(text);
    if (!sentence && !dateline && it.words <= 6) decide(it, 'remove', 'header-label');
  }
}

/**
 * After the last real paragraph: headings, list items, link lines and short labels are the
 * page's furniture (author boxes, "Filed under", share rows).
 */
function tailPass(items: Item[], ctx: PassContext): void {
  let last = -1;
  for (let i = items.length - 1; i >= 0; i--) {
    if (!items[i].fate && isSubstantial(items[i])) {
      last = i;
      break;
    }
  }
  if (last < 0) return;
  const names = ctx.authors.flatMap((a) => [a.toLowerCase(), a.split(' ')[0].toLowerCase()]).filter((n) => n.length > 2);
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.fate) continue;
    const lower = it.block.text.toLowerCase();
    const bio = names.some((n) => lower.startsWith(n + ' ') && /^\S+( \S+){0,3} (is|was|has|writes|covers|reports|joined)\b/.test(lower));
    if (bio && i >= items.length - 4 && i > last - 2) {
      decide(it, 'remove', 'author-bio');
      continue;
    }
    if (i <= last) continue;
    const sentence = /[.!?…"”»]$/.test(it.block.text);
    if (it.block.kind === 'quote') continue;
    if (names.some((n) => lower === n)) decide(it, 'remove', 'byline');
    else if (it.block.kind === 'heading' || (it.block.kind === 'item' && !sentence)) decide(it, 'remove', 'tail');
    else if (it.linkRatio >= 0.5 && isTeaser(it, ctx.host)) decide(it, 'related', 'tail-links');
    else if (it.words <= 5 && !sentence) decide(it, 'remove', 'tail');
  }
}

/** "About Acme" near the end of a press release, and the boilerplate after it. */
function aboutPass(items: Item[]): void {
  const kept = items.filter((it) => !it.fate);
  const start = Math.floor(kept.length * 0.5);
  for (let k = start; k < kept.length; k++) {
    const it = kept[k];
    if (it.words > 8 || !ABOUT_HEADING.test(it.block.text)) continue;
    for (let j = k; j < kept.length; j++) decide(kept[j], 'remove', 'about-boilerplate');
    return;
  }
}

/** The same paragraph twice in a row (a caption or credit repeated by a slideshow) is kept once. */
function duplicatePass(items: Item[]): void {
  let previous: string | null = null;
  for (const it of items) {
    if (it.fate) continue;
    if (it.block.text === previous) decide(it, 'remove', 'duplicate');
    previous = it.block.text;
  }
}

function comparable(s: string): string {
  return oneLine(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function normalisedTitle(title: string | null): string | null {
  const t = title ? comparable(title) : '';
  return t.length >= 8 ? t : null;
}

function compile(items: Item[]): PassResult {
  const paragraphs: string[] = [];
  const links: ArticleLink[] = [];
  const removed: RemovedText[] = [];
  const credits: string[] = [];
  const seenLinks = new Set<string>();
  const addLink = (link: ArticleLink): void => {
    const key = `${link.kind}\u0001${link.url}\u0001${link.text}`;
    if (seenLinks.has(key)) return;
    seenLinks.add(key);
    links.push(link);
  };
  for (const it of items) {
    const { block, fate } = it;
    if (!fate) {
      paragraphs.push(block.text);
      for (const l of block.links) addLink({ url: l.url, text: l.text, kind: 'inline' });
      continue;
    }
    removed.push({ text: block.text, reason: fate.reason });
    if (fate.target === 'credit' && !credits.includes(block.text)) credits.push(block.text);
    else if (fate.target === 'related') {
      if (block.links.length) for (const l of block.links) addLink({ url: l.url, text: l.text, kind: 'related' });
      // A related box's heading and numbers ("Most Popular", "3") name no article.
      else if (!block.outside || wordCount(block.text) >= 3) addLink({ url: null, text: block.text.replace(/^[^:]{1,40}:\s*/, ''), kind: 'related' });
    }
  }
  return { paragraphs, links, removed, credits };
}
