import { isLowerSpeechVerb, VERBS_NEEDING_PARTICLE } from './lexicon.js';

/** Speech verbs found in raw text: the cue of an attribution before or after a quotation. */

/**
 * Speech verbs are written in lower case ("the DNC Rules Committee" has no cue in it), or
 * capitalised where they open a sentence before their source ("Said Ellis: ...").
 */
const CUE_WORD = /\p{Ll}+|(?<=(?:^|[.!?]["”’]?\s+|\n))\p{Lu}\p{Ll}+/gu;

/** Every speech verb of `text` (not inside a longer word), in order. */
export function* cues(text: string): Generator<{ index: number; word: string }> {
  // Read with CUE_WORD itself, not text.matchAll(CUE_WORD): matchAll reads with a copy, which V8
  // compiles again whenever a garbage collection has emptied its cache of compiled patterns.
  // lastIndex is set before each step: a caller may read other cues between two (none matches empty).
  for (let at = 0; ; ) {
    CUE_WORD.lastIndex = at;
    const m = CUE_WORD.exec(text);
    if (!m) return;
    at = CUE_WORD.lastIndex;
    if (m.index > 0 && isLetter(text, m.index - 1)) continue;
    const word = m[0].toLowerCase();
    if (!isLowerSpeechVerb(word)) continue;
    // "pointed out", "shot back", "cried out": without the particle, "a crucial point", "the battle cry".
    const particle = VERBS_NEEDING_PARTICLE.get(word);
    if (particle && !PARTICLE_AFTER.get(particle)!.test(text.slice(m.index + word.length, m.index + word.length + 8))) continue;
    const after = text.slice(m.index + word.length, m.index + word.length + 24);
    if (!NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && !ANONYMITY.test(after)) yield { index: m.index, word: m[0] };
  }
}
/** Whether the character at `k` is a letter: ASCII read from its code, the rest by \p{L} (a half of a surrogate pair is none). */
function isLetter(text: string, k: number): boolean {
  const ch = text.charCodeAt(k);
  if (ch < 0x80) return (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x41 && ch <= 0x5a);
  return /\p{L}/u.test(text[k]);
}
/** Each particle right after its verb ("pointed out"), compiled once. */
const PARTICLE_AFTER = new Map([...new Set(VERBS_NEEDING_PARTICLE.values())].map((particle) => [particle, new RegExp(`^\\s+${particle}\\b`, 'i')]));
/** "who asked not to be named", "asked that her name not be used": a source's condition, not its words. */
export const ANONYMITY = /^\s+(?:not to be (?:named|identified)|that (?:his|her|their) names?)/i;
/** A determiner or a number before a speech verb's form makes it a noun: "a dozen states", "the reports", "his remarks". */
const NOUN_BEFORE = /\b(?:the|a|an|these|those|his|her|its|their|our|some|many|several|all|both|other|dozen|\d+)\s+$/i;

export function findCue(text: string): { index: number; word: string } | null {
  for (const cue of cues(text)) return cue;
  const acc = /according to/i.exec(text);
  return acc ? { index: acc.index, word: 'according to' } : null;
}

export function lastCue(text: string): { index: number; word: string } | null {
  let last: { index: number; word: string } | null = null;
  for (const cue of cues(text)) last = cue;
  const acc = text.lastIndexOf('ccording to');
  if (acc > 0 && (!last || acc > last.index)) last = { index: acc - 1, word: 'according to' };
  return last;
}
