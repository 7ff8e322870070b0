/**
 * Our own HTML-to-text walk (Readability's textContent runs blocks together: "cookies.By Jane
 * Doe"). Block elements become blocks, <br> a line break inside one (two in a row split it),
 * list items and table rows their own blocks, whitespace collapsed. Each block keeps the cues
 * the later passes need: its tag, link text share, links, and the class/id names above it.
 *
 * Iterative (explicit stack), so arbitrarily deep markup cannot overflow the call stack; below
 * MAX_DEPTH elements the text is still collected but no new block boundaries are made.
 */
import { normaliseBlockText } from './text.js';
import { CUE_ATTRIBUTE, isHiddenElement, readCueMark, textCueMark, type Cue } from './cues.js';

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'caption' | 'quote' | 'pre' | 'row';

export interface Block {
  text: string;
  kind: BlockKind;
  /** Lower-case tag of the element that made the block (p, h2, li, div, figcaption...). */
  tag: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  links: { url: string | null; text: string }[];
  /** Lower-case class and id names of the block's element and its ancestors, innermost first. */
  context: string;
  /** Tag names of the ancestors (innermost first), for structure cues (figure, aside, li). */
  ancestors: string[];
  /** The innermost structural cue above the block (caption, related, share...), if any. */
  cue: Cue | null;
  /** Identifies the element that gave `cue` (blocks of one related box share it); -1 without. */
  cueGroup: number;
  /** Order of the block in the walk. */
  index: number;
  /** In the article element but not in Readability's pick (see scope.ts). */
  outside?: boolean;
}

export const MAX_DEPTH = 400;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'html',
]);
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'video',
  'audio', 'canvas', 'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link',
]);
const HEADING = /^h[1-6]$/;

interface Frame {
  node: Node;
  /** true once the element's children were pushed: popping it again means "leave". */
  entered: boolean;
  depth: number;
}

interface Pending {
  parts: string[];
  linkChars: number;
  links: { url: string | null; text: string }[];
  /** Characters inside a <time> element. */
  timeChars: number;
  /** The cue mark all of the block's text nodes share (see textCueMark); null when they differ; undefined before any text. */
  textMark: string | null | undefined;
}

const emptyPending = (): Pending => ({ parts: [], linkChars: 0, links: [], timeChars: 0, textMark: undefined });

/** A clock time alone: "20:05", "9.30am", "11:41 p.m. EST". */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(\s?[ap]\.?m\.?)?(\s[A-Z]{2,5})?$/i;

/** A line break inside a sentence: the line goes on in lower case after no closing punctuation. */
const BREAK_IN_SENTENCE = /(?<=[^.!?:;…"”»\n])\n(?=\p{Ll})(?!https?:|www\.)/gu;

export function walkBlocks(root: Element, baseUrl: string | null): Block[] {
  const blocks: Block[] = [];
  let pending = emptyPending();
  // Open elements, innermost last: tag, class/id names, and whether it is a link.
  const open: OpenElement[] = [];
  let timeDepth = 0;
  // A live blog's update time waiting for the update's first block; `leads`: the times that got one.
  const held: { time: { index: number; owner: OpenElement | undefined } | null } = { time: null };
  const leads: number[] = [];

  /** `leaving`: the flush closes the innermost open element (else a new block opens inside it). */
  const flush = (leaving = false): void => {
    const raw = pending.parts.join('');
    const { linkChars, links, timeChars, textMark } = pending;
    pending = emptyPending();
    if (!/[^\s]/.test(raw)) return;
    // Two or more line breaks in a row separate paragraphs.
    const pieces = raw.split(/\n[ \t\r\f\u00a0]*\n\s*/);
    const blockEl = innermostBlock(open);
    const cued = innermostCue(open) ?? (textMark ? readCueMark(textMark) : null);
    for (const piece of pieces) {
      const text = normaliseBlockText(piece).replace(BREAK_IN_SENTENCE, ' ');
      if (!text) continue;
      const share = pieces.length === 1 ? linkChars : Math.min(linkChars, text.length);
      const time = pieces.length === 1 && timeChars >= text.length && CLOCK_TIME.test(text) && cued?.cue !== 'article-header';
      if (held.time && !time) leads.push(held.time.index);
      held.time = time ? { index: blocks.length, owner: ownerOf(open, leaving) } : null;
      blocks.push({
        text,
        kind: kindOf(blockEl, open),
        tag: blockEl,
        linkChars: Math.min(share, text.length),
        links: pieces.length === 1 ? links : links.filter((l) => text.includes(l.text)),
        context: contextOf(open),
        ancestors: open.map((o) => o.tag).reverse(),
        cue: cued?.cue ?? null,
        cueGroup: cued?.group ?? -1,
        index: blocks.length,
      });
    }
  };

  const stack: Frame[] = [{ node: root, entered: false, depth: 0 }];
  while (stack.length) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/[\r\n\t\f ]+/g, ' ');
      pending.parts.push(text);
      if (timeDepth > 0) pending.timeChars += text.trim().length;
      if (/\S/.test(text)) {
        const mark = textCueMark(node);
        pending.textMark = pending.textMark === undefined || pending.textMark === mark ? mark : null;
      }
      for (const o of open) {
        if (o.linkText) {
          o.linkText.push(text);
          pending.linkChars += text.trim().length;
          break;
        }
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName?.toLowerCase() ?? '';
    if (frame.entered) {
      // Flush while the element is still open, so the block knows its own tag and classes.
      if (BLOCK_TAGS.has(tag) && frame.depth < MAX_DEPTH) flush(true);
      else if (tag === 'td' || tag === 'th') pending.parts.push(' | ');
      if (tag === 'time') timeDepth--;
      const closing = open.pop();
      if (held.time && closing === held.time.owner) held.time = null;
      if (closing?.linkText) {
        const text = closing.linkText.join('').replace(/\s+/g, ' ').trim();
        if (text) pending.links.push({ url: closing.href, text });
      }
      continue;
    }
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br') {
      pending.parts.push('\n');
      continue;
    }
    if (tag === 'img') continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim().toLowerCase();
    if (node !== root && isHiddenElement(el, names)) continue;
    if (BLOCK_TAGS.has(tag) && frame.depth < MAX_DEPTH) flush();
    const href = tag === 'a' ? resolveUrl(el.getAttribute('href'), baseUrl) : null;
    // Cues come from markCues (run on the page before Readability reshaped it).
    const mark = node === root ? null : readCueMark(el.getAttribute(CUE_ATTRIBUTE));
    open.push({ tag, names, href, linkText: tag === 'a' && el.hasAttribute('href') ? [] : null, cue: mark?.cue ?? null, group: mark?.group ?? -1 });
    if (tag === 'time') timeDepth++;
    stack.push({ node, entered: true, depth: frame.depth });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], entered: false, depth: frame.depth + 1 });
  }
  flush(true);
  return leads.length >= 2 ? withLeadingTimes(blocks, leads) : blocks;
}

