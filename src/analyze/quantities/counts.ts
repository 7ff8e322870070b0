import type { Quantity } from '../../types.js';
import type { Token } from '../doc.js';
import { countedNoun, governingVerb, isSpeech, lower, possessiveOwner, type CountedNoun } from './context.js';
import type { NumberMention } from './detect.js';
import { nameEndingAt, type NameMention } from './names.js';
import { subjectNear, type Context, type Reading } from './reading.js';
import { SCORE_NOUNS, YEAR_NOUNS, casualtySubject, isSingular, nounAttribute, verbAttribute } from './vocabulary.js';

/**
 * Counts: what a number counts ("500 people", "Tokayev's six rivals", "238 dead") or, before a
 * noun it modifies, the year or name it is (readCount, modifierReading); a bare number as a
 * casualty toll (bareCasualties), as the new level after a verb of change (headlineCount, with
 * the CHANGE_VERB and LEVEL_NOUNS vocabulary), or as the next item of a list gapped after a
 * count (gappedName, gappedCount).
 */

/** Four digits that can be a year ("2019"; not "2,019" nor "two thousand"). */
function isYearLike(n: NumberMention, body: string): boolean {
  return Number.isInteger(n.value) && n.value >= 1800 && n.value <= 2100 && /^\d{4}$/.test(body.slice(n.numberStart, n.numberEnd));
}

/** Approximators that make a year-like number a count ("some 2000 troops"); "below 2005 levels" compares with a year. */
const COUNTING_APPROXIMATOR = /^(?:nearly|almost|about|around|roughly|approximately|some|an estimated|estimated|at least|as many as|upwards of|more than|fewer than)\b/i;

/**
 * A number that modifies its noun rather than counting it. A year: "below 2019 levels", "the
 * 2016 race", "Republican 2016 hopefuls" (a year-like number before a singular noun, a noun of
 * YEAR_NOUNS, or after a modifier, and not "some 2000 troops"), read as the year alone. A name or
 * a score: any other number but one before a singular noun ("the 757 jet", "a 2-1 win", "Week
 * 15 loss"), and the end of a score or a tally before a noun of scores: no quantity.
 * `undefined` when the number counts its noun.
 */
