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
const QUOTE_HINT = 4;
/** wink's "otherwise" event, and the one at the end of the text. */
const OTHERWISE = 2_070_003;
const END_OF_TEXT = 2_070_000;

const [, , table, terminals, marks] = SENTENCE_MACHINE as [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>];
/** wink's events, numbered densely here: 0 is a token no rule knows, then the table's events. */
const eventNumbers = new Map<number, number>([[END_OF_TEXT, 1]]);
for (const row of Object.values(table)) for (const event of Object.keys(row).map(Number)) if (event !== OTHERWISE && !eventNumbers.has(event)) eventNumbers.set(event, eventNumbers.size + 1);
const eventCount = eventNumbers.size + 1;
const OTHER = 0;
const EOT = 1;
/** A line break, which the automaton skips. */
const LINE_BREAK = -1;
const dense = (winkEvent: number) => eventNumbers.get(winkEvent) ?? OTHER;
const QUOTE_GLUED = dense(HINT + 4);
const QUOTE_AFTER_SPACE = dense(HINT + 6);
const ABBREVIATION = dense(HINT + 7);
const NEVER_ENDS = dense(HINT + 8);
const STARTS = dense(HINT + 10);

const stateCount = Math.max(...Object.keys(table).map(Number), ...Object.values(table).flatMap((row) => Object.values(row))) + 1;
/** next[state * eventCount + event]: the next state, 0 (the root) if none. */
const next = new Int16Array(stateCount * eventCount);
const otherwise = new Int16Array(stateCount);
/** 0: not terminal; 1: a sentence ends; 2: terminal without a sentence end (wink's pattern "0"). */
const terminal = new Uint8Array(stateCount);
const markFirst = new Int16Array(stateCount);
for (let state = 0; state < stateCount; state++) {
  const row = table[state] ?? {};
  for (const [event, to] of Object.entries(row)) if (Number(event) !== OTHERWISE) next[state * eventCount + dense(Number(event))] = to;
  otherwise[state] = row[OTHERWISE] ?? 0;
  if (terminals[state] !== undefined) terminal[state] = terminals[state] === 'SBD' ? 1 : 2;
  markFirst[state] = marks[state]?.[0] ?? 0;
}
/** Hints of words in lower case (read first, as wink reads the token's normal form), then as written. */
const lowerHints = new Map<string, number>();
const writtenHints = new Map<string, number>();
for (const [word, hint] of SENTENCE_HINTS) (word === word.toLowerCase() ? lowerHints : writtenHints).set(word, hint);
/** The event of a one-character token (a straight quote's depends on the space before it: QUOTE_HINT). */
const charEvents = new Int16Array(0x3000);
for (const [word, hint] of lowerHints) if (word.length === 1) charEvents[word.charCodeAt(0)] = hint === QUOTE_HINT ? -QUOTE_HINT : dense(HINT + hint);
for (const [event, word] of Object.entries(SENTENCE_MACHINE_WORDS)) if (word.length === 1) charEvents[word.charCodeAt(0)] = dense(Number(event));
charEvents[10] = LINE_BREAK;
const PARAGRAPH = dense(Number(Object.keys(SENTENCE_MACHINE_WORDS).find((event) => SENTENCE_MACHINE_WORDS[event] === '\n\n')));
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
    const event = first < charEvents.length ? charEvents[first] : OTHER;
    if (event === -QUOTE_HINT) return tokens.spaced[i] ? QUOTE_AFTER_SPACE : QUOTE_GLUED;
    if (event === OTHER && previous === ABBREVIATION && startsSentence(text, start, 1)) return STARTS;
    return event;
  }
  if (length === 2 && first === 10 && text.charCodeAt(start + 1) === 10) return PARAGRAPH;
  if (text.charCodeAt(start + length - 1) === 46) {
    const word = text.slice(start, start + length);
    const lower = word.toLowerCase();
    // "No." abbreviates a number only before one ("No. 1", "case No. VA089897"): "Geragos said no. Striker ..." ends a sentence.
    if (lower === 'no.' && !numberAt(text, tokens, i + 1)) return charEvents[46];
    const hint = lowerHints.get(lower) ?? writtenHints.get(word);
    if (hint) return dense(HINT + hint);
    if (ABBREVIATION_SHAPE.test(lower)) return length === 2 ? NEVER_ENDS : ABBREVIATION;
    return OTHER;
  }
  return previous === ABBREVIATION && startsSentence(text, start, length) ? STARTS : OTHER;
}

/** Whether token i is a number, a number's sign or a code with digits ("5", "#", "VA089897"). */
function numberAt(text: string, tokens: TokenList, i: number): boolean {
  if (i >= tokens.count) return false;
  for (let k = tokens.starts[i]; k < tokens.ends[i]; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 35) return true;
  }
  return false;
}

let eventScratch = new Int8Array(1024);

/**
 * The index of the last token of each sentence but the last, as wink's automaton and its
 * sentence setter find them (greedy, longest pattern, falling back to the last state with an
 * "otherwise" exit).
 */
export function sentenceEnds(text: string, tokens: TokenList): number[] {
  const length = tokens.count;
  if (eventScratch.length < length) eventScratch = new Int8Array(2 * length);
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
    // A pass begun at a line break is the pass begun at the next event (line breaks are skipped
    // below): starting one at every break of a run made a page of blank lines quadratic.
    if (i < length && events[i] === LINE_BREAK) continue;
    for (let j = i; j <= length; j++) {
      const event = j === length ? EOT : events[j];
      if (event === LINE_BREAK) continue;
      let to = next[state * eventCount + event];
      if (!state && to) first = j;
      if (terminal[to]) {
        if (terminal[to] === 1) ends.push(first + markFirst[to]);
        i = j;
        j = length + 100;
        to = 0;
        lastOtherwiseState = 0;
      } else if (to === 0) {
        if (lastOtherwiseState) {
          if (terminal[lastOtherwiseState] === 1) ends.push(first + markFirst[lastOtherwiseState]);
          i = lastOtherwiseIndex;
          lastOtherwiseState = 0;
        }
        j = length + 100;
      }
      state = to;
      if (otherwise[state]) {
        lastOtherwiseIndex = j;
        lastOtherwiseState = otherwise[state];
      }
    }
  }
  return ends;
}
