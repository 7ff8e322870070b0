import type { Sentence, Token } from '../doc.js';
import { lowerBound, plainLower } from '../spans.js';
import { POSSESSIVE_PRONOUNS, antecedent, nameEndingAt, type NameMention } from './names.js';
import { isSingular } from './vocabulary.js';

/**
 * Reading the words around a number, from the tagged tokens: the noun it counts ("five
 * little-known opponents"), its owner ("Tokayev's six rivals", "his five opponents"), the verb
 * it goes with ("police arrested 500 people", "500 people were detained") and the subject of
 * that verb's clause. A few patterns over POS tags, written by hand: no dependency parser
 * ships for Node without downloading a model.
 */
export interface TokenSpan {
  sentence: Sentence;
  /** Index of the first token of the number expression. */
  first: number;
  /** Index of the first token after it. */
  after: number;
}

export function locate(sentences: Sentence[], start: number, end: number): TokenSpan | null {
  const sentence = sentences[lowerBound(sentences, start + 1, (s) => s.end)];
  if (!sentence || sentence.start > start) return null;
  const tokens = sentence.tokens;
  const first = tokens.findIndex((t) => t.end > start);
  if (first < 0) return null;
  let after = first;
  while (after < tokens.length && tokens[after].start < end) after++;
  return { sentence, first, after };
}

/** A token's word in lower case, curly apostrophes straight; '' for no token. */
export const lower = (t: Token | undefined) => (t ? plainLower(t.text) : '');
const isNoun = (t: Token | undefined) => t?.pos === 'NOUN' || t?.pos === 'PROPN';
/** Participles and adjectives that modify a counted noun: "little-known", "armed", "sweeping". */
const isModifier = (t: Token | undefined) =>
  t?.pos === 'ADJ' || (t?.pos === 'VERB' && /(?:ed|en|wn|ing)$/i.test(t.text)) || t?.pos === 'ADV';
/** Adjectives used as nouns for casualties: "238 dead", "12 wounded". */
const NOMINAL_ADJECTIVES = new Set(['dead', 'injured', 'wounded', 'missing', 'killed', 'displaced', 'homeless', 'unemployed']);

export interface CountedNoun {
  /** Index of the head noun. */
  head: number;
  text: string;
  /** Index just after the noun phrase. */
  end: number;
}

/**
 * The noun a number counts: "500 people", "five little-known opponents", "hundreds of police",
 * "238 dead". `many`: the number is not one, so that a singular noun right after a plural one is
 * a verb the tagger took for a noun ("367,491 people cast a ballot"), where after "one" it is the
 * head of a compound ("one more jobs report").
 */
