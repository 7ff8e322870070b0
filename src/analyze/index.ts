import type { Analysis, Span } from '../types.js';
import type { AnalysisDoc, AnalysisInput, Component, Sentence } from './doc.js';
import { tokenize } from './tokens.js';
import { recognizeEntities } from './entities/index.js';
import { findDates } from './dates/index.js';
import { findQuantities } from './quantities/index.js';
import { findQuotes } from './quotes/index.js';

/** The analysis pipeline, in order: each component reads what the ones before it wrote. */
export const PIPELINE: readonly Component[] = [tokenize, recognizeEntities, findDates, findQuantities, findQuotes];

/**
 * The headline, read before the body when the body does not open with it: headlines name who a
 * report is about ("Ellen DeGeneres To Host Oscars" over a body that says only "DeGeneres"), so
 * the body's short forms get their full names and the tagger's memory of the headline's names.
 * What the components find in the headline itself is then dropped: offsets are into the body.
 */
function headline(input: AnalysisInput): string {
  const title = input.title?.trim() ?? '';
  if (!title || input.body.trimStart().startsWith(title)) return '';
  return `${title.replace(/\s+/g, ' ')}\n\n`;
}

/** Spans of the body only, moved back by the headline's length. */
function inBody<T extends Span>(spans: readonly T[], shift: number): T[] {
  return spans.filter((s) => s.start >= shift).map((s) => ({ ...s, start: s.start - shift, end: s.end - shift }));
}

function sentencesInBody(sentences: readonly Sentence[], shift: number): Sentence[] {
  return sentences
    .filter((s) => s.start >= shift)
    .map((s) => ({ start: s.start - shift, end: s.end - shift, tokens: inBody(s.tokens, shift) }));
}

/** The pipeline over the headline and the body; `shift` is where the body starts in `doc.body`. */
function run(input: AnalysisInput): { doc: AnalysisDoc; shift: number } {
  const lead = headline(input);
  const doc: AnalysisDoc = { ...input, body: lead + input.body, sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
  for (const component of PIPELINE) component(doc);
  return { doc, shift: lead.length };
}

/** What was found in the body, at offsets into it. */
function bodyAnalysis({ doc, shift }: { doc: AnalysisDoc; shift: number }): Analysis {
  if (!shift) return { entities: doc.entities, quotes: doc.quotes, quantities: doc.quantities, dates: doc.dates };
  return {
    // An entity named only in the headline has no mention in the body: it is not listed.
    entities: doc.entities.map((e) => ({ ...e, mentions: inBody(e.mentions, shift) })).filter((e) => e.mentions.length),
    quotes: inBody(doc.quotes, shift),
    quantities: inBody(doc.quantities, shift),
    dates: inBody(doc.dates, shift),
  };
}

/** The analysed document: the analysis and the body's sentences and tokens. */
export function analyzeDoc(input: AnalysisInput): AnalysisDoc {
  const ran = run(input);
  return { ...input, sentences: ran.shift ? sentencesInBody(ran.doc.sentences, ran.shift) : ran.doc.sentences, ...bodyAnalysis(ran) };
}

/** Reads one cleaned report: who is named, who said what, what was counted, and when. */
export function analyze(input: AnalysisInput): Analysis {
  return bodyAnalysis(run(input));
}
