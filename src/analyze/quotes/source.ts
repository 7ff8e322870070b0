import type { Entity } from '../../types.js';
import { lowerBound } from '../spans.js';
import { type Context, type Mention, mentionsIn, quoted, referent } from './context.js';
import { REPRESENTATIVE_NOUNS, SPEAKER_NOUNS, TITLES } from './lexicon.js';
import { roleReferent } from './roles.js';

/** The source written next to a speech verb: a name, a pronoun, a description, or the one a press service speaks for. */

/** Words that may stand between a source and its speech verb: "Trump has also said", "he did not say", "Rep. Gwen Moore (D-Wis.) said". */
const BETWEEN_SOURCE_AND_CUE =
  /(?:\s+\([^()\n]{1,30}\)|\s+(?:has|had|have|was|is|were|would|will|could|should|may|might|must|can|cannot|did|does|do|not|never|(?:did|does|do|wo|would|could|ca)n['’]t|also|however|then|later|once|previously|recently|repeatedly|again|further|quickly|simply|often|told|\p{Ll}+ly))*\s*$/u;
/** One or two appositions between a source and its verb: "Flynn, a top Trump surrogate, said", "Pruitt, the attorney general of Oklahoma, one of the states suing, said". */
const APPOSITION = /,\s*[^,“”"\n]{2,100}(?:,\s*[^,“”"\n]{2,100})?,\s*$/;
/** A proper name: capitalised words (with initials and inner particles), at the end of a text. */
export const NAME_BEFORE = /(?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:de|van|von|der|da|del|la|al|bin)\s+)?){0,4}\p{Lu}[\p{L}’'-]*\p{L}$/u;
/**
 * Whether a text may end with NAME_BEFORE, tested without the pattern, which tries every position
 * of the text: its last word (letters, apostrophes, hyphens) must hold a capital. Only ASCII is
 * read: a text whose last word has another character is left to the pattern.
 */
function mayEndWithName(text: string): boolean {
  for (let k = text.length - 1; k >= 0; k--) {
    const ch = text.charCodeAt(k);
    if (ch >= 0x80 ? ch !== 0x2019 : ch <= 0x5a && ch >= 0x41) return true;
    if (!((ch >= 0x61 && ch <= 0x7a) || ch === 0x27 || ch === 0x2d || ch === 0x2019)) return false;
  }
  return false;
}
/**
 * Where a text's last words start, after its last `runs` runs of white space: a pattern anchored
 * at the text's end whose match holds at most `runs` such runs, and starts with no white space,
 * matches from there on, as it would in the whole text. 0 when the text has no more runs.
 */
function lastWordsStart(text: string, runs: number): number {
  let seen = 0;
  for (let k = text.length; k > 0; k--) {
    if (!isSpace(text.charCodeAt(k - 1))) continue;
    if (++seen > runs) return k;
    while (k > 1 && isSpace(text.charCodeAt(k - 2))) k--;
  }
  return 0;
}
/** What \s matches (checked against it over every code point). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/**
 * A pattern anchored at the text's end, run from `from` on, its index in the whole text: the
 * patterns below try every position of up to 160 characters, and match only in the last words.
 */
function execFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  if (from === 0) return pattern.exec(text);
  const match = pattern.exec(text.slice(from));
  if (match) match.index += from;
  return match;
}
/** NAME_BEFORE holds at most 8 runs of white space: 4 words, each maybe with a particle ("de", "van") after it. */
const NAME_BEFORE_RUNS = 8;
/** DESCRIPTION_BEFORE holds at most 4 runs of white space after its first word ("the"), and one maybe before it. */
const DESCRIPTION_BEFORE_RUNS = 4;

/** NAME_BEFORE's match in a text, found in its last words only. */
export function nameBefore(text: string): RegExpExecArray | null {
  return mayEndWithName(text) ? execFrom(NAME_BEFORE, text, lastWordsStart(text, NAME_BEFORE_RUNS)) : null;
}
/**
 * DESCRIPTION_BEFORE's match in a text, found from the last space before its first word: there
 * `^` matches no first word, and [\s,(] the same space as in the whole text.
 */
export function descriptionBefore(text: string): RegExpExecArray | null {
  return execFrom(DESCRIPTION_BEFORE, text, Math.max(0, lastWordsStart(text, DESCRIPTION_BEFORE_RUNS) - 1));
}

