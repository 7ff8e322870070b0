import type { Sentence, Token } from '../doc.js';
import { clauseSubject, lower, verbBefore } from './context.js';
import type { NumberMention } from './detect.js';
import { antecedent, isPersonNoun, nameEndingAt, nameStartingAt, type NameMention } from './names.js';
import type { Context, Reading } from './reading.js';
import { lowerBound } from '../spans.js';

/**
 * Ages: a number read as a person's (or a thing's) age, from "69-year-old Tokayev" and "the
 * 66-year-old career diplomat" (readAge), "Nazarbayev, 78," and "a man aged 34"
 * (appositionAge), "She was 91." (predicateAge), with sentenceSubject for a description that
 * opens its sentence.
 */

/** Age: "69-year-old Tokayev", "the 66-year-old career diplomat" (coreference), "Nazarbayev, 78,". */
export function readAge(n: NumberMention, c: Context): Reading {
  const { tokens, span, names, doc } = c;
  // A name right after the age and its title words: "69-year-old Tokayev", "66-year-old President Putin".
  let described: Token | undefined;
  let adjective: Token | undefined;
  for (let i = span.after; i < tokens.length && i < span.after + 4; i++) {
    const name = nameStartingAt(names, tokens[i].start);
    const last = name ? tokens.findIndex((t) => t.end >= name.end) : -1;
    if (name && tokens[last + 1]?.pos !== 'NOUN') return { kind: 'age', unit: n.unit, subject: name.name, attribute: 'age' };
    if (!(tokens[i].pos === 'NOUN' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'PROPN')) break;
    if (tokens[i].pos === 'ADJ' && described) break; // "her 25-year-old son last year": the phrase ended at "son"
    if (tokens[i].pos === 'NOUN') described = tokens[i];
    else if (tokens[i].pos === 'ADJ') adjective = tokens[i]; // the last: "a 74-year-old democratic socialist" is a socialist
  }
  // "a 61-year-old man", "an unarmed 23-year-old woman", "an 18-year-old male" bring in someone
  // new; "the 12-year-old browser" is the age of a thing.
  let k = span.first - 1;
  while (k >= 0 && tokens[k].pos === 'ADJ') k--;
  const opener = tokens[k]?.text ?? '';
  const indefinite = /^(?:a|an)$/i.test(opener);
  // "Ms. Mendes' 12-year-old daughter", "his 25-year-old son": someone else's, not the owner's age.
  const possessed = /^(?:['’]s?|his|her|their|my|our|your)$/i.test(opener);
  // "Okoro, a 34-year-old (man) from Salford": the person the description is in apposition to.
  const appositive = indefinite && tokens[k - 1]?.text === ',' ? nameEndingAt(names, tokens[k - 2]?.end ?? -1) : undefined;
  if (appositive && (appositive.type === 'person' || appositive.type === 'unknown')) return { kind: 'age', unit: n.unit, subject: appositive.name, attribute: 'age' };
  const noun = (described ?? adjective)?.text.toLowerCase();
  if (noun && (indefinite || possessed || c.unnamed.has(noun) || (described && !isPersonNoun(described.text)))) {
    if (indefinite || possessed) c.unnamed.add(noun);
    // "an unarmed 23-year-old woman, Shantel Davis": the name in apposition.
    const named = tokens[span.after + 1]?.text === ',' ? nameStartingAt(names, tokens[span.after + 2]?.start ?? -1) : undefined;
    return { kind: 'age', unit: n.unit, subject: named && described && tokens.indexOf(described) === span.after ? named.name : noun, attribute: 'age' };
  }
  // "the arrest of a 19-year-old": someone new, unnamed.
  if (indefinite) return { kind: 'age', unit: n.unit, subject: null, attribute: 'age' };
  // "The 22-year-old from Valencia, seeded 11th, became ...": a description that opens its
  // sentence goes on about the one the sentence before was about, its subject, not the last
  // person it named ("... to beat the world No. 1, Aleksandra Voronova").
  if (k === 0 && /^the$/i.test(opener) && (!described || isPersonNoun(described.text))) {
    const topic = sentenceSubject(names, doc.sentences, n.start);
    if (topic) return { kind: 'age', unit: n.unit, subject: topic.name, attribute: 'age' };
  }
  // A description: the nearest person before it who is not the subject of its own clause.
  const excluded = new Set<string>();
  const verb = verbBefore(tokens, span.first);
  const own = verb >= 0 ? clauseSubject(tokens, verb, names) : undefined;
  if (own) excluded.add(own.name);
  const person = antecedent(names, doc.sentences, n.start, 'person', excluded);
  return { kind: 'age', unit: n.unit, subject: person?.name ?? null, attribute: 'age' };
}

/**
 * The person the sentence before the one at `offset` is about: the first person named before
 * its first verb ("Lucía Fernández Ortega of Spain saved ...", "Kenya's Emmanuel Chebet broke
 * ..."), or undefined ("Police arrested John Smith").
 */
function sentenceSubject(names: NameMention[], sentences: Sentence[], offset: number): NameMention | undefined {
  const before = sentences[lowerBound(sentences, offset + 1, (s) => s.end) - 1];
  if (!before) return undefined;
  const verb = before.tokens.find((t) => t.pos === 'VERB');
  const end = verb?.start ?? before.end;
  const first = names.filter((m) => m.start >= before.start && m.end <= end && m.type !== 'place' && m.type !== 'organization');
  return first.find((m) => m.type === 'person') ?? first[0];
}

/**
 * "Nazarbayev, 78," and "Nazarbayev, aged 78": an age in apposition to a name. After "aged", also
 * of a person's noun ("a man aged 34", "A third man, aged 19,": the man's), and a range of ages
 * ("patients aged 45 to 82") is no one age: no quantity.
 */
export function appositionAge(n: NumberMention, c: Context): Reading | null | undefined {
  const { tokens, span, names } = c;
  if (AGED_RANGE.test(c.doc.body.slice(Math.max(0, n.start - 20), n.start))) return null;
  const aged = lower(tokens[span.first - 1]) === 'aged';
  if (n.words || (n.approximate && !aged) || n.value < 1 || n.value > 120 || !Number.isInteger(n.value)) return undefined;
  let before = span.first - 1;
  if (aged) before--;
  else if (!(tokens[span.after]?.text === ',' || tokens[span.after]?.text === ')' || tokens[span.after]?.text === '.')) return undefined;
  const comma = tokens[before]?.text === ',' || tokens[before]?.text === '(';
  if (!comma && !aged) return undefined;
  const name = nameEndingAt(names, tokens[comma ? before - 1 : before]?.end ?? -1);
  const noun = tokens[comma ? before - 1 : before];
  if (!name && aged && noun?.pos === 'NOUN') {
    // "died in jail, aged 77", "in her sleep aged 91": no one's noun, the age of the one the report is about.
    let k = tokens.indexOf(noun) - 1;
    while (k >= 0 && /^(?:DET|ADJ|PRON)$/.test(tokens[k].pos)) k--;
    if (tokens[k]?.pos === 'ADP' && lower(tokens[k]) !== 'of') {
      return { kind: 'age', unit: 'years', subject: antecedent(names, c.doc.sentences, n.start, 'person')?.name ?? null, attribute: 'age' };
    }
    return { kind: 'age', unit: 'years', subject: lower(noun), attribute: 'age' };
  }
  if (!name || !comma) return undefined;
  if ((name.type === 'place' || name.type === 'organization') && !goesOnAsPerson(tokens, span.after)) return undefined;
  return { kind: 'age', unit: 'years', subject: name.name, attribute: 'age' };
}

/** "aged 45 to " before the number: a range of ages. */
const AGED_RANGE = /\baged\s+\d{1,3}\s*(?:-|–|to)\s*$/i;

/**
 * Whether "Name, NN," goes on as a sentence about a person does ("Guardiola, 52, said",
 * "Smith, 40, who"): the recogniser takes some surnames for places or clubs, and a place or a
 * club is never followed by a bare number in commas and then its verb ("Texas, 12, Ohio, 9" is a list).
 */
function goesOnAsPerson(tokens: Token[], after: number): boolean {
  if (tokens[after]?.text !== ',') return false;
  const next = tokens[after + 1];
  return next?.pos === 'VERB' || next?.pos === 'AUX' || /^(?:who|whose)$/i.test(next?.text ?? '');
}

/** "She was 91.", "Felt was 95 when he died": a bare number as the age a person is said to be. */
export function predicateAge(n: NumberMention, c: Context): Reading | null {
  const { tokens, span, names, doc } = c;
  if (n.words || n.approximate || n.value < 1 || n.value > 120 || !Number.isInteger(n.value)) return null;
  // Not "'s": "Rubio's 17" is a possessive as often as a verb.
  if (!/^(?:is|was)$/i.test(tokens[span.first - 1]?.text ?? '')) return null;
  if (!/^(?:[.,;]|when|at)?$/i.test(tokens[span.after]?.text ?? '')) return null;
  const subject = tokens[span.first - 2];
  if (!subject) return null;
  // "since he was 5", "when she was 12": an age back then, not the one the report gives now.
  if (/^(?:since|when|until|till|after|before|while|as|because|if)$/i.test(tokens[span.first - 3]?.text ?? '')) return null;
  const named = nameEndingAt(names, subject.end);
  if (named) return named.type === 'person' ? { kind: 'age', unit: 'years', subject: named.name, attribute: 'age' } : null;
  if (!/^(?:he|she)$/i.test(subject.text)) return null;
  // "Fred LaRue, a Nixon administration official, has died. He was 75.": the person the sentence
  // before is about (the first named in it), not the last one named.
  const at = doc.sentences.findIndex((s) => s.start <= n.start && n.start < s.end);
  const before = doc.sentences[at - 1];
  const person = before ? names.find((m) => m.type === 'person' && m.start >= before.start && m.end <= before.end) : undefined;
  return { kind: 'age', unit: 'years', subject: person?.name ?? null, attribute: 'age' };
}
