import type { Quote } from '../../types.js';
import type { AnalysisDoc } from '../doc.js';
import { lowerBound } from '../spans.js';
import { type Context, type Mention, mentionsIn } from './context.js';
import { isSpeechVerb } from './lexicon.js';

/** Reported speech: what someone said, without quotation marks. */

export function reportedSpeech(doc: AnalysisDoc, c: Context, direct: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const s of doc.sentences) {
    const d = direct[lowerBound(direct, s.start + 1, (q) => q.end)];
    if (d && d.start < s.end) continue; // the sentence holds a direct quote
    const inSentence = mentionsIn(c, s.start, s.end);
    // Every speech verb of the sentence, the first with a named source beside it wins.
    let found: { cue: (typeof s.tokens)[number]; speaker: Mention } | null = null;
    for (let k = 0; k < s.tokens.length && !found; k++) {
      const cue = s.tokens[k];
      if (cue.pos !== 'VERB') continue;
      const word = cue.text.toLowerCase();
      if (!isSpeechVerb(word)) continue;
      const next = s.tokens[k + 1]?.text.toLowerCase();
      if (/^(rul|maintain|point|post|continu|charg|shot|shoot)/.test(word) && next !== 'that') continue; // usually not speech
      // "regions that the Kremlin has claimed to have annexed", "he is said to be ill": no one's words follow.
      if (next === 'to') continue;
      const gap = (m: Mention) => Math.min(Math.abs(m.end - cue.start), Math.abs(m.start - cue.end));
      const near = inSentence.filter((m) => gap(m) <= 30).sort((a, b) => gap(a) - gap(b));
      if (near.length) found = { cue, speaker: near[0] };
    }
    if (!found) continue;
    const { cue, speaker } = found;
    out.push({ text: doc.body.slice(s.start, s.end), speaker: speaker.entity.name, direct: false, start: s.start, end: s.end, cue: cue.text });
  }
  return out;
}
