import { SENTENCE_HINTS, SENTENCE_MACHINE, SENTENCE_MACHINE_WORDS } from './lexicon.js';
import type { TokenList } from './token-list.js';

/**
 * wink-nlp's sentence splitter (the English lite model's automaton, run as wink's automaton.js
 * runs it): each token becomes an event (a full stop, ! or ?, a closing bracket or quote, an
 * abbreviation, a word that never ends a sentence ("Mr."), a word that starts one ("The"), a blank
 * line...), and the automaton marks where sentences end. Its table is wink's, read from
 * lexicon.ts; only the events are computed here, from the token's characters.
 */

const HINT = 1_080_000;
const QUOTE_GLUED = HINT + 4;
const QUOTE_AFTER_SPACE = HINT + 6;
const ABBREVIATION = HINT + 7;
const NEVER_ENDS = HINT + 8;
const STARTS = HINT + 10;
/** wink's "otherwise" event, and the one at the end of the text. */
const OTHERWISE = 2_070_003;
const END_OF_TEXT = 2_070_000;
/** A token no rule knows; and a line break, which the automaton skips. */
const OTHER = -1;
const LINE_BREAK = -2;

const [, , table, terminals, marks] = SENTENCE_MACHINE as [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>];
const wordEvents = new Map(Object.entries(SENTENCE_MACHINE_WORDS).map(([event, word]) => [word, Number(event)]));
const stateCount = Math.max(...Object.keys(table).map(Number), ...Object.values(table).flatMap((row) => Object.values(row))) + 1;
const transitions: Map<number, number>[] = [];
const otherwise = new Int32Array(stateCount);
/** 0: not terminal; 1: a sentence ends; 2: terminal without a sentence end (wink's pattern "0"). */
const terminal = new Uint8Array(stateCount);
const markFirst = new Int32Array(stateCount);
for (let state = 0; state < stateCount; state++) {
  const row = table[state] ?? {};
  transitions.push(new Map(Object.entries(row).filter(([event]) => Number(event) !== OTHERWISE).map(([event, next]) => [Number(event), next])));
  otherwise[state] = row[OTHERWISE] ?? 0;
  if (terminals[state] !== undefined) terminal[state] = terminals[state] === 'SBD' ? 1 : 2;
  markFirst[state] = marks[state]?.[0] ?? 0;
}
/** Hints of words in lower case (read first, as wink reads the token's normal form), then as written. */
const lowerHints = new Map<string, number>();
const writtenHints = new Map<string, number>();
for (const [word, hint] of SENTENCE_HINTS) (word === word.toLowerCase() ? lowerHints : writtenHints).set(word, hint);
const ABBREVIATION_SHAPE = /[a-z].*\.$/i;
const longestStarter = Math.max(...SENTENCE_HINTS.filter(([, hint]) => hint === 10).map(([word]) => word.length));

/** Whether text[start, start + length) is a word that starts a sentence ("The", "However"). */
function startsSentence(text: string, start: number, length: number): boolean {
  if (length > longestStarter) return false;
  const word = text.slice(start, start + length);
  return (lowerHints.get(word.toLowerCase()) ?? writtenHints.get(word)) === 10;
}

/** The automaton's event for token i (previous: the event of the token before, line breaks skipped). */
function eventOf(text: string, tokens: TokenList, i: number, previous: number): number {
  const start = tokens.starts[i];
  const length = tokens.ends[i] - start;
  const first = text.charCodeAt(start);
  if (length === 1) {
    if (first === 10) return LINE_BREAK;
    const hint = lowerHints.get(text[start]);
    if (hint === 4) return tokens.spaced[i] ? QUOTE_AFTER_SPACE : QUOTE_GLUED;
    if (hint) return HINT + hint;
    if (previous === ABBREVIATION && startsSentence(text, start, 1)) return STARTS;
    return wordEvents.get(text[start]) ?? OTHER;
  }
  if (length === 2 && first === 10 && text.charCodeAt(start + 1) === 10) return wordEvents.get('\n\n') ?? OTHER;
  if (text.charCodeAt(start + length - 1) === 46) {
    const word = text.slice(start, start + length);
    const lower = word.toLowerCase();
    const hint = lowerHints.get(lower) ?? writtenHints.get(word);
    if (hint) return HINT + hint;
    if (ABBREVIATION_SHAPE.test(lower)) return length === 2 ? NEVER_ENDS : ABBREVIATION;
    return OTHER;
  }
  // A word that starts a sentence matters only right after an abbreviation (the automaton's only use of it).
  return previous === ABBREVIATION && startsSentence(text, start, length) ? STARTS : OTHER;
}

let eventScratch = new Int32Array(1024);

/**
 * The index of the last token of each sentence but the last, as wink's automaton and its
 * sentence setter find them (greedy, longest pattern, falling back to the last state with an
 * "otherwise" exit).
 */
export function sentenceEnds(text: string, tokens: TokenList): number[] {
  const length = tokens.count;
  if (eventScratch.length < length) eventScratch = new Int32Array(2 * length);
  const events = eventScratch;
  let previous = OTHER;
  for (let i = 0; i < length; i++) {
    events[i] = eventOf(text, tokens, i, previous);
    if (events[i] !== LINE_BREAK) previous = events[i];
  }
  const ends: number[] = [];
  let first = 0;
  let state = 0;
  let lastOtherwiseIndex = 0;
  let lastOtherwiseState = 0;
  for (let i = 0; i <= length; i++) {
    for (let j = i; j <= length; j++) {
      const event = j === length ? END_OF_TEXT : events[j];
      if (event === LINE_BREAK) continue;
      let next = transitions[state].get(event) ?? 0;
      if (!state && next) first = j;
      if (terminal[next]) {
        if (terminal[next] === 1) ends.push(first + markFirst[next]);
        i = j;
        j = length + 100;
        next = 0;
        lastOtherwiseState = 0;
      } else if (next === 0) {
        if (lastOtherwiseState) {
          if (terminal[lastOtherwiseState] === 1) ends.push(first + markFirst[lastOtherwiseState]);
          i = lastOtherwiseIndex;
          next = 0;
          lastOtherwiseState = 0;
        }
        j = length + 100;
      }
      state = next;
      if (otherwise[state]) {
        lastOtherwiseIndex = j;
        lastOtherwiseState = otherwise[state];
      }
    }
  }
  return ends;
}