export function countedNoun(tokens: Token[], after: number, vague: boolean, many = true): CountedNoun | null {
  let i = after;
  // "hundreds of police", "dozens of people"; but "one of Kazakhstan's allies", "five of the ..." are partitives.
  if (lower(tokens[i]) === 'of') {
    if (!vague || tokens[i + 1]?.pos === 'PROPN' || /^(?:DET|PRON)$/.test(tokens[i + 1]?.pos ?? '')) return null;
    i++;
  }
  let head = -1;
  /** Where the noun phrase's head may start: past a hyphenated modifier ending in a noun ("two low-profile former aides"). */
  let from = i;
  /** The head if no other follows a hyphenated modifier: the noun before it ("jobs" in "21,000 jobs world-wide"), or its own ("ten patches-making it"). */
  let before = -1;
  let j = i;
  for (; j < tokens.length && j < i + 6; j++) {
    const t = tokens[j];
    if (isNoun(t)) {
      head = j;
      continue;
    }
    if (t.text === '-' && j > i && tokens[j - 1].end === t.start) continue; // "little-known", "career-long"
    if (t.pos === 'ADJ' && head > i && tokens[head - 1].text === '-' && tokens[head - 1].end === tokens[head].start) (head = -1), (from = j);
    // "four battalion-sized units", "72 work-related emails": a noun glued by a hyphen to the modifier after it is part of that modifier.
    if (isModifier(t) && head >= i && head === j - 2 && tokens[j - 1].text === '-' && tokens[head].end === tokens[j - 1].start && tokens[j - 1].end === t.start) {
      before = head > from && tokens[head - 1].pos === 'NOUN' ? head - 1 : head;
      (head = -1), (from = j);
    }
    if (isModifier(t) && head < 0) {
      // "238 dead", and "nine dead last year": a time phrase after it is no noun it modifies.
      if (NOMINAL_ADJECTIVES.has(lower(t)) && ((!isNoun(tokens[j + 1]) && !isModifier(tokens[j + 1])) || /^(?:last|this|next|on|in)$/.test(lower(tokens[j + 1])))) {
        return { head: j, text: lower(t), end: j + 1 };
      }
      continue;
    }
    break;
  }
  // The head is a common noun ("two Brooklyn officers"), not an address or a name ("473 East").
  while (head >= from && tokens[head].pos !== 'NOUN') head--;
  if (head < from && before >= 0) (head = before), (from = i);
  // ... and no acronym ("1010 WINS", a radio station).
  if (head < from || !/^\p{L}{2,}$/u.test(tokens[head].text) || /^\p{Lu}+$/u.test(tokens[head].text)) return null;
  // "367,491 people cast a ballot", "20 points Thursday night": a plural noun before a singular
  // one is the head, the other a verb the tagger took for a noun or a time after the phrase (a
  // singular head would make the number a mere modifier).
  if (many && isSingular(tokens[head].text)) {
    for (let k = head - 1; k >= from && isNoun(tokens[k]); k--) {
      if (tokens[k].pos === 'NOUN' && !isSingular(tokens[k].text) && lower(tokens[k]) !== 'news') return { head: k, text: tokens[k].text, end: k + 1 };
    }
  }
  return { head, text: tokens[head].text, end: head + 1 };
}

/** The owner right before a number: "Tokayev's six rivals", "his five opponents" (resolved). */
export function possessiveOwner(
  tokens: Token[],
  first: number,
  names: NameMention[],
  sentences: Sentence[],
): NameMention | undefined {
  let i = first - 1;
  if (lower(tokens[i]) === "'s" || lower(tokens[i]) === "'") {
    return nameEndingAt(names, tokens[i - 1]?.end ?? -1);
  }
  const pronoun = POSSESSIVE_PRONOUNS[lower(tokens[i])];
  if (pronoun) return antecedent(names, sentences, tokens[i].start, pronoun);
  // "the party's 80 seats": an owner that is no name is left out.
  return undefined;
}

const CLAUSE_BREAK = new Set([';', ':', '—', '–']);
const RELATIVE = new Set(['who', 'which', 'that', 'whose']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** Verbs that report: a number after them may open the clause they report ("officials said 95 buildings had collapsed"). */
const REPORTING = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'reported', 'reports', 'announced', 'confirmed']);

/**
 * Verbs of saying: what follows them is what was said, so they are never what a figure
 * measures ("said 5 percent") and their subject is the speaker, not what the figure is of
 * ("Marcus Aalto said the company would spend about $2 billion").
 */
const SPEECH = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'stated', 'wrote', 'writes', 'insisted', 'argued', 'noted', 'explained']);

/** Whether a token is a verb of saying (SPEECH). */
export const isSpeech = (t: Token | undefined) => t?.pos === 'VERB' && SPEECH.has(lower(t));

/** Pronouns that, in a clause reported after a verb of saying, are the speaker as often as not ("Aalto said he would", "Compaq said its net income rose"). */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'our', 'my']);