function modifierReading(n: NumberMention, c: Context, noun: CountedNoun): Reading | null | undefined {
  const { tokens, span, doc } = c;
  const head = tokens[noun.head];
  // Casualty words the tagger takes for nouns ("2 hurt") count people.
  const singular = head.pos === 'NOUN' && isSingular(head.text) && !casualtySubject(nounAttribute(head.text));
  if (isYearLike(n, doc.body)) {
    const counting = COUNTING_APPROXIMATOR.test(doc.body.slice(n.start, n.numberStart));
    const modified = /^(?:ADJ|PROPN|CCONJ)$/.test(tokens[span.first - 1]?.pos ?? '') || /^(?:'s|its|their|his|her|our)$/.test(lower(tokens[span.first - 1]));
    if (singular || YEAR_NOUNS.has(lower(head)) || (!counting && modified)) {
      return { kind: 'year', unit: null, subject: null, attribute: null, start: n.numberStart, end: n.numberEnd, approximate: false };
    }
  }
  if (n.tally && SCORE_NOUNS.has(lower(head))) return null;
  // A fraction below one takes the singular: "0.82 share for each share" counts shares.
  if (singular && ((n.value !== 1 && !(n.value > 0 && n.value < 1)) || n.rangeEnd || n.tally)) return null;
  return undefined;
}

/** Counts and bare numbers: "500 people", "Tokayev's six rivals", "238 dead", "hundreds of police". */
export function readCount(n: NumberMention, c: Context): Reading | null {
  const { tokens, span, names, doc } = c;
  const noun = countedNoun(tokens, span.after, n.approximate && n.words, n.value !== 1);
  if (!noun) {
    // (Not "one": "no one was hurt", "when one is killed".)
    const passive = n.value !== 1 || !n.words ? tollAfter(tokens, span.after) : null;
    if (passive && !n.rangeEnd && !n.tally) return { kind: 'count', unit: null, subject: casualtySubject(passive) ?? 'people', attribute: passive };
    if (n.words) return null; // "one of them", "the two": no number worth keeping
    // A score, a record or a tally ("a 9-14 start", "voted 5 to 4"): its two numbers count nothing alone.
    if (n.rangeEnd || n.tally) return null;
    const casualties = bareCasualties(tokens, span.first);
    if (casualties) return { kind: 'count', unit: null, subject: casualtySubject(casualties), attribute: casualties };
    const gapped = gappedCount(n, c);
    if (gapped) return gapped;
    const headline = headlineCount(tokens, span.first);
    if (headline) {
      const casualty = casualtySubject(nounAttribute(headline.noun));
      return { kind: 'count', unit: headline.noun, subject: casualty ?? headline.noun, attribute: headline.attribute ?? (casualty ? nounAttribute(headline.noun) : null) };
    }
    return { kind: isYearLike(n, doc.body) ? 'year' : 'other', unit: null, subject: null, attribute: null };
  }
  const modifier = modifierReading(n, c, noun);
  if (modifier !== undefined) return modifier;
  const end = tokens[noun.head].end;
  const unit = noun.text.toLowerCase();
  const owner = possessiveOwner(tokens, span.first, names, doc.sentences);
  if (owner) return { kind: 'count', unit, subject: owner.name, attribute: nounAttribute(noun.text), end };
  const counted = nounAttribute(noun.text);
  const casualty = casualtySubject(counted);
  if (casualty) return { kind: 'count', unit, subject: casualty, attribute: counted, end };
  const verb = governingVerb(tokens, span.first, noun.end);
  // "would hurt 40 million renters": "hurt" with an object is harm, not injury ("40 people were hurt" is).
  const harm = verb >= 0 && verb < span.first && /^hurt/i.test(tokens[verb].text);
  // "one official said": saying is no attribute of what is counted.
  const action = verb < 0 || isSpeech(tokens[verb]) ? null : harm ? 'hurt' : verbAttribute(tokens[verb].text);
  const actionCasualty = action ? casualtySubject(action) : null;
  if (actionCasualty) return { kind: 'count', unit, subject: actionCasualty, attribute: action, end };
  return { kind: 'count', unit, subject: unit, attribute: action, end };
}

/**
 * How many tokens before a bare number its toll may be: "The death toll from a magnitude 6.3
 * earthquake in eastern Turkey rose to" is 12, "The death toll from the capsizing of a ferry off
 * the Indonesian island of Sulawesi rose to" 15 (the search stops at a comma or semicolon).
 */
const TOLL_REACH = 20;

/**
 * Casualties counted by a bare number: the object of a verb of killing or wounding ("killing
 * at least 40 people and injuring 300") or a toll ("the death toll rose to 52"); the attribute, or null.
 */
function bareCasualties(tokens: Token[], first: number): string | null {
  // "the death toll (from the quake in eastern Turkey) rose to 52": a toll subject of its clause,
  // looked for a dozen tokens back at most (a clause of thousands of numbers stays linear).
  for (let i = first - 1; i >= 0 && i >= first - TOLL_REACH && tokens[i].text !== ',' && tokens[i].text !== ';'; i--) {
    if (lower(tokens[i]) === 'toll') return /^(?:injury|injuries)$/.test(lower(tokens[i - 1])) ? 'injured' : 'dead';
  }
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const word = lower(tokens[i]);
    if (word === 'at') return null; // "dies at 92": an age
    if (tokens[i].pos === 'VERB') {
      const action = verbAttribute(tokens[i].text);
      return casualtySubject(action) && !/^hurt/.test(word) ? action : null;
    }
    if (!/^(?:ADV|ADP|DET|ADJ|AUX|PART)$/.test(tokens[i].pos)) return null;
  }
  return null;
}

/** What the people of a toll underwent, as verbAttribute names it. */
const TOLL_ATTRIBUTES = new Set(['dead', 'injured', 'arrested', 'detained', 'evacuated', 'displaced', 'rescued', 'missing', 'hospitalized', 'hospitalised']);

/**
 * A toll as the subject of a passive verb, the people left unsaid: "500 were arrested", "at least
 * 20 have been killed", "Dozens were injured", "two were later released" (no toll).
 */
