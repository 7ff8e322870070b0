import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Component, Sentence, Token } from './doc.js';

/**
 * Sentences and tokens with part-of-speech tags, from wink-nlp's English lite model
 * (its sentence splitter and tagger are good enough for news, and it ships its model inside
 * the npm package). Only the sentence splitter and the tagger run: wink's own entities,
 * negation and sentiment are not read here and cost about as much again.
 */
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** A blank line between two tokens: a paragraph break, which no sentence crosses. */
const PARAGRAPH_BREAK = /\n\s*\n/;
const SPACE = /\s/;

/** Sentences never cross a paragraph break (a blank line), whatever the splitter thinks. */
export function splitSentences(text: string): Sentence[] {
  if (!text.trim()) return [];
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // wink gives token values and the spaces before them, not offsets: walk the text with them.
  const starts = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let start = cursor + spaces[i].length;
    if (!text.startsWith(value, start)) {
      // wink drops some characters (a byte-order mark): look a little ahead, never far.
      start = text.indexOf(value, cursor);
      if (start < 0 || start - cursor > 64) {
        start = cursor;
        while (start < text.length && SPACE.test(text[start])) start++;
      }
    }
    starts[i] = start;
    cursor = Math.min(text.length, start + value.length);
  }
  const sentences: Sentence[] = [];
  let own: Token[] = [];
  const flush = () => {
    if (own.length) sentences.push({ start: own[0].start, end: own[own.length - 1].end, tokens: own });
    own = [];
  };
  for (const [first, last] of spans) {
    for (let i = first; i <= last; i++) {
      if (tags[i] === 'SPACE') continue;
      const start = starts[i];
      const end = Math.min(text.length, start + values[i].length);
      const slice = text.slice(start, end);
      if (!slice.trim()) continue;
      const previous = own[own.length - 1];
      if (previous && PARAGRAPH_BREAK.test(text.slice(previous.end, start))) flush();
      own.push({ text: slice, start, end, pos: tags[i] });
    }
    flush();
  }
  return sentences;
}

/** Component: fills `doc.sentences` from the body. */
export const tokenize: Component = (doc) => {
  doc.sentences = splitSentences(doc.body);
};
