import { CONNECTORS } from './rules.js';
import { SpanSet } from '../spans.js';
import { abbreviates, ACRONYM } from './cuts.js';
import type { BodyWords } from './body-words.js';
import type { Span } from './spans.js';

/**
 * Organisations' acronyms as names of their own: the one a report gives in parentheses after an
 * organisation's name (parentheticalAcronyms), an organisation's initials written in capitals
 * where it never gave them (initialsWritten), and a name's initials (initials), by which
 * recognizeEntities makes an acronym an alias of its organisation.
 */
/** An acronym in parentheses right after a name: "the World Health Organization (WHO)", "the Bank of England (BoE)". */
const ACRONYM_AFTER = /^\s*\(([\p{L}&]{2,10})\)/u;

/**
 * The acronym a report gives in parentheses after an organisation's name, when it abbreviates
 * the name (its initials, "of" and "'s" given or not: "Bank of England (BoE)"): the tagger takes
 * "WHO" for the word "who", and then misses every "the WHO" after it; as a name of its own, the
 * acronym is found wherever it recurs and joins its organisation. `names` maps each such acronym
 * to the name it abbreviates, tagged apart or not.
 */
export function parentheticalAcronyms(body: string, spans: readonly Span[], names: Map<string, string>): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.type !== 'organization' && s.type !== 'other') continue;
    const m = ACRONYM_AFTER.exec(body.slice(s.end, s.end + 14));
    if (!m || !ACRONYM.test(m[1]) || !(m[1] === initials(s.text) || abbreviates(s.text.split(/\s+/), m[1]))) continue;
    if (!names.has(m[1])) names.set(m[1], s.text);
    const start = s.end + m[0].indexOf(m[1]);
    if (!spans.some((o) => o.start === start)) out.push({ start, end: start + m[1].length, text: m[1], type: 'organization' });
  }
  return out;
}

/**
 * An organisation's initials written in capitals where the report never gave them in brackets:
 * "The WHO said" after "the World Health Organization" (the tagger reads "WHO" as the word
 * "who"). Three letters or more, of a name of as many words, outside a line in capitals (a
 * headline's "WHO"), where no name is; they then join the organisation as its acronym.
 */
export function initialsWritten(words: BodyWords, spans: readonly Span[]): Span[] {
  const body = words.body;
  const wanted = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'organization' || !/\s/.test(s.text)) continue;
    const short = initials(s.text);
    if (/^\p{Lu}{3,6}$/u.test(short) && short.length === s.text.split(/\s+/).filter((w) => !CONNECTORS.has(w)).length) wanted.add(short);
  }
  if (!wanted.size) return [];
  const taken = new SpanSet(spans);
  const out: Span[] = [];
  for (const short of wanted)
    for (const start of words.startsOf(short)) {
      const end = start + short.length;
      // The words around it on its line (80 characters each side: a line may be a whole attachment).
      const from = Math.max(0, start - 80);
      const window = body.slice(from, end + 80);
      const lineEnd = window.indexOf('\n', end - from);
      const around = window.slice(window.lastIndexOf('\n', start - from) + 1, lineEnd < 0 ? window.length : lineEnd);
      if (taken.overlaps(start, end) || !/\p{Ll}/u.test(around.replace(/\b\p{Lu}{2,}\b/gu, ''))) continue;
      out.push({ start, end, text: short, type: 'organization' });
    }
  return out;
}

export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !CONNECTORS.has(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}
