import type { Analysis } from '../types.js';
import type { AnalysisDoc, AnalysisInput, Component } from './doc.js';
import { tokenize } from './tokens.js';
import { recognizeEntities } from './entities/index.js';
import { findDates } from './dates/index.js';
import { findQuantities } from './quantities/index.js';
import { findQuotes } from './quotes/index.js';

/** The analysis pipeline, in order: each component reads what the ones before it wrote. */
export const PIPELINE: readonly Component[] = [tokenize, recognizeEntities, findDates, findQuantities, findQuotes];

export function analyzeDoc(input: AnalysisInput): AnalysisDoc {
  const doc: AnalysisDoc = { ...input, sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
  for (const component of PIPELINE) component(doc);
  return doc;
}

/** Reads one cleaned report: who is named, who said what, what was counted, and when. */
export function analyze(input: AnalysisInput): Analysis {
  const { entities, quotes, quantities, dates } = analyzeDoc(input);
  return { entities, quotes, quantities, dates };
}
