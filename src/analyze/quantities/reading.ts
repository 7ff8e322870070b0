import type { Quantity, QuantityKind } from '../../types.js';
import type { AnalysisDoc, Token } from '../doc.js';
import { clauseSubject, verbBefore, type TokenSpan } from './context.js';
import type { NameMention } from './names.js';

/**
 * What the quantity readers share: the Context a number is read in (its sentence's tokens,
 * the report's names, the count read before it), the Reading each reader returns (kind, unit,
 * subject, attribute), and subjectNear, the name the clause around a token is about.
 */

export interface Reading {
  kind: QuantityKind;
  unit: string | null;
  subject: string | null;
  attribute: string | null;
  /** Where the quantity's text ends when it takes in its noun ("500 people"). */
  end?: number;
  /** Where it starts when it leaves out the words before the number ("below" in "below 2019 levels" is no approximator of the year). */
  start?: number;
  /** Whether it is approximate, when not as the words before the number say. */
  approximate?: boolean;
}

export interface Context {
  doc: Pick<AnalysisDoc, 'body' | 'sentences'>;
  names: NameMention[];
  tokens: Token[];
  span: TokenSpan;
  /** People the report brought in unnamed by their age ("an 11-year-old girl"): "the 11-year-old girl" is her again. */
  unnamed: Set<string>;
  /** The count read last in this sentence ("19 seats" for "the CDA 14" after it), which a list may go on with. */
  previous?: Quantity;
  /** The company the report is about, read when a figure of its results asks (null for none). */
  company?: () => string | null;
}

/** The name (or, failing that, nothing) the clause around token `index` is about. */
export function subjectNear({ tokens, names }: Context, index: number): NameMention | undefined {
  const verb = verbBefore(tokens, index);
  return verb >= 0 ? clauseSubject(tokens, verb, names) : undefined;
}
