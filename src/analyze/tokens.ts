import type { Component, Sentence, Token } from './doc.js';
import { splitText } from './tokenizer/index.js';
import { tagTokens } from './pos/index.js';

/**
 * Sentences and tokens with part-of-speech tags. Every component downstream was tuned on
 * wink-nlp's English lite model, which cost 2.5-3 ms of a 4.5 KB article (most of it building its
 * document and lexicon entries we never read), nearly the whole analysis's budget. Its tokenizer
 * and sentence splitter are reproduced by ours (src/analyze/tokenizer, with the fixes this file
 * made to wink's output: no sentence across a blank line, none inside "4.15pm", ...), its tags by
 * our tagger (src/analyze/pos), sentence by sentence. scripts/compare-tokenizer.ts and
 * scripts/compare-pos.ts measure how often they agree with wink.
 */
const untagged = (text: string, start: number, end: number): Token => ({ text, start, end, pos: '' });

/** Sentences never cross a paragraph break (a blank line), whatever the splitter thinks. */
export function splitSentences(text: string): Sentence[] {
  const sentences = splitText(text, untagged);
  for (const { tokens } of sentences) {
    const words = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) words[i] = tokens[i].text;
    const tags = tagTokens(words);
    for (let i = 0; i < tokens.length; i++) tokens[i].pos = tags[i];
  }
  return sentences;
}

/** Component: fills `doc.sentences` from the body. */
export const tokenize: Component = (doc) => {
  doc.sentences = splitSentences(doc.body);
};