function tollAfter(tokens: Token[], after: number): string | null {
  if (!/^(?:were|was|are|is|have|has|had)$/.test(lower(tokens[after]))) return null;
  let i = after + 1;
  while (i < tokens.length && i - after <= 3 && (lower(tokens[i]) === 'been' || tokens[i].pos === 'ADV')) i++;
  const verb = tokens[i];
  if (!verb || !/^(?:VERB|ADJ)$/.test(verb.pos)) return null;
  const attribute = verbAttribute(verb.text);
  return TOLL_ATTRIBUTES.has(attribute) ? attribute : null;
}

/** Verbs that take a figure to a new level: "has risen to 1,240", "more than doubled in eight days to 3,105", "reached 61". */
export const CHANGE_VERB =
  /^(?:rise|rises|rose|risen|rising|gain(?:s|ed|ing)?|advance[sd]?|advancing|slip(?:s|ped|ping)?|slump(?:s|ed|ing)?|tumble[sd]?|tumbling|plunge[sd]?|plunging|shrank|shrunk|shrink(?:s|ing)?|climb(?:s|ed|ing)?|increase[sd]?|increasing|jump(?:s|ed|ing)?|grow(?:s|n|ing)?|grew|soar(?:s|ed|ing)?|surge[sd]?|surging|swell(?:s|ed|ing)?|swollen|double[sd]?|doubling|triple[sd]?|tripling|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|decline[sd]?|declining|decrease[sd]?|decreasing|reach(?:es|ed|ing)?|stand(?:s|ing)?|stood|total(?:s|ed|led|ing|ling)?|top(?:s|ped|ping)?|exceed(?:s|ed|ing)?|peak(?:s|ed|ing)?)$/;

/**
 * Plural nouns whose figure is a level, not a count of them: "prices rose to 61" is no 61
 * prices, "temperatures climbed to 45" no 45 temperatures.
 */
const LEVEL_NOUNS = new Set(
  ('prices rates yields shares stocks levels temperatures ratings scores sales earnings revenues profits losses costs wages ' +
    'salaries rents premiums tariffs taxes fees values odds points indices indexes futures bonds markets numbers figures ' +
    'totals readings counts estimates forecasts returns margins volumes exports imports reserves assets debts savings ' +
    'expenses spending payments benefits pensions bills budgets deficits surpluses')
    .split(' '),
);
/** The nouns whose count a figure is: "the number of ships", "the total of cases". */
const NUMBER_NOUNS = new Set(['number', 'total', 'tally', 'count']);

/** The head noun of the noun phrase from `from` to `limit` ("suspected cholera cases", "the number"), or -1. */
function nounPhraseHead(tokens: Token[], from: number, limit: number): number {
  let head = -1;
  for (let i = tokens[from]?.pos === 'DET' ? from + 1 : from; i < limit; i++) {
    const t = tokens[i];
    if (t.pos === 'NOUN') head = i;
    else if (!(t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'PART' || (t.pos === 'VERB' && head < 0 && /ed$/i.test(t.text)))) break;
  }
  return head;
}

/**
 * What a bare figure at the end of a change counts, from its clause's subject: "the number of
 * suspected cholera cases in Cabo Delgado has risen to 1,240" (cases), "suspected cholera cases
 * have more than doubled in eight days to 3,105" (cases), "the number of ships waiting outside
 * the port rose to 61" (ships, waited). Only a plural common noun that is no level (LEVEL_NOUNS).
 */
function headlineCount(tokens: Token[], first: number): { noun: string; attribute: string | null } | null {
  let verb = -1;
  // "rose to 61", "doubled in eight days to 3,105", "reached 61": the verb a few tokens back, in this clause.
  if (!/^(?:to|at)$/.test(lower(tokens[first - 1])) && tokens[first - 1]?.pos !== 'VERB') return null;
  for (let k = first - 1; k >= 0 && k >= first - 8 && !CLAUSE_END.has(tokens[k].text); k--) {
    if (tokens[k].pos === 'VERB') {
      verb = k;
      break;
    }
  }
  if (verb < 0 || !CHANGE_VERB.test(lower(tokens[verb]))) return null;
  // The clause's start: after a comma or the sentence's start, past "as", "and", "while".
  let start = verb - 1;
  while (start >= 0 && start > verb - TOLL_REACH && !CLAUSE_END.has(tokens[start].text)) start--;
  if (start >= 0 && !CLAUSE_END.has(tokens[start].text)) return null;
  start++;
  while (start < verb && (/^(?:SCONJ|CCONJ|ADV)$/.test(tokens[start].pos) || SUBORDINATORS.has(lower(tokens[start])))) start++;
  let head = nounPhraseHead(tokens, start, verb);
  if (head >= 0 && NUMBER_NOUNS.has(lower(tokens[head])) && lower(tokens[head + 1]) === 'of') head = nounPhraseHead(tokens, head + 2, verb);
  if (head < 0 || isSingular(tokens[head].text) || LEVEL_NOUNS.has(lower(tokens[head]))) return null;
  // "ships waiting outside the port": the participle after the noun is what they do.
  const next = tokens[head + 1];
  const attribute = head + 1 < verb && next.pos === 'VERB' && /(?:ing|ed)$/i.test(next.text) ? verbAttribute(next.text) : null;
  return { noun: lower(tokens[head]), attribute };
}