/** The verb a counted phrase is the object of ("arrested 500 people") or the subject of ("500 people were detained"). */
export function governingVerb(tokens: Token[], first: number, nounEnd: number): number {
  // Object: the verb right before, past determiners and modifiers ("detain a few dozen", "left 238").
  let reporting = -1;
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const t = tokens[i];
    if (t.pos === 'VERB' && REPORTING.has(lower(t))) {
      reporting = i;
      break;
    }
    if (t.pos === 'VERB') return i;
    if (!(t.pos === 'DET' || t.pos === 'ADV' || (t.pos === 'ADP' && /^(?:at|to|than|over|up)$/.test(lower(t))) || t.pos === 'ADJ')) break;
  }
  // Subject or reduced relative: "500 people were arrested", "500 people arrested at rallies".
  let i = nounEnd;
  while (i < tokens.length && (tokens[i].pos === 'AUX' || tokens[i].pos === 'ADV' || tokens[i].pos === 'PART')) i++;
  if (tokens[i]?.pos === 'VERB') return i;
  // "announced 500 job cuts": no clause follows, the counted phrase is the reporting verb's object.
  return reporting;
}

/** The nearest verb before `index` in its clause ("ruled ... for three decades", "won ... with 71 percent"). */
export function verbBefore(tokens: Token[], index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.has(tokens[i].text) || tokens[i].text === ',') return -1;
    if (tokens[i].pos === 'VERB' || (tokens[i].pos === 'AUX' && COPULAS.has(lower(tokens[i])) && tokens[i + 1]?.pos !== 'VERB')) return i;
  }
  return -1;
}

/**
 * Who a verb's clause is about: the nearest name before the verb, past parenthetical
 * stretches between commas (", the chosen successor of ... ,"); for a relative clause
 * ("Nazarbayev, who ruled ..."), the name the relative pronoun follows. Not back past a verb
 * of saying, but through a pronoun after it, once (`throughSpeech`): "Aalto said he would".
 */
export function clauseSubject(tokens: Token[], verb: number, names: NameMention[], throughSpeech = true): NameMention | undefined {
  let i = verb - 1;
  while (i >= 0 && (tokens[i].pos === 'AUX' || tokens[i].pos === 'ADV' || tokens[i].pos === 'PART')) i--;
  if (i >= 0 && RELATIVE.has(lower(tokens[i]))) {
    let k = i - 1;
    if (tokens[k]?.text === ',') k--;
    return k >= 0 ? nameEndingAt(names, tokens[k].end) : undefined;
  }
  // Skip back over ", the ... ," parentheticals: a comma right before the subject's verb closes one.
  let limit = i;
  if (tokens[limit]?.text === ',') {
    let open = limit - 1;
    while (open >= 0 && tokens[open].text !== ',') open--;
    const opener = tokens[open + 1];
    if (open >= 0 && (/^(?:DET|PRON|ADP)$/.test(opener?.pos ?? '') || RELATIVE.has(lower(opener)))) limit = open;
  }
  for (let k = limit; k >= 0; k--) {
    if (CLAUSE_BREAK.has(tokens[k].text)) return undefined;
    // Back past a verb of saying: the name before it is the speaker. It is what the clause is about
    // through a pronoun ("Aalto said he would spend", "Compaq said its net income rose"), or when
    // an organisation speaks of itself ("Norton Co. said net income fell 6%"); not when a person
    // speaks for one ("Aalto said the company would spend").
    if (isSpeech(tokens[k]) && k < verb) {
      if (!throughSpeech) return undefined;
      const speaker = clauseSubject(tokens, k, names, false);
      const pronoun = tokens.slice(k + 1, verb).some((t) => SPEAKER_PRONOUNS.has(lower(t)));
      return pronoun || speaker?.type === 'organization' ? speaker : undefined;
    }
    const name = nameEndingAt(names, tokens[k].end);
    if (name && name.type !== 'place' && !(k > 0 && lower(tokens[k - 1]) === 'of')) {
      // A name inside a prepositional phrase ("according to Reuters") is not the subject.
      return name;
    }
  }
  return undefined;
}
