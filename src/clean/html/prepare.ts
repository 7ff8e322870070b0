/**
 * Raw HTML -> a string that is safe and cheap to parse.
 *
 * Before any DOM exists we cut out, with a linear scan (no regex backtracking), everything the
 * extractor never reads as text: <script>, <style>, <template>, <svg>, <math>, <iframe> and
 * comments. Huge inline scripts and SCSS inside <style> then cost one indexOf each instead of
 * parser time, and no CSS parser ever sees them. JSON-LD scripts are kept aside as strings for
 * the metadata pass.
 *
 * Size cap: the page is cut at MAX_HTML_CHARS characters *after* that stripping (a news page's
 * markup without scripts is typically 30-300 KB; 2 M characters leaves room for long live blogs
 * while keeping the worst case of parsing near one second). The cut is reported by `truncated`.
 */
export const MAX_HTML_CHARS = 2_000_000;
/** Bytes of raw input we look at at all (a page is never this big; a log dump might be). */
export const MAX_RAW_CHARS = 20_000_000;

export interface PreparedHtml {
  html: string;
  jsonLd: string[];
  truncated: boolean;
}

const DROPPED_ELEMENTS = ['script', 'style', 'template', 'svg', 'math', 'iframe', 'noscript', 'object'];

export function prepareHtml(raw: string): PreparedHtml {
  let truncated = false;
  if (raw.length > MAX_RAW_CHARS) {
    raw = raw.slice(0, MAX_RAW_CHARS);
    truncated = true;
  }
  const lower = raw.toLowerCase();
  const jsonLd: string[] = [];
  const parts: string[] = [];
  let copied = 0; // raw[copied..] has not been copied to parts yet
  let pos = 0; // scan position
  while (pos < raw.length) {
    const lt = lower.indexOf('<', pos);
    if (lt < 0) break;
    let skipTo: number;
    if (lower.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      skipTo = end < 0 ? raw.length : end + 3;
    } else {
      const name = droppedAt(lower, lt);
      if (!name) {
        pos = lt + 1;
        continue;
      }
      const openEnd = lower.indexOf('>', lt);
      const close = lower.indexOf(`</${name}`, openEnd < 0 ? lt : openEnd);
      const closeEnd = close < 0 ? -1 : lower.indexOf('>', close);
      if (name === 'script' && openEnd > 0 && close > 0 && lower.slice(lt, openEnd).includes('application/ld+json')) {
        jsonLd.push(raw.slice(openEnd + 1, close));
      }
      // An unclosed <script> swallows the rest of the page, as a browser would treat it.
      skipTo = closeEnd < 0 ? raw.length : closeEnd + 1;
    }
    parts.push(raw.slice(copied, lt));
    copied = pos = skipTo;
  }
  parts.push(raw.slice(copied));
  let html = parts.join('');
  if (html.length > MAX_HTML_CHARS) {
    html = html.slice(0, MAX_HTML_CHARS);
    truncated = true;
  }
  return { html: ensureBody(html), jsonLd, truncated };
}

function droppedAt(lower: string, lt: number): string | null {
  for (const name of DROPPED_ELEMENTS) {
    if (lower.startsWith(name, lt + 1)) {
      const next = lower.charCodeAt(lt + 1 + name.length);
      // '>', '/', or whitespace: the tag name ends here (so <scripts> or <styled-x> stay).
      if (next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 13 || next === 12) return name;
    }
  }
  return null;
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
