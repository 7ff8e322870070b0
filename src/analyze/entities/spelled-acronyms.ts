import type { Token } from '../doc.js';
import { abbreviates, ACRONYM } from './cuts.js';
import type { TaggedSpan } from './perceptron.js';

/** Small words that join two parts of one spelled-out name: "Organization for Security and Co-operation | in | Europe". */
const JOINING = new Set(['in', 'of', 'for', 'on']);

/**
 * An organisation's name the tagger cut before "in", "of", "for" or "on" and another name is one
 * name when the report writes its acronym anywhere ("the Organization for Security and
 * Cooperation in Europe ... The OSCE sent 300 monitors"): the organisation and the place Europe
 * to the tagger. joinByAcronym (cuts.ts) does this for an acronym in brackets right after the
 * name; this is the same reading for an acronym written elsewhere, so only for a name that
 * begins as an organisation and only where its initials are the acronym.
 */
export function joinBySpelledAcronym(lines: readonly Token[][], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const acronyms = new Set<string>();
  for (const tokens of lines)
    for (const { text } of tokens) {
      // A capital first (A-Z, or beyond ASCII where the pattern decides), as every acronym has.
      const first = text.charCodeAt(0);
      if (text.length >= 3 && text.length <= 10 && ((first >= 65 && first <= 90) || first > 127) && ACRONYM.test(text)) acronyms.add(text);
    }
  if (!acronyms.size) return [...spans];
  const written = [...acronyms];
  const out: TaggedSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    const next = spans[n + 1];
    const t = span.tokens;
    const joinable = span.type === 'ORG' && next?.tokens === t && next.first === span.last + 2 && JOINING.has(t[span.last + 1].text);
    const words = joinable ? t.slice(span.first, next.last + 1).map((x) => x.text) : [];
    if (joinable && written.some((a) => abbreviates(words, a))) {
      out.push({ ...span, last: next.last, end: next.end });
      n++;
    } else out.push(span);
  }
  return out;
}
