import type { Component, Sentence, Token } from './doc.js';
import { splitText } from './tokenizer/index.js';
import { loadPosTagger, TAGS } from './pos/index.js';
import { type Word, wordOf } from './word-vectors.js';

/**
 * Sentences and tokens with part-of-speech tags. Every component downstream was tuned on
 * wink-nlp's English lite model, which cost 2.5-3 ms of a 4.5 KB article (most of it building its
 * document and lexicon entries we never read), nearly the whole analysis's budget. Its tokenizer
 * and sentence splitter are reproduced by ours (src/analyze/tokenizer, with the fixes this file
 * made to wink's output: no sentence across a blank line, none inside "4.15pm", ...), its tags by
 * our tagger (src/analyze/pos), sentence by sentence. scripts/compare-tokenizer.ts and
 * scripts/compare-pos.ts measure how often they agree with wink.
 */
class WordToken implements Token {
  text: string;
  start: number;
  end: number;
  pos = '';
  /**
   * The shared record of its word (word-vectors.ts), looked up once for both taggers: the entity
   * tagger finds it here (`wordOfToken`). Private: unseen by JSON and spreading, so a token
   * serialises as the plain { text, start, end, pos } it was (a comparison that checks
   * prototypes sees a WordToken).
   */
  readonly #word: Word;

  /** The token of source[start, end). */
  constructor(source: string, start: number, end: number) {
    const word = wordOf(source, start, end);
    this.text = word.text; // the record's string, equal to source.slice(start, end): no copy per token
    this.start = start;
    this.end = end;
    this.#word = word;
  }

  get word(): Word {
    return this.#word;
  }

  static wordOf(token: Token): Word | undefined {
    return #word in token ? token.#word : undefined;
  }
}
const untagged = (source: string, start: number, end: number) => new WordToken(source, start, end);

/** The shared record of a token's word when the token is one of ours (splitSentences'), else undefined. */
export const wordOfToken = (token: Token): Word | undefined => WordToken.wordOf(token);

/** Scratch of splitSentences: one sentence's words and tags. */
const words: Word[] = [];
let tags = new Uint8Array(256);

/** Sentences never cross a paragraph break (a blank line), whatever the splitter thinks. */
export function splitSentences(text: string): Sentence[] {
  const sentences = splitText<WordToken>(text, untagged);
  const tagger = loadPosTagger();
  for (const { tokens } of sentences) {
    const n = tokens.length;
    if (tags.length < n) tags = new Uint8Array(2 * n);
    words.length = n;
    for (let i = 0; i < n; i++) words[i] = tokens[i].word;
    tagger.tagWordsInto(words, tags);
    for (let i = 0; i < n; i++) tokens[i].pos = TAGS[tags[i]];
  }
  words.length = 0;
  if (tags.length > 1 << 16) tags = new Uint8Array(256); // a sentence of a table or a dump keeps no memory
  return sentences;
}

/** Component: fills `doc.sentences` from the body. */
export const tokenize: Component = (doc) => {
  doc.sentences = splitSentences(doc.body);
};
