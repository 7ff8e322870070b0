import type { DateMention, Entity, Quantity, Quote } from '../types.js';

/**
 * The one document the analysis components work on, in the manner of spaCy's Doc: the text
 * and its context go in, and each component (tokens, entities, quotes, quantities, dates)
 * fills its own field. Components read earlier fields, never recompute them.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from the tagger (PROPN, NOUN, VERB, NUM, PUNCT...). */
  pos: string;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface AnalysisInput {
  title: string | null;
  /** Cleaned body; every offset the components produce is into this string. */
  body: string;
  /** The report's publication date (YYYY-MM-DD) that relative dates resolve against, or null. */
  published: string | null;
}

export interface AnalysisDoc extends AnalysisInput {
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  quantities: Quantity[];
  dates: DateMention[];
}

/** A pipeline component: reads what earlier components wrote, fills its own field. */
export type Component = (doc: AnalysisDoc) => void;
