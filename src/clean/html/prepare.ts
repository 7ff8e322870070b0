/**
 * Raw HTML -> a string that is safe and cheap to parse.
 *
 * Before any DOM exists we cut out, with a linear scan (no regex backtracking), everything the
 * extractor never reads as text: <script>, <style>, <template>, <svg>, <math>, <iframe> and
 * comments. Huge inline scripts and SCSS inside <style> then cost one indexOf each instead of
 * parser time, and no CSS parser ever sees them. JSON-LD scripts are kept aside as strings for
 * the metadata pass.
 *
 * Size caps: the page is cut at MAX_HTML_CHARS characters *after* that stripping (a news page's
 * markup without scripts is typically 30-200 KB; 1 M characters leaves room for long live blogs
 * and keeps the worst case near half a second), and at its MAX_ESCAPES-th escaped character.
 * Either cut is reported by `truncated`; MAX_NESTING flattens absurdly deep markup.
 */
export const MAX_HTML_CHARS = 1_000_000;
/**
 * At most this many escaped characters ('&' entities, bare '<'): linkedom decodes each in about
 * 2 us and Readability's innerHTML round-trips cost about 12 us more, so a page of nothing but
 * "&amp;" would take seconds. Real pages have a few hundred (the most in our dev set: 244).
 */
export const MAX_ESCAPES = 20_000;
/** Bytes of raw input we look at at all (a page is never this big; a log dump might be). */
export const MAX_RAW_CHARS = 20_000_000;

export interface PreparedHtml {
  html: string;
  jsonLd: string[];
  truncated: boolean;
  /** Opening tags dropped because they nested deeper than MAX_NESTING. */
  flattened: number;
  /** Opening tags kept (a measure of how much DOM the parser will build). */
  tags: number;
}

/**
 * Container elements may nest at most this deep; deeper opening tags (and their closing tags)
 * are dropped, keeping their text. News pages nest 10-50 deep; Readability's scoring slows down
 * superlinearly with depth (500 nested divs: most of a second) and deeper markup overflows the
 * call stack inside the DOM library.
 */
export const MAX_NESTING = 100;

const DROPPED_ELEMENTS = new Set(['script', 'style', 'template', 'svg', 'math', 'iframe', 'noscript', 'object']);

export function prepareHtml(raw: string): PreparedHtml {
  let truncated = false;
  if (raw.length > MAX_RAW_CHARS) {
    raw = raw.slice(0, MAX_RAW_CHARS);
    truncated = true;
  }
  const lower = raw.toLowerCase();
  const jsonLd: string[] = [];
  const parts: string[] = [];
  const nesting = new NestingGuard();
  let tags = 0;
  let copied = 0; // raw[copied..] has not been copied to parts yet
  // The regex engine finds the tag starts (a plain indexOf loop hit pathological slowdowns in
  // V8 on some inputs); everything else is indexOf from there, so the scan stays linear.
  const tagStart = /<(!--|\/?[a-z][a-z0-9-]*)/g;
  for (let m = tagStart.exec(lower); m; m = tagStart.exec(lower)) {
    const lt = m.index;
    const token = m[1];
    let skipTo: number;
    if (token === '!--') {
      const end = lower.indexOf('-->', lt + 4);
      skipTo = end < 0 ? raw.length : end + 3;
    } else if (DROPPED_ELEMENTS.has(token)) {
      const openEnd = lower.indexOf('>', lt);
      const close = lower.indexOf(`</${token}`, openEnd < 0 ? lt : openEnd);
      const closeEnd = close < 0 ? -1 : lower.indexOf('>', close);
      if (token === 'script' && openEnd > 0 && close > 0 && lower.slice(lt, openEnd).includes('application/ld+json')) {
        jsonLd.push(raw.slice(openEnd + 1, close));
      }
      // An unclosed <script> swallows the rest of the page, as a browser would treat it.
      skipTo = closeEnd < 0 ? raw.length : closeEnd + 1;
    } else {
      const closing = token.charCodeAt(0) === 47;
      if (!closing) tags++;
      skipTo = nesting.visit(lower, lt, closing ? token.slice(1) : token, closing);
      // -1: an ordinary tag, kept. Else a tag past the nesting cap: dropped, its text kept.
      if (skipTo < 0) continue;
    }
    parts.push(raw.slice(copied, lt));
    copied = skipTo;
    tagStart.lastIndex = skipTo;
  }
  parts.push(raw.slice(copied));
  let html = parts.join('');
  if (html.length > MAX_HTML_CHARS) {
    html = html.slice(0, MAX_HTML_CHARS);
    truncated = true;
  }
  const escapeCut = nthEscape(html, MAX_ESCAPES);
  if (escapeCut >= 0) {
    html = html.slice(0, escapeCut);
    truncated = true;
  }
  return { html: ensureBody(html), jsonLd, truncated, flattened: nesting.dropped, tags: tags - nesting.dropped };
}

/**
 * linkedom builds no <body> when the markup has none (a fragment, or <html> without <body>), and
 * then `document.body` is empty. Wrap such input so that body content lands in a real <body>.
 */
function ensureBody(html: string): string {
  const lower = html.toLowerCase();
  if (/<body[\s>]/.test(lower)) return html;
  const headEnd = lower.indexOf('</head>');
  const headStart = lower.search(/<head[\s>]/);
  let head = '';
  let rest = html;
  if (headStart >= 0 && headEnd > headStart) {
    const headOpenEnd = lower.indexOf('>', headStart);
    head = html.slice(headOpenEnd + 1, headEnd);
    rest = html.slice(0, headStart) + html.slice(headEnd + 7);
  }
  rest = rest.replace(/<!doctype[^>]*>|<\/?html\b[^>]*>/gi, '');
  return `<!DOCTYPE html><html><head>${head}</head><body>${rest}</body></html>`;
}

/** Index of the n-th '&' or bare '<' (one that opens no tag), or -1 when there are fewer. */
function nthEscape(html: string, n: number): number {
  const re = /[&<]/g;
  let count = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0] === '<') {
      const c = html.charCodeAt(m.index + 1);
      const opensTag = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47 || c === 33 || c === 63;
      if (opensTag) continue;
    }
    if (++count >= n) return m.index;
  }
  return -1;
}

// Void elements and elements whose end tag is implied: they never make markup deeper.
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup',
  'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body', '!doctype',
]);

/** Tracks how deep container tags nest while prepareHtml scans; says which tags to drop. */
class NestingGuard {
  depth = 0;
  dropped = 0;
  private excess = 0;
  /** Cached position of the next '>' (scanning only moves forward): keeps the scan linear. */
  private nextGt = -2;

  private gtAfter(lower: string, from: number): number {
    if (this.nextGt === -1 || this.nextGt >= from) return this.nextGt;
    this.nextGt = lower.indexOf('>', from);
    return this.nextGt;
  }

  /** Returns the index after the tag at `lt` when the tag must be dropped, else -1. */
  visit(lower: string, lt: number, name: string, closing: boolean): number {
    if (NOT_NESTING.has(name)) return -1;
    const end = this.gtAfter(lower, lt);
    if (end < 0) return -1;
    if (closing) {
      if (this.excess > 0) {
        this.excess--;
        return end + 1;
      }
      if (this.depth > 0) this.depth--;
      return -1;
    }
    if (lower.charCodeAt(end - 1) === 47) return -1; // <x/>
    if (this.depth < MAX_NESTING) {
      this.depth++;
      return -1;
    }
    this.excess++;
    this.dropped++;
    return end + 1;
  }
}
