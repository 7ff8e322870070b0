import type { Token } from '../doc.js';
import { clauseSubject, isSpeech, lower, possessiveOwner, verbBefore } from './context.js';
import { CHANGE_VERB, gappedName } from './counts.js';
import type { NumberMention } from './detect.js';
import { nameEndingAt, nameStartingAt, type NameMention } from './names.js';
import type { Context, Reading } from './reading.js';
import { companyResult, verbAttribute } from './vocabulary.js';

/**
 * Durations, money, measures and ordinals (readOther): an ordinal is what it ranks for its owner
 * or its clause's subject (RANKING_VERBS); an amount is of the noun before "of" or before its
 * verb (nounPhraseBefore, PERIOD_END), else of its clause's subject.
 */

/** The common noun phrase right before a verb ("net income" in "Net income fell"), or null; `first`, its first token. */
function nounPhraseBefore(tokens: Token[], verb: number, names: NameMention[]): { text: string; first: number } | null {
  let i = verb - 1;
  while (i >= 0 && tokens[i].pos === 'AUX') i--;
  const words: string[] = [];
  for (; i >= 0 && words.length < 3; i--) {
    const t = tokens[i];
    const common = t.pos === 'NOUN' || t.pos === 'ADJ' || (i === 0 && t.pos === 'PROPN' && !nameStartingAt(names, t.start));
    if (!common) break;
    words.unshift(t.text.toLowerCase());
  }
  return words.length ? { text: words.join(' '), first: i + 1 } : null;
}

/**
 * Whose results a figure is, when its clause names no one: the name right before its noun ("iPad
 * sales jumped to $7.2 billion"), else, when the results are what the clause is about
 * (`ofCompany`), the company the report is about ("Net income rose to $19.9 billion", "Profit
 * climbed 2% to $19.9 billion"); not results someone will have ("the combined group would have
 * annual sales of about €5.2 billion").
 */
function resultsOwner(c: Context, phrase: { first: number } | null, ofCompany: boolean): string | null {
  const before = phrase ? c.tokens[phrase.first - 1] : undefined;
  const named = before ? nameEndingAt(c.names, before.end) : undefined;
  if (named) return named.type === 'unknown' ? null : named.name;
  // A product's or a unit's ("iPad sales", "Services revenue"), which no entity names: not the company's whole.
  if (before?.pos === 'PROPN' || !ofCompany) return null;
  return c.company?.() ?? null;
}

/**
 * Not what an amount measures: a time ("a loss for the third quarter of $226.3 million"), an
 * amount ("hundreds of billions of dollars", "a total of $650,000").
 */
const PERIOD_END = /\b(?:quarter|year|month|week|day|period|half|hundreds|thousands|millions|billions|dozens|tens|lots?|total|sum|amount)$/;

/** Verbs that make their subject what an ordinal ranks: "became the first woman", "was named the 21st head coach", "won a second term", "finished third"... */
const RANKING_VERBS =
  /^(?:become|becomes|became|becoming|named|hired|elected|appointed|chosen|ranked|ranks|remains|remained|win|wins|won|winning|seek|seeks|sought|seeking|serve|serves|served|serving|finish|finishes|finished|finishing|secured|securing)$/;

/** Durations, money, measures and ordinals: about the clause's subject, as its verb says. */
export function readOther(n: NumberMention, c: Context): Reading | null {
  const { tokens, span } = c;
  const kind = n.kind!;
  if (kind === 'ordinal') {
    const next = tokens[span.after];
    if (!next || next.pos !== 'NOUN') return null;
    // "Tokayev's third term", "his second term", "Haley is the first minority governor", "Wayne
    // became the fifth player": an ordinal is someone's through a possessive or as what its
    // subject is or becomes; else the clause's subject is seldom what it ranks ("Rhodes scored in
    // the third quarter", "she said a second trial would report its first results").
    const verb = verbBefore(tokens, span.first);
    const ranks = verb >= 0 && (tokens[verb].pos === 'AUX' || RANKING_VERBS.test(lower(tokens[verb])));
    // "his surprising second place": the possessive before the adjectives.
    let lead = span.first;
    while (lead > 0 && tokens[lead - 1].pos === 'ADJ') lead--;
    const owner = possessiveOwner(tokens, lead, c.names, c.doc.sentences) ?? (ranks ? clauseSubject(tokens, verb, c.names) : undefined);
    return { kind, unit: null, subject: owner?.name ?? null, attribute: lower(next), end: next.end };
  }
  let verb = verbBefore(tokens, span.first);
  // "Van der Linden said the group would have sales of about €5.2 billion": a figure after a verb
  // of saying is in what was said, neither the speaker's nor an attribute "said".
  if (isSpeech(tokens[verb])) verb = -1;
  // The expression's first token: the currency mark or the approximator before the number.
  let lead = span.first;
  while (lead > 0 && tokens[lead - 1].start >= n.start) lead--;
  // "Seville recorded 44.8C and Badajoz 44.1C": the name that opens a list item after a figure of the same kind.
  const listed = c.previous?.kind === kind && c.previous.start >= span.sentence.start ? gappedName(tokens, lead, c.names, c.previous) : null;
  const subject = listed ? listed.name.name : verb >= 0 ? clauseSubject(tokens, verb, c.names)?.name ?? null : null;
  const action = verb >= 0 && tokens[verb].pos === 'VERB' ? verbAttribute(tokens[verb].text) : null;
  // "Net income fell to $4.5 million": an amount is of the noun its verb tells about; "annual
  // sales of about €5.2 billion", "a fine of $5 million", "winds of 140 mph", "a storm surge of
  // up to 10 feet": of the noun before "of".
  const ofPhrase = (kind === 'money' || kind === 'measure') && lower(tokens[lead - 1]) === 'of' ? nounPhraseBefore(tokens, lead - 1, c.names) : null;
  const of = ofPhrase?.text ?? null;
  // Only a verb of change or being tells of its subject's amount: "the company would spend" is spending, not the company.
  const level = verb >= 0 && (CHANGE_VERB.test(lower(tokens[verb])) || tokens[verb].pos === 'AUX');
  const levelPhrase = kind === 'money' && level ? nounPhraseBefore(tokens, verb, c.names) : null;
  const measured = (of && !PERIOD_END.test(of) ? of : null) ?? levelPhrase?.text ?? null;
  // A company's results ("third-quarter revenue", "net income") by one name each, and whose they are.
  const result = kind === 'money' ? companyResult(measured) : null;
  const ofNoun = of !== null && measured === of;
  if (result) return { kind, unit: n.unit, subject: subject ?? resultsOwner(c, ofNoun ? ofPhrase : levelPhrase, !ofNoun), attribute: result };
  return { kind, unit: n.unit, subject, attribute: measured ?? action };
}
