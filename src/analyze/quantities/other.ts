import type { Token } from '../doc.js';
import { clauseSubject, isSpeech, lower, possessiveOwner, verbBefore } from './context.js';
import { CHANGE_VERB, gappedName } from './counts.js';
import type { NumberMention } from './detect.js';
import { nameStartingAt, type NameMention } from './names.js';
import type { Context, Reading } from './reading.js';
import { verbAttribute } from './vocabulary.js';

/**
 * Durations, money, measures and ordinals (readOther): an ordinal is what it ranks for its owner
 * or its clause's subject (RANKING_VERBS); an amount is of the noun before "of" or before its
 * verb (nounBefore, PERIOD_END), else of its clause's subject.
 */

/** The common noun phrase right before a verb ("net income" in "Net income fell"), or null. */
function nounBefore(tokens: Token[], verb: number, names: NameMention[]): string | null {
  let i = verb - 1;
  while (i >= 0 && tokens[i].pos === 'AUX') i--;
  const words: string[] = [];
  for (; i >= 0 && words.length < 3; i--) {
    const t = tokens[i];
    const common = t.pos === 'NOUN' || t.pos === 'ADJ' || (i === 0 && t.pos === 'PROPN' && !nameStartingAt(names, t.start));
    if (!common) break;
    words.unshift(t.text.toLowerCase());
  }
  return words.length ? words.join(' ') : null;
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
  const of = (kind === 'money' || kind === 'measure') && lower(tokens[lead - 1]) === 'of' ? nounBefore(tokens, lead - 1, c.names) : null;
  // Only a verb of change or being tells of its subject's amount: "the company would spend" is spending, not the company.
  const level = verb >= 0 && (CHANGE_VERB.test(lower(tokens[verb])) || tokens[verb].pos === 'AUX');
  const measured = (of && !PERIOD_END.test(of) ? of : null) ?? (kind === 'money' && level ? nounBefore(tokens, verb, c.names) : null);
  return { kind, unit: n.unit, subject, attribute: measured ?? action };
}
