import type { Quote } from '../../types.js';
import { type Context, lastSentenceEnd, mentionsIn, paragraphEnd, paragraphStart, quoted, referent, SENTENCE_END, sentenceAt } from './context.js';
import { findCue, lastCue } from './cues.js';
import { isSpeechVerb } from './lexicon.js';
import { ADDRESSING, nameOf, NAME_AFTER, OBJECT_OF_PREPOSITION, resolveName, sourceAt, speaksForSubject, subjectIn } from './source.js';

/** Direct quotes: spans between quotation marks, with the speaker their attribution names. */

/**
 * Opening marks, and the mark that closes each. Typewritten and archive text writes quotation
 * marks as two characters: ``...'' (wire copy, TeX) or ''...'' (LexisNexis' New York Times).
 * British copy quotes with single marks, ‘...’ or '...': these open at a word's start (after a
 * space, a bracket or a dash, or at a paragraph's start), not before the apostrophe of "’n’",
 * "’em", "’til" or "’90s". The mark is matched before what precedes it is looked at: OPEN is tried
 * at every position, and a lookbehind first made it 7 times slower.
 */
const SINGLE_OPEN = String.raw`['‘](?<=(?:^|[\s(\[—–])['‘])(?!(?:n|em|til|cause|tis|twas|\d0s|\d\d)\b)(?=[\p{L}\d“"…])`;
const OPEN = new RegExp(`["“«]|''|\`\`|${SINGLE_OPEN}`, 'gu');
/**
 * A single mark that closes: after a word or punctuation and before no letter or digit (not the
 * apostrophe of "don’t" nor "rock ’n’ roll"), and not a plural's possessive ("the workers’ rights",
 * "the Smiths' house"; "nurses’ said Ms Lee" closes). Text taken from web pages may put a space
 * before it after a comma or a stop ("he didn't get it, ' she said").
 */
const singleClose = (mark: string) =>
  new RegExp(`(?:(?<=\\S)(?<![\\s‘’']\\p{Ll})(?:(?<!s)${mark}|${mark}(?!\\s+(?!(?:said|says|say|added|adds|told|tells|wrote|writes|he|she|they|we|I)\\b)[\\p{Ll}\\d]))|(?<=[,.!?] )${mark}(?=\\s))(?![\\p{L}\\d])`, 'u');
const CLOSE_FOR: Record<string, RegExp> = { '"': /"/, '“': /[”"]/, '«': /»/, "''": /''/, '``': /''/, '‘': singleClose('’'), "'": singleClose("'") };
/**
 * Web copy mixes typewritten and typographic marks: a quote opened with " may close with ” in its
 * own paragraph ("Oz has a huge bully pulpit,” said David Gorski), unless a “ opened before it
 * ("Trump walked onto the stage, chanting “U-S-A!”). Not past its paragraph: one that opens with
 * " and never closes is one of a long excerpt's, whose next paragraph's ” is its own.
 */
