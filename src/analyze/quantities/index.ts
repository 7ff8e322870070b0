import type { Quantity, QuantityKind } from '../../types.js';
import type { AnalysisDoc, Component, Sentence, Token } from '../doc.js';
import {
  clauseSubject,
  countedNoun,
  governingVerb,
  isSpeech,
  type CountedNoun,
  locate,
  lower,
  possessiveOwner,
  verbBefore,
  type TokenSpan,
} from './context.js';
import { detectNumbers, type NumberMention } from './detect.js';
import { antecedent, isPersonNoun, nameEndingAt, nameMentions, nameStartingAt, type NameMention } from './names.js';
import { SpanSet, lowerBound, urlSpans } from '../spans.js';
import { SCORE_NOUNS, YEAR_NOUNS, casualtySubject, isSingular, nounAttribute, verbAttribute } from './vocabulary.js';

/**
 * Finds the quantities of a report and what each is about: "nearly 71 percent of the vote"
 * is Tokayev's vote share, "the 66-year-old career diplomat" his age, "police arrested 500
 * people" 500 people arrested, "none of his five little-known opponents" his rivals. Numbers
 * inside dates ("March 2019", "the 1990s") belong to the dates and are skipped; durations
 * ("three decades") are both a date expression and a quantity.
 */
interface Reading {
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

interface Context {
  doc: Pick<AnalysisDoc, 'body' | 'sentences'>;
  names: NameMention[];
  tokens: Token[];
  span: TokenSpan;
  /** People the report brought in unnamed by their age ("an 11-year-old girl"): "the 11-year-old girl" is her again. */
  unnamed: Set<string>;
  /** The count read last in this sentence ("19 seats" for "the CDA 14" after it), which a list may go on with. */
  previous?: Quantity;
}

/** The name (or, failing that, nothing) the clause around token `index` is about. */
function subjectNear({ tokens, names }: Context, index: number): NameMention | undefined {
  const verb = verbBefore(tokens, index);
  return verb >= 0 ? clauseSubject(tokens, verb, names) : undefined;
}

/** Age: "69-year-old Tokayev", "the 66-year-old career diplomat" (coreference), "Nazarbayev, 78,". */
function readAge(n: NumberMention, c: Context): Reading {
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
function appositionAge(n: NumberMention, c: Context): Reading | null | undefined {
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
function predicateAge(n: NumberMention, c: Context): Reading | null {
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

/** Percent: "with nearly 71 percent of the vote" is the clause subject's vote share. */
function readPercent(n: NumberMention, c: Context): Reading {
  const { tokens, span, names } = c;
  const after = c.doc.body.slice(n.end, n.end + 40);
  const of = /^\s+of\s+(?:the\s+|all\s+)?(?:(?<vote>votes?|ballots?(?:\s+cast)?|the\s+vote)\b|(?<noun>[a-z]+))/i.exec(after);
  const subject = subjectNear(c, span.first)?.name ?? null;
  if (of?.groups?.vote) return { kind: 'percent', unit: n.unit, subject, attribute: 'vote share' };
  if (of?.groups?.noun) return { kind: 'percent', unit: n.unit, subject, attribute: `${of.groups.noun.toLowerCase()} share` };
  // "turnout was 77%", "a turnout of 77%", "inflation rose 5%": the noun the percentage measures.
  let i = span.first - 1;
  while (i >= 0 && (tokens[i].pos === 'AUX' || tokens[i].pos === 'ADV' || tokens[i].pos === 'ADP' || tokens[i].pos === 'VERB' || tokens[i].pos === 'DET')) i--;
  const nounLike = tokens[i]?.pos === 'NOUN' || (i === 0 && tokens[i]?.pos === 'PROPN' && !nameStartingAt(names, tokens[i].start));
  const measured = nounLike && i >= span.first - 4 ? lower(tokens[i]) : null;
  return { kind: 'percent', unit: n.unit, subject, attribute: measured };
}

/** Words for an earthquake, all one subject so that reports saying "quake" and "temblor" meet. */
const QUAKE_WORDS = 'earthquakes?|quakes?|temblors?|tremors?';
const QUAKE = new RegExp(`^(?:${QUAKE_WORDS})$`, 'i');
const SEISMIC = new RegExp(`\\b(?:${QUAKE_WORDS}|seismic|Richter)\\b`, 'i');

/** Whether a report speaks of earthquakes, read once per report (not once per magnitude: the whole body). */
let seismicOf: { body: string; seismic: boolean } | null = null;
function isSeismic(body: string): boolean {
  if (seismicOf?.body !== body) seismicOf = { body, seismic: SEISMIC.test(body) };
  return seismicOf.seismic;
}

/**
 * A magnitude (detected whole, see detect.ts): of the shock named right after it ("a 7.1-magnitude
 * quake", "a magnitude 6.1 temblor" are the earthquake's; "a magnitude 5 aftershock" the
 * aftershock's), else of the report's earthquake ("put the magnitude at 6.0").
 */
function readMagnitude(n: NumberMention, c: Context): Reading {
  const { tokens, span, doc } = c;
  const reading = { kind: 'measure', unit: 'magnitude', attribute: 'magnitude' } as const;
  // Read from the text: a decimal split by a space ("5. 9") may split the sentence and its tokens too.
  const next = /^\s*([\p{L}]+)/u.exec(doc.body.slice(n.end, n.end + 30));
  if (next && QUAKE.test(next[1])) return { ...reading, subject: 'earthquake', end: n.end + next[0].length };
  if (next && /^aftershocks?$/i.test(next[1])) return { ...reading, subject: 'aftershock', end: n.end + next[0].length };
  const after = tokens[span.after];
  const noun = after?.pos === 'NOUN' && after.start - n.end <= 1 ? after : undefined;
  if (noun) return { ...reading, subject: lower(noun), end: noun.end };
  return { ...reading, subject: isSeismic(doc.body) ? 'earthquake' : null };
}

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
function readCount(n: NumberMention, c: Context): Reading | null {
  const { tokens, span, names, doc } = c;
  const noun = countedNoun(tokens, span.after, n.approximate && n.words, n.value !== 1);
  if (!noun) {
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

/** Verbs that take a figure to a new level: "has risen to 1,240", "more than doubled in eight days to 3,105", "reached 61". */
const CHANGE_VERB =
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
function gappedName(tokens: Token[], first: number, names: NameMention[], previous: Quantity): { name: NameMention; previousFirst: number; preposition: string | null } | null {
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
function readOther(n: NumberMention, c: Context): Reading | null {
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
  // sales of about €5.2 billion", "a fine of $5 million": of the noun before "of".
  const of = kind === 'money' && lower(tokens[lead - 1]) === 'of' ? nounBefore(tokens, lead - 1, c.names) : null;
  // Only a verb of change or being tells of its subject's amount: "the company would spend" is spending, not the company.
  const level = verb >= 0 && (CHANGE_VERB.test(lower(tokens[verb])) || tokens[verb].pos === 'AUX');
  const measured = (of && !PERIOD_END.test(of) ? of : null) ?? (kind === 'money' && level ? nounBefore(tokens, verb, c.names) : null);
  return { kind, unit: n.unit, subject, attribute: measured ?? action };
}

function read(n: NumberMention, c: Context): Reading | null {
  if (n.unit === 'magnitude') return readMagnitude(n, c);
  if (n.kind === 'age') return readAge(n, c);
  if (n.kind === 'percent') return readPercent(n, c);
  if (n.kind === null) {
    const age = appositionAge(n, c);
    return age !== undefined ? age : predicateAge(n, c) ?? readCount(n, c);
  }
  return readOther(n, c);
}

/**
 * Whether a text may hold a web address: every one urlSpans finds starts with "http" or "www."
 * (case as written). Most reports hold none, and are not searched for one: urlSpans searches
 * with a copy of its pattern, compiled again after each garbage collection.
 */
function mayHoldUrl(text: string): boolean {
  return text.includes('http') || text.includes('www.');
}

export function findQuantityMentions(doc: Pick<AnalysisDoc, 'body' | 'sentences' | 'dates' | 'entities'>): Quantity[] {
  const names = nameMentions(doc);
  // Years and days belong to the dates; durations are quantities too.
  const taken = new SpanSet([...doc.dates.filter((d) => d.type !== 'DURATION'), ...(mayHoldUrl(doc.body) ? urlSpans(doc.body) : [])]);
  const quantities: Quantity[] = [];
  const unnamed = new Set<string>();
  for (const n of detectNumbers(doc.body)) {
    if (!n.raceTime && taken.overlaps(n.numberStart, n.numberEnd)) continue;
    const span = locate(doc.sentences, n.numberStart, n.end);
    if (!span) continue;
    const previous = quantities[quantities.length - 1];
    const reading = read(n, { doc, names, tokens: span.sentence.tokens, span, unnamed, previous });
    if (!reading) continue;
    // A reading that sets its own start (a year: "2019" of "below 2019 levels") sets its end too;
    // others may only take in more text after the number ("500 people").
    const start = reading.start ?? n.start;
    const end = reading.start !== undefined ? reading.end ?? n.end : Math.max(n.end, reading.end ?? 0);
    quantities.push({
      value: n.value,
      unit: reading.unit,
      kind: reading.kind,
      subject: reading.subject,
      attribute: reading.attribute,
      approximate: reading.approximate ?? n.approximate,
      text: doc.body.slice(start, end),
      start,
      end,
    });
  }
  return quantities;
}

/** Component: fills `doc.quantities`. */
export const findQuantities: Component = (doc) => {
  doc.quantities = findQuantityMentions(doc);
};