export const NAME_AFTER = /^(?:\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:de|van|von|der|da|del|la|al|bin)\s+)?|$)){1,5}/u;
/**
 * A source described rather than named: "the announcer", "the ad’s narrator", "a senior aide".
 * Under the i flag \p{Ll} matches capitals too, so that "a New Hampshire Democrat" is one. A
 * comma is read inside it only before a word in -based: "the Cupertino, California-based company".
 */
export const DESCRIPTION_BEFORE = /(?:^|[\s,(])((?:the|a|an|one|his|her|their|its|several|some|many|other|two|three)\s+(?:[\p{L}’'-]+(?:,(?=\s+[\p{L}’'-]+-based\s))?\s+){0,3}(?:\p{Ll}[\p{Ll}’'-]+|\d{1,3}-year-old))$/iu;
const DESCRIPTION_AFTER = /^\s+((?:the|a|an|one|his|her|their|its|several|some|many|other|two|three)\s+(?:[\p{L}’'-]+\s+){0,3}\p{Ll}[\p{Ll}’'-]+)(?=\s*(?:[,.;:]|$|\s+(?:in|on|at|of|who|during|after|before|while|when|about|to)\b))/iu;
/** What may describe a person between a speech verb and the name: "Cuban journalist", "the economist", "former Secretary". */
export const ROLE_BEFORE_NAME = /^\s+(?:(?:the|a|an)\s+)?(?:(?!(?:that|on|in|at|to|of|after|before|during|when|while|about|for|with|from|by|and|but|he|she|they|it|we|is|was|has|had|will|would)\s)[\p{L}.’'-]+\s+){1,3}$/u;
/** A lower-case word after a name that is no preposition or conjunction: the name modifies it ("a Cruz adviser"). */
const NOUN_AFTER_NAME = /^\s+(?!(?:at|in|on|of|for|with|during|after|before|when|while|as|and|but|to|from|outside|near|who)\b)\p{Ll}/u;
const SPEAKING_PRONOUN = /\b(he|she|they|i|we)$/i;
/** Speech verbs whose object is the one spoken to. */
export const ADDRESSING = /^(?:tell|tells|told|telling)$/i;

/**
 * A description up to its verb: "The Vermont senator emailed supporters" is the senator. A word
 * in -ed after the first noun ends it ("the retired general" keeps its adjective), unless it is
 * hyphened: "the Cupertino, California-based company", "the state-owned lender" are adjectives.
 */
function nounPhrase(description: string): string {
  const words = description.split(/\s+/);
  const verb = words.findIndex((w, k) => k >= 2 && /^[^-]*\p{Ll}ed$/u.test(w));
  return verb > 0 ? words.slice(0, verb).join(' ') : description;
}
/** A source that speaks for a name: "Tokayev's campaign website", "Zheleznyak’s press service". */
const REPRESENTED = /((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u;
/** What REPRESENTED holds, found faster: most texts before a verb have no possessive and are not searched with it. */
const POSSESSIVE = /['’]s/;

/** Capitalised words that open sentences and name no one: pronouns, days and months ("Rep. Moore (D-Wis.) said Friday."). */
const NOT_A_NAME =
  /^(?:he|she|it|they|we|you|this|that|these|those|there|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\.?$/i;

/** An entity's name as a speaker: "Mayor Stone" is the "Bob Stone" named elsewhere in the report. */
export function nameOf(c: Context, entity: Entity): string {
  const words = entity.name.split(/\s+/);
  if (words.length < 2 || !TITLES.has(words[0].toLowerCase().replace(/\.$/, ''))) return entity.name;
  return resolveName(c, entity.name, -1) ?? entity.name;
}

/** A proper-name run as a speaker: the entity it names (by its surname), else the run itself. */
export function resolveName(c: Context, run: string, at: number): string | null {
  const words = run.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0].toLowerCase().replace(/\.$/, ''))) words.shift();
  if (!words.length || (words.length === 1 && (TITLES.has(words[0].toLowerCase().replace(/\.$/, '')) || words[0].length < 2 || NOT_A_NAME.test(words[0])))) return null;
  const covering = at >= 0 ? c.mentions[lowerBound(c.mentions, at + 1, (m) => m.start) - 1] : undefined;
  if (covering && covering.end > at && covering.entity.name.split(/\s+/).length >= words.length) return covering.entity.name;
  const last = words[words.length - 1];
  return c.bySurname.get(last) ?? words.join(' ');
}

/** The mention ending right at `at` (a name written just before a verb). */
function mentionEndingAt(c: Context, at: number): Mention | undefined {
  const i = lowerBound(c.mentions, at, (m) => m.start) - 1;
  for (let k = i; k >= 0 && k >= i - 3; k--) if (c.mentions[k].end === at || (c.mentions[k].end === at - 2 && /['’]s$/.test(c.body.slice(at - 2, at)))) return c.mentions[k];
  return undefined;
}

/** "of", "at" or "from" (and "the") before a name: the organisation or place someone is of. */
const AFFILIATION_BEFORE = /\s(?:of|at|from)\s+(?:the\s+)?$/;

/**
 * The person a name before a verb belongs to: "Mark Zandi of Moody's Analytics said", "Brianne
 * Stone of Huntsville says". The person speaks; the organisation or place only says who they are.
 */
function affiliated(c: Context, nameStart: number): string | null {
  const preposition = AFFILIATION_BEFORE.exec(c.body.slice(Math.max(0, nameStart - 12), nameStart));
  if (!preposition) return null;
  const person = mentionEndingAt(c, nameStart - preposition[0].length);
  return person && person.entity.type === 'person' && !quoted(c, person.start) ? nameOf(c, person.entity) : null;
}

/** Parts of an apposition that name no one: "Several candidates, including Trump, said", "Trump, who has 9 million followers, said". */
const NOT_A_SOURCE_PART = /^\s*(?:including|such as|like|with|from|of|in|on|at|for|by|especially|notably|who|which|whose|\p{Ll}+ing)\b/u;

/**
 * Before an apposition the name is its head ("Flynn, a top surrogate, said") or one of its parts
 * ("In a statement, Brian Fallon, a spokesman for the campaign, said"; "the candidate, regional
 * bureaucrat Resulberdy Mammedov, said"): the text up to the end of each part that may name one.
 */
function appositionEnds(before: string, from: number): string[] {
  const ends: string[] = [];
  for (let comma = before.indexOf(',', from); comma >= 0; ) {
    const next = before.indexOf(',', comma + 1);
    if (next < 0) break;
    if (!NOT_A_SOURCE_PART.test(before.slice(comma + 1, next))) ends.push(before.slice(0, next));
    comma = next;
  }
  return ends;
}

/** Whether a text before a speech verb ends with a person's name, `from` being where the text starts: the apposition of "Thornton's lawyer, Rebecca Lyle, said". */
function endsWithPerson(c: Context, from: number, text: string): boolean {
  return mentionEndingAt(c, from + text.length)?.entity.type === 'person';
}
/** A name after a personal title: "Dr. Anne Leroy". */
const TITLED_NAME = /^(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+(?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:de|van|von|der|da|dos|del|la|al|bin|bint)\s+)?){0,4}\p{Lu}[\p{L}’'-]*\p{L}$/u;

/**
 * Whether the last part of an apposition, ending `text` (which starts at `from`), is a person's
 * name and nothing else: ", Thomas Reinholt" or ", Dr. Anne Leroy", not ", known as Katie".
 */
function nameOnlyPart(c: Context, from: number, text: string): boolean {
  const part = text.slice(text.lastIndexOf(',') + 1);
  const partStart = from + text.length - part.length;
  const mention = mentionEndingAt(c, from + text.length);
  if (mention?.entity.type === 'person' && mention.start >= partStart && /^\s*(?:\p{Lu}[\p{L}’'.-]*\s+)*$/u.test(c.body.slice(partStart, mention.start))) return true;
  return TITLED_NAME.test(part.trim());
}

/** A name as the object of a preposition in what describes someone: "The chief executive of Calloway", "Police in Seoul", "the employers' association ZDS". */
const NAME_IN_DESCRIPTION = /(?:^|\s)(?:of|in|at|for|from)\s+(?:[\p{L}’'-]+\s+){0,3}$/u;
/** Where a description starts inside the text before its verb: after the last clause break. */
const CLAUSE_BREAK = /^[\s\S]*[,;:(—–”"]\s*/;
/** Words that open no description: a preposition or a conjunction that opens a clause ("after the boy's relatives in Miami"). */
const NOT_A_DESCRIPTION = /^(?:after|before|with|without|by|as|when|while|whereas|since|because|if|although|though|until|for|of|in|on|at|to|from|into|saying|said|says)$/i;
/** Nouns that head a description of someone speaking but are not in SPEAKER_NOUNS: "the head of", "the coordinator for". */
const PERSON_NOUN = /(?:er|or|ist|ian|ant|ent|ive|ers|ors|ists|ians|ants|ents|ives|head|chief|boss|police)$/;

/**
 * The description a place's name ends, when its head can speak: "Police in Seoul", "Workers at
 * the port of Paranaguá", "The agency's representative in Maputo". A place speaks for no one: the
 * police speak, not Seoul. `text` starts at `from` and ends with the place's name at `nameStart`;
 * null when it is no such description. A description in apposition speaks for the person before
 * it ("Sandra Inman, a Cruz supporter from Jackson"; not "... against Cosa Nostra, police in Sicily said").
 */
function describedAtPlace(c: Context, from: number, text: string, nameStart: number): string | null {
  const lead = text.slice(0, nameStart);
  if (!c.placeEnds.has(from + text.length) || !NAME_IN_DESCRIPTION.test(lead)) return null;
  const clauseStart = CLAUSE_BREAK.exec(lead)?.[0].length ?? 0;
  const phrase = text.slice(clauseStart).trim().replace(/^(?:and|but)\s+/i, '');
  const words = phrase.slice(0, phrase.length - (text.length - nameStart)).split(/\s+/).filter(Boolean);
  const preposition = words.findIndex((w) => /^(?:of|in|at|for|from)$/.test(w));
  const head = words[preposition - 1]?.toLowerCase().replace(/['’]s$/, '') ?? '';
  if (preposition < 1 || preposition > 4 || words.length > 9 || NOT_A_DESCRIPTION.test(words[0]) || !(SPEAKER_NOUNS.has(head) || PERSON_NOUN.test(head))) return null;
  const person = /,\s*$/.test(lead.slice(0, clauseStart)) && /^(?:a|an|the)$/i.test(words[0]) ? mentionEndingAt(c, from + lead.slice(0, clauseStart).replace(/,\s*$/, '').length) : undefined;
  return person?.entity.type === 'person' ? nameOf(c, person.entity) : phrase;
}

/**
 * The source written next to a speech verb at [cueStart, cueEnd): right before it ("Chuck
 * Jordan said", "Flynn, a top surrogate, said", "the announcer said", "he said") or right after
 * it ("said Robert McAtee", "says the ad’s narrator"); `lo` and `hi` bound the search.
 */
export function sourceAt(c: Context, cueStart: number, cueEnd: number, lo: number, hi: number, quoteStart: number): string | null {
  const body = c.body;
  let before = body.slice(Math.max(lo, cueStart - 160), cueStart);
  before = before.slice(0, before.length - (BETWEEN_SOURCE_AND_CUE.exec(before)?.[0].length ?? 0));
  const apposition = APPOSITION.exec(before);
  const head = apposition ? before.slice(0, apposition.index) : before;
  const candidates = apposition ? [head, ...appositionEnds(before, apposition.index)] : [before];
  for (const text of candidates) {
    const at = cueStart - (body.slice(Math.max(lo, cueStart - 160), cueStart).length - text.length);
    // "Zheleznyak’s press service", "Tokayev's campaign website": who they speak for; unless an
    // apposition names the one who speaks ("Thornton's lawyer, Rebecca Lyle, said").
    const representative = POSSESSIVE.test(text) ? REPRESENTED.exec(text) : null;
    if (representative && REPRESENTATIVE_NOUNS.has(representative[2].toLowerCase()) && !(text === head && candidates.slice(1).some((end) => endsWithPerson(c, at - text.length, end)))) {
      const speaker = resolveName(c, representative[1], at - representative[0].length);
      if (speaker) return speaker;
    }
    const mention = mentionEndingAt(c, at);
    const name = nameBefore(text);
    const nameStart = mention && !quoted(c, mention.start) ? text.length - (at - mention.start) : name?.index;
    // "The chief executive of Calloway, Thomas Reinholt, said": the name in the description says
    // who the person in the apposition is; the person speaks (not in "Ted Cruz of Texas, ...").
    if (
      text === head &&
      nameStart !== undefined &&
      NAME_IN_DESCRIPTION.test(text.slice(0, nameStart)) &&
      !affiliated(c, at - text.length + nameStart) &&
      candidates.slice(1).some((end) => nameOnlyPart(c, at - text.length, end))
    )
      continue;
    if (mention && !quoted(c, mention.start)) return affiliated(c, mention.start) ?? nameOf(c, mention.entity);
    // "the Italian said", "the Dutchman said": one described by a capitalised word, no name.
    if (name && !/\s/.test(name[0]) && /(?:^|\s)(?:the|a|an)\s+$/i.test(text.slice(0, name.index))) continue;
    if (name) {
      const speaker = affiliated(c, at - name[0].length) ?? describedAtPlace(c, at - text.length, text, name.index) ?? resolveName(c, name[0], at - name[0].length);
      if (speaker) return speaker;
    }
  }
  const pronoun = SPEAKING_PRONOUN.exec(before);
  if (pronoun) return /^(?:he|she)$/i.test(pronoun[1]) ? (referent(c, quoteStart)?.name ?? null) : null;
  const described = descriptionBefore(head);
  // "In a statement released Thursday, ...": a preposition's object is no source.
  const description = described && !/\b(?:in|on|at|of|for|with|from|by|to|after|before|during|about|under|over)\s*$/i.test(head.slice(0, described.index + described[0].length - described[1].length)) ? described : null;
  // "told his supporters", "telling the crowd": who is told is not who speaks.
  if (ADDRESSING.test(body.slice(cueStart, cueEnd))) return description ? byRole(c, nounPhrase(description[1]), cueStart) : null;
  const after = body.slice(cueEnd, Math.min(hi, cueEnd + 100));
  const lead = /^\s+/.exec(after)?.[0].length ?? 0;
  // "said Sen. John Mica": only title words between the verb and the name; "said Cuban journalist
  // Luis Baez", "said the economist Maria Lopez": a person named after the words that describe him.
  // A name that starts near the verb may end past the window: "said Sindestiva president Rodnei Oliveira da Silva".
  const near = mentionsIn(c, cueEnd, Math.min(hi, cueEnd + lead + 100)).filter((m) => m.start < cueEnd + lead + 40 && !quoted(c, m.start));
  const following = near[0];
  // ...not a name that modifies a noun after it ("said one Trump confidant", "a Cruz adviser"; "said
  // union president Rodnei Silva at a rally" goes on with a preposition).
  const introduced = near.find((m) => m.entity.type === 'person' && ROLE_BEFORE_NAME.test(body.slice(cueEnd, m.start)) && !NOUN_AFTER_NAME.test(body.slice(m.end, m.end + 12)));
  if (introduced) return nameOf(c, introduced.entity);
  if (following && following.start - cueEnd <= lead + 30 && /^\s*(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(body.slice(cueEnd, following.start))) return nameOf(c, following.entity);
  const nameAfter = NAME_AFTER.exec(after.slice(lead));
  if (nameAfter) {
    const speaker = resolveName(c, nameAfter[0].trim(), cueEnd + lead);
    if (speaker) return speaker;
  }
  if (/^\s+(?:he|she)\b/i.test(after)) return referent(c, quoteStart)?.name ?? null;
  const describedAfter = DESCRIPTION_AFTER.exec(after);
  if (description) return byRole(c, nounPhrase(description[1]), cueStart);
  if (describedAfter) return byRole(c, describedAfter[1], cueStart);
  return null;
}

/** A described source as a speaker: the one the report gave that role ("the minister" is Ana Torres), else the description. */
function byRole(c: Context, description: string, at: number): string {
  return roleReferent(c, description, at) ?? description;
}

/** A preposition right before a name: the name is its object, not a clause's subject ("worried about a lack of passion for Hillary Clinton"). */
export const PREPOSITION_BEFORE = /\b(?:of|for|about|with|to|from|by|against|among|at|in|on|over|after|before)\s+(?:the\s+|Mr\.\s+|Mrs\.\s+|Ms\.\s+)?$/i;

/** The subject of the text in [from, to): its first name outside quotations that is no preposition's object. */
export function subjectIn(c: Context, from: number, to: number): Mention | undefined {
  return mentionsIn(c, from, to).find((m) => !quoted(c, m.start) && !PREPOSITION_BEFORE.test(c.body.slice(Math.max(from, m.start - 24), m.start)));
}

/** A name after a speech verb and a preposition is no speaker: "speaking of Clinton’s health", "said after meeting Putin". */
export const OBJECT_OF_PREPOSITION = /^\s*(?:of|about|on|to|with|for|at|after|before|in)\b/i;

/**
 * Whether a speech verb speaks for the subject of its sentence, the first named in it: a
 * participle after a comma ("Weaver was not impressed with Sanders’ remarks, telling reporters,
 * “...”") or a verb after "when" ("Le Pen told CNN when asked, “...”").
 */
export function speaksForSubject(beforeCue: string, cue: string): boolean {
  return (/ing$/i.test(cue) && /,(?:["”’]|'')?\s*$/.test(beforeCue)) || /\b(?:when|after|as|once|if)\s+$/i.test(beforeCue);
}