const CLOSE_IN_OPENING_PARAGRAPH: Record<string, RegExp> = { ...CLOSE_FOR, '"': /"|(?<!“[^”"]*)”/ };
/** The mark a paragraph that goes on with a quotation opens with. A straight single mark goes on with no paragraph: too easily an apostrophe. */
const REOPEN: Record<string, RegExp> = { '"': /["“«]/, '“': /["“«]/, '«': /["“«]/, '‘': /‘/, "'": /(?!)/ };

/** Whether `at` lies inside a quotation opened with double marks in its paragraph: a single-quoted phrase there is a quote within a quote. */
function insideDoubleQuotation(c: Context, at: number): boolean {
  const before = c.body.slice(paragraphStart(c, at), at);
  const count = (mark: RegExp) => before.match(mark)?.length ?? 0;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}
const PRONOUN = /\b(he|she|they|him|her|them)\b/i;
/** Words after which a quoted phrase belongs to the reporter's clause, not to an attribution. */
const CLAUSE_WORDS = /\b(?:that|because|if|as|including|whether|whom?|which)\b/i;
/** How far an attribution reaches from its quote, in characters. */
const REACH = 160;
/** How far after a quote its speech verb may be: past a name and two appositions ("..., Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"). */
const CUE_AFTER_REACH = 120;
/** A pull quote signed after a dash, after its closing mark: “...” ― Jane Doe. */
const SIGNATURE = /^\s*[,.]?\s*[―—–]\s*/;

/** The speaker of a quote whose marks span [start, end): the attribution after it, else the one before it. */
function speakerOf(c: Context, start: number, end: number): { speaker: string | null; cue?: string; after?: boolean } {
  const body = c.body;
  const paragraphStop = paragraphEnd(c, end);
  const signature = SIGNATURE.exec(body.slice(end, end + 8));
  if (signature) {
    const at = end + signature[0].length;
    const name = NAME_AFTER.exec(body.slice(at, Math.min(paragraphStop, at + 60)));
    const speaker = name ? resolveName(c, name[0].trim(), at) : null;
    if (speaker) return { speaker };
  }
  const sentenceEnd = body.slice(end + 1, end + 1 + REACH).search(SENTENCE_END);
  const lineEnd = body.indexOf('\n', end);
  // An attribution after a quote is in its sentence, and on its line.
  const afterEnd = Math.min(paragraphStop, end + REACH, sentenceEnd >= 0 ? end + 2 + sentenceEnd : Infinity, lineEnd >= 0 ? lineEnd : Infinity);
  const after = body.slice(end, afterEnd);
  const cueAfter = findCue(after);
  if (cueAfter && cueAfter.index < CUE_AFTER_REACH) {
    const cueAt = end + cueAfter.index;
    const source = sourceAt(c, cueAt, cueAt + cueAfter.word.length, end, afterEnd, start);
    if (source) return { speaker: source, cue: cueAfter.word, after: true };
    // A name after "told" is the one told ("..., a resident told AFP").
    const named = mentionsIn(c, end, ADDRESSING.test(cueAfter.word) ? cueAt : afterEnd)[0];
    if (named) return { speaker: named.entity.name, cue: cueAfter.word, after: true };
    if (PRONOUN.test(after)) return { speaker: referent(c, start)?.name ?? null, cue: cueAfter.word, after: true };
  }
  const from = paragraphStart(c, start);
  const windowStart = Math.max(from, start - REACH);
  const before = body.slice(windowStart, start);
  const cueBefore = lastCue(before);
  // "Rubio fired back: “...”", "- Philip Bump: “...”": a colon with no speech verb in its sentence
  // introduces the words of the sentence's subject, the first named in it.
  if (/:\s*$/.test(before)) {
    const own = Math.max(from, c.sentenceStarts[sentenceAt(c, start - 1)] ?? from);
    if (!cueBefore || windowStart + cueBefore.index < own) {
      const subject = subjectIn(c, own, start);
      if (subject) return { speaker: nameOf(c, subject.entity) };
    }
  }
  if (cueBefore) {
    const cueAt = windowStart + cueBefore.index;
    const cueEnd = cueAt + cueBefore.word.length;
    const sentenceStart = Math.max(from, windowStart + (lastSentenceEnd(before.slice(0, cueBefore.index)) + 1));
    // The cue of the quotation before, in the same sentence as it ("“...,” Mr. Obama said at the
    // gala, where Mrs. Clinton also spoke. “...”"): this one goes on with that one's speaker.
    const prev = c.quotes[c.quotes.length - 1];
    if (prev?.speaker && c.attributedAfter.has(prev) && cueAt >= prev.end && sentenceAt(c, cueAt) === sentenceAt(c, prev.end - 1)) return { speaker: prev.speaker };
    if (speaksForSubject(before.slice(0, cueBefore.index), cueBefore.word)) {
      const own = c.sentenceStarts[sentenceAt(c, cueAt)] ?? sentenceStart;
      const subject = subjectIn(c, Math.max(from, own), cueAt);
      if (subject) return { speaker: nameOf(c, subject.entity), cue: cueBefore.word };
    }
    const source = sourceAt(c, cueAt, cueEnd, sentenceStart, start, start);
    if (source) return { speaker: source, cue: cueBefore.word };
    // "said Smith, “...": the name right after the cue; else the last one before it, outside quotations.
    const following = mentionsIn(c, cueEnd, start)[0];
    const named =
      (following && following.start - cueEnd <= 40 && !OBJECT_OF_PREPOSITION.test(body.slice(cueEnd, following.start)) ? following : undefined) ??
      mentionsIn(c, from, cueAt).filter((m) => !quoted(c, m.start)).pop() ??
      following;
    if (named) return { speaker: named.entity.name, cue: cueBefore.word };
    if (PRONOUN.test(before)) return { speaker: referent(c, start)?.name ?? null, cue: cueBefore.word };
  }
  return { speaker: null };
}

/**
 * How a quotation opens: at the start of a sentence or a paragraph, after its attribution
 * ("said:", "Smith said, ", "declared "), or inside the reporter's own clause (a partial quote).
 */
function opening(body: string, open: number): 'start' | 'cue' | 'partial' {
  const window = body.slice(Math.max(0, open - REACH), open);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (!before.trim() || /(?:[.!?…]["”’')\]]*|[—–]|^\W+)\s*$/.test(before)) return 'start';
  if (/:\s*$/.test(before)) return 'cue';
  const sentence = before.slice(Math.max(0, lastSentenceEnd(before) + 1));
  if (/,\s*$/.test(sentence)) {
    const cue = lastCue(sentence);
    if (!cue) return 'partial';
    const between = sentence.slice(cue.index + cue.word.length);
    return between.length <= 60 && !CLAUSE_WORDS.test(between) ? 'cue' : 'partial';
  }
  const word = lastWord(sentence);
  return word && isSpeechVerb(word) ? 'cue' : 'partial';
}

const LETTER = /^\p{L}$/u;

/**
 * The letters right before the white space that ends `text`, or undefined: what
 * /(\p{L}+)\s*$/u captures, read backwards instead of tried at every position.
 */
function lastWord(text: string): string | undefined {
  const end = text.trimEnd().length; // trimEnd drops exactly what \s matches
  let start = end;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && start >= 2 && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start < end ? text.slice(start, end) : undefined;
}

/** How far back a quotation without attribution of its own looks for the one it continues. */
const CONTINUES_WITHIN = 400;

/**
 * The speaker of the quotation before one that has no attribution of its own, when no one else
 * is named between them: news gives a speaker's next words without saying again who speaks
 * ("“…,” Adelson said during the interview in Macau. “It’s changing every day…”").
 */
function continuedSpeaker(c: Context, start: number): string | null {
  const prev = c.quotes[c.quotes.length - 1];
  if (!prev?.speaker || start - prev.end > CONTINUES_WITHIN) return null;
  const between = mentionsIn(c, prev.end, start).filter((m) => m.entity.type === 'person');
  return between.every((m) => m.entity.name === prev.speaker) ? prev.speaker : null;
}

export function directQuotes(c: Context): Quote[] {
  const body = c.body;
  const quotes = c.quotes;
  let from = 0;
  for (;;) {
    OPEN.lastIndex = from;
    const open = OPEN.exec(body);
    if (!open) break;
    const mark = open[0];
    const start = open.index + mark.length;
    let end = -1;
    let cursor = start;
    const single = mark === '‘' || mark === "'";
    // A quote runs to its closing mark; a paragraph that ends inside it continues when the next opens with a mark.
    for (let first = true; ; first = false) {
      const stop = paragraphEnd(c, cursor);
      // A single mark closes on its line: past it, a stray apostrophe would close it.
      const line = single ? body.indexOf('\n', cursor) : -1;
      const close = body.slice(cursor, line >= 0 && line < stop ? line : stop).search((first ? CLOSE_IN_OPENING_PARAGRAPH : CLOSE_FOR)[mark]);
      if (close >= 0) {
        end = cursor + close;
        break;
      }
      if (line >= 0 && line < stop) break;
      const next = stop + 2;
      const reopens = mark.length === 2 ? body.startsWith(mark, next) : REOPEN[mark].test(body[next] ?? '');
      if (stop < body.length && reopens) cursor = next + mark.length;
      else break;
    }
    if (end < 0 || (single && insideDoubleQuotation(c, open.index))) {
      from = start;
      continue;
    }
    const closeEnd = end + mark.length; // each mark closes with one of its length ('' for ``)
    if (single) while (end > start && body[end - 1] === ' ') end--; // "it, ' she said"
    from = closeEnd;
    const text = body.slice(start, end);
    const how = opening(body, open.index);
    if (how === 'partial') continue; // reported speech with a quoted phrase in it
    // Scare quotes and titles: "brotherly", "foreign agent"; but 'he called it "a disgrace."' is speech.
    const short = text.trim().split(/\s+/).length <= 3 && how !== 'cue';
    const found = speakerOf(c, open.index, closeEnd);
    const { cue, after } = found;
    // A quotation that opens its sentence with no attribution of its own continues the last speaker's words.
    const speaker = found.speaker ?? (how === 'start' ? continuedSpeaker(c, open.index) : null);
    // ...unless a short quotation ends its clause and a speech verb follows: "“I love you,” he said."
    if (short && !(after && /[,!?]$/.test(text))) continue;
    // Straight single marks are apostrophes as often: a quotation in them needs a speech verb of its own
    // (not a crosshead "'Pretty cool working there.'" in a text that quotes with '').
    if (mark === "'" && !cue) continue;
    const quote: Quote = { text, speaker, direct: true, start, end, ...(cue && { cue }) };
    quotes.push(quote);
    if (after) c.attributedAfter.add(quote);
  }
  return quotes;
}

/**
 * '"First part," he said, "second part."' and '"First part," said Smith. "Second part."' are
 * one quotation interrupted by its attribution. Each part stays a quote of its own (the
 * narrator's words between them are no one's quote), and a part without a speaker of its own
 * goes on with the first part's speaker.
 */
export function continueInterrupted(c: Context, quotes: Quote[]): Quote[] {
  const body = c.body;
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    const gap = prev ? body.slice(prev.end, q.start) : '';
    // A second part with an attribution of its own after it ("“B,” Smith said.") is a quotation of its own.
    const continues = !c.attributedAfter.has(q) || !/[.!?]\s*(?:["“«‘']|''|``)$/.test(gap);
    // The attribution between the parts: short, or one sentence that opens with it ("said Peter
    // Morgan, a lawyer for the Sierra Club, who ...").
    const cue = findCue(gap);
    const attribution =
      gap.length <= 120 ? /^(?:["”»’']|'')?\s*,?[^.!?]*(?:\.[^.!?]+)*[,.:;]\s*(?:["“«‘']|''|``)$/.test(gap) : gap.length <= 240 && cue !== null && cue.index <= 40 && !SENTENCE_END.test(gap.slice(0, -3));
    if (prev && continues && !gap.includes('\n') && attribution && cue && !q.speaker && prev.speaker) out.push({ ...q, speaker: prev.speaker });
    else out.push(q);
  }
  return out;
}