/**
 * A live blog's updates each open with their time: "20:05 — Exit poll". The time leads the
 * update's first block, so that a reader still sees when each thing was said. A single time
 * before a block is a page's own timestamp, left as it was.
 */
function withLeadingTimes(blocks: Block[], leads: number[]): Block[] {
  const lead = new Set(leads);
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (lead.has(i - 1)) out.push({ ...b, text: `${blocks[i - 1].text} \u2014 ${b.text}`, index: out.length });
    else if (!lead.has(i)) out.push({ ...b, index: out.length });
  }
  return out;
}

function contextOf(open: OpenElement[]): string {
  return open.map((o) => o.names).filter(Boolean).reverse().join(' ');
}

/**
 * The element a time-only block belongs to: a live blog's update (`<div class="post"><time>20:05
 * </time><h3>Exit poll</h3>...`). When the time had a block of its own (Readability wraps loose
 * text in a <p>), the update is the block element around that one.
 */
function ownerOf(open: OpenElement[], leaving: boolean): OpenElement | undefined {
  let skip = leaving && open.length > 0 && BLOCK_TAGS.has(open[open.length - 1].tag) ? 1 : 0;
  for (let i = open.length - 1; i >= 0; i--) {
    if (!BLOCK_TAGS.has(open[i].tag)) continue;
    if (skip-- > 0) continue;
    return open[i];
  }
  return undefined;
}

interface OpenElement {
  tag: string;
  names: string;
  href: string | null;
  /** Text collected inside a link element, else null. */
  linkText: string[] | null;
  cue: Cue | null;
  group: number;
}

function innermostCue(open: OpenElement[]): OpenElement | null {
  for (let i = open.length - 1; i >= 0; i--) if (open[i].cue) return open[i];
  return null;
}

function innermostBlock(open: { tag: string }[]): string {
  for (let i = open.length - 1; i >= 0; i--) if (BLOCK_TAGS.has(open[i].tag)) return open[i].tag;
  return 'div';
}

function kindOf(tag: string, open: { tag: string }[]): BlockKind {
  if (HEADING.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'item';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  if (tag === 'pre') return 'pre';
  if (tag === 'tr') return 'row';
  if (open.some((o) => o.tag === 'blockquote')) return 'quote';
  return 'paragraph';
}

export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  const h = href?.trim();
  if (!h || h.startsWith('#') || /^(javascript|mailto|tel|data):/i.test(h)) return null;
  try {
    return base ? new URL(h, base).href : new URL(h).href;
  } catch {
    return /^https?:\/\//i.test(h) ? h : null;
  }
}
