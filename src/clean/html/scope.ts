/**
 * The article element around Readability's pick. Readability keeps the node with the densest
 * prose (".story-body") and drops its neighbours inside the <article>: the standfirst in the
 * header, the lead image's caption and photo credit, an "Additional reporting by" footer, a
 * "READ MORE" promo. Those blocks are walked before Readability reshapes the page and put back
 * in document order, marked `outside`: the passes file each one as a credit, a related link,
 * the standfirst, or removed, so that `removed` accounts for what the article element held.
 */
import { walkBlocks, type Block } from './walk.js';
import { wordChars } from './text.js';

/** Share of the pick's letters the article element must hold to be the pick's article. */
const MIN_PICK_SHARE = 0.6;

/** The <article> with the most text, else <main>: null when the page has neither. */
export function articleScope(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of Array.from(doc.querySelectorAll('article'))) {
    const length = el.textContent?.length ?? 0;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best ?? doc.querySelector('main, [role="main"]');
}

/** The article element's blocks, walked now: Readability will mutate the document. */
export function scopeBlocks(doc: Document, baseUrl: string | null): Block[] {
  const scope = articleScope(doc);
  return scope ? walkBlocks(scope, baseUrl) : [];
}

/**
 * Readability's blocks with the article element's other blocks between them, in document order.
 * The pick as it was when the article element does not hold it (Readability chose elsewhere).
 */
export function withScope(picked: Block[], scoped: Block[]): Block[] {
  if (!picked.length || !scoped.length) return picked;
  // Where each text stands in the pick, and how far each list was read (`next` only grows, so
  // the lookups stay linear however often a text repeats).
  const positions = new Map<string, { at: number[]; read: number }>();
  picked.forEach((b, i) => {
    const p = positions.get(b.text);
    if (p) p.at.push(i);
    else positions.set(b.text, { at: [i], read: 0 });
  });
  const nextPosition = (text: string, from: number): number | undefined => {
    const p = positions.get(text);
    if (!p) return undefined;
    while (p.read < p.at.length && p.at[p.read] < from) p.read++;
    return p.at[p.read];
  };
  const out: Block[] = [];
  let next = 0;
  let matched = 0;
  for (const s of scoped) {
    const j = nextPosition(s.text, next);
    if (j === undefined) {
      // Readability may split or trim a block it keeps: a copy of the text where the pick
      // goes on is no extra (looked for nearby only, so that a long page stays linear).
      const near = picked.slice(Math.max(0, next - 1), next + 2);
      if (!near.some((b) => b.text.includes(s.text))) out.push({ ...s, outside: true });
      continue;
    }
    while (next <= j) out.push(picked[next++]);
    matched += wordChars(s.text);
  }
  while (next < picked.length) out.push(picked[next++]);
  const pickedLetters = picked.reduce((n, b) => n + wordChars(b.text), 0);
  if (matched < MIN_PICK_SHARE * pickedLetters) return picked;
  return out.map((b, i) => ({ ...b, index: i }));
}