const CLAUSE_END = new Set([',', ';', ':', '—', '–']);
/** Words that open a clause, which the tagger may take for prepositions ("as" in ", as the number of ships rose"). */
const SUBORDINATORS = new Set(['as', 'while', 'after', 'since', 'because', 'when', 'although', 'though', 'whereas', 'until', 'before']);

/**
 * The name a number follows in a list that goes on with the figure before it, `previous`, in
 * its sentence (gapping): "NSC won 19 seats, the CDA 14 and the farmers' party BBB 7", "put
 * the VVD on 28 seats and GroenLinks-PvdA on 27", "Seville recorded 44.8C and Badajoz 44.1C".
 * The name's phrase opens the list item (after a comma or "and"), with the preposition before
 * `previous` if any and no verb since it. `first`: the number expression's first token.
 */
export function gappedName(tokens: Token[], first: number, names: NameMention[], previous: Quantity): { name: NameMention; previousFirst: number; preposition: string | null } | null {
  let i = first - 1;
  const preposition = tokens[i]?.pos === 'ADP' ? lower(tokens[i--]) : null;
  // "the Christian Democratic Appeal (CDA) 14": the name before its acronym.
  if (tokens[i]?.text === ')' && tokens[i - 2]?.text === '(') i -= 3;
  const name = nameEndingAt(names, tokens[i]?.end ?? -1);
  if (!name || name.end > tokens[first].start) return null;
  let k = i;
  while (k >= 0 && tokens[k].start >= name.start) k--;
  // Past the words that describe the name: "the farmers' party BBB".
  for (let steps = 0; k >= 0 && steps < 5 && /^(?:DET|ADJ|NOUN|PART|PUNCT)$/.test(tokens[k].pos) && tokens[k].text !== ','; steps++) k--;
  if (!(tokens[k]?.text === ',' || lower(tokens[k]) === 'and')) return null;
  const previousFirst = tokens.findIndex((t) => t.start >= previous.start);
  // "19 seats, the CDA 14", not "19 seats, said Smith, 14"; "Iguodala and Williams for $80 million" is no list of "$82 million deal".
  if (previousFirst < 0 || tokens.some((t, j) => j > previousFirst && j <= k && (t.pos === 'VERB' || t.pos === 'AUX'))) return null;
  if (preposition !== null && lower(tokens[previousFirst - 1]) !== preposition) return null;
  return { name, previousFirst, preposition };
}

/**
 * A bare number that goes on with the count before it in its sentence ("NSC won 19 seats, the
 * CDA 14"): that count's noun, of the name before the number. The count before it is then its
 * own name's too ("NSC", "the VVD"), where it was only the noun's.
 */
function gappedCount(n: NumberMention, c: Context): Reading | null {
  const { tokens, span, names, previous } = c;
  // A count of a plural noun ("19 seats"; not "on one side"), in this sentence.
  if (previous?.kind !== 'count' || !previous.unit || isSingular(previous.unit) || previous.start < span.sentence.start) return null;
  const gapped = gappedName(tokens, span.first, names, previous);
  if (!gapped) return null;
  if (previous.subject === previous.unit) {
    const own = gapped.preposition !== null ? nameEndingAt(names, tokens[gapped.previousFirst - 2]?.end ?? -1) : subjectNear(c, gapped.previousFirst);
    if (own) previous.subject = own.name;
  }
  return { kind: 'count', unit: previous.unit, subject: gapped.name.name, attribute: previous.attribute ?? null };
}
