import type { TaggedSpan } from './perceptron.js';
import type { Token } from '../doc.js';
import { OFFICE_TITLES, ORG_HEADS, SHORT_TITLES, US_STATES } from './rules.js';
import { isEnglishWord } from '../../clean/dictionary.js';

/**
 * Repairs of the tagger's spans before they become mentions: names it cut in two are joined,
 * names it ran together across a short title are split. Hand-written: no library does this, and
 * each rule was found in its output on news (PolNeAR, ECB+) and checked on CoNLL-2003.
 */

/** A title as the sets hold it: lowercase, without the period of an abbreviation ("Sen." is "sen"). */
export const titleWord = (text: string) => {
  const lower = text.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};

/** A capitalised word that may be a surname: not a company's legal form ("Pirelli SpA") nor an organisation's word. */
function isSurnameLike(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && !/^(?:SpA|AG|SA|NV|BV|plc|PLC|GmbH|Inc\.?|Ltd\.?|Corp\.?|Co\.?|LLC|LP)$/.test(word) && !ORG_HEADS.has(word);
}

function hasLowerCaseWord(span: TaggedSpan): boolean {
  for (let k = span.first; k <= span.last; k++) if (/(?:^|-)\p{Ll}/u.test(span.tokens[k].text)) return true;
  return false;
}

/** Whether `span` begins at the word right after `prev` ends, in the same sentence. */
function touching(prev: TaggedSpan, span: TaggedSpan): boolean {
  return prev.tokens === span.tokens && prev.last + 1 === span.first;
}

/** `title` is a short title tagged alone and `name` follows it after one or two capitalised words only. */
function titleThenName(title: TaggedSpan, name: TaggedSpan): boolean {
  if (title.tokens !== name.tokens || title.first !== title.last || !SHORT_TITLES.has(titleWord(title.tokens[title.first].text))) return false;
  const gap = name.first - title.last - 1;
  if (gap < 1 || gap > 2) return false;
  for (let k = title.last + 1; k < name.first; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(title.tokens[k].text)) return false;
  return true;
}

/** One untagged middle initial between a span ending in a first name and a person ("James" "R." "Dabney"). */
function initialBetween(prev: TaggedSpan, span: TaggedSpan): boolean {
  const t = span.tokens;
  return prev.tokens === t && span.first === prev.last + 2 && /^\p{Lu}\.$/u.test(t[prev.last + 1].text) && /^\p{Lu}\p{Ll}+$/u.test(t[prev.last].text) && /^\p{Lu}\p{Ll}/u.test(t[span.first].text);
}

/**
 * A name the tagger cut in two, side by side in one sentence, is one name: a middle initial
 * starting a second person ("Donald" and "J. Trump", "George" and "W. Bush"), a first name and
 * the surname after it typed otherwise ("M." a person, "McCague" an organisation), a short title
 * and a name with the first name between them untagged ("Sen." "Ted" "Cruz"), a first name and a
 * surname with the middle initial between them untagged ("James" "R." "Dabney"), or a name and an
 * organisation's last word (or name ending in one) after it ("Democratic" and "Party").
 */
export function joinCutNames(spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const adjacent = prev && touching(prev, span);
    if (adjacent && prev.type === 'PER' && span.type === 'PER' && /^\p{Lu}\.$/u.test(span.tokens[span.first].text) && span.last > span.first)
      out[out.length - 1] = { ...prev, last: span.last, end: span.end };
    // A first name and the surname typed otherwise right after it ("Donald" PER, "Trump" ORG) are one person.
    else if (adjacent && prev.type === 'PER' && span.type !== 'PER' && prev.first === prev.last && span.first === span.last && isSurnameLike(span.tokens[span.first].text))
      out[out.length - 1] = { ...prev, last: span.last, end: span.end };
    // A short title tagged alone, untagged capitalised words, then a name: one titled person ("Sen." "Ted" "Cruz").
    else if (prev && titleThenName(prev, span)) out[out.length - 1] = { ...prev, last: span.last, end: span.end, type: 'PER' };
    // A middle initial the tagger left out between a first name and a surname it tagged a person ("Judge James" "R." "Dabney").
    else if (prev && (span.type === 'PER' || (prev.type === 'PER' && span.first === span.last)) && initialBetween(prev, span)) out[out.length - 1] = { ...prev, last: span.last, end: span.end, type: prev.first === prev.last ? 'PER' : prev.type };
    // Likewise "Democratic" and "Party": an organisation's last word alone, right after a name, ends it.
    // So does a name ending in one, cut from the words before it ("World" and "Health Organization").
    // (Not after a modifier: "Soviet-era", "Republican-controlled".)
    else if (adjacent && ORG_HEADS.has(span.tokens[span.last].text) && span.last - span.first <= 2 && prev.last - prev.first <= 1 && !hasLowerCaseWord(prev))
      out[out.length - 1] = { ...prev, last: span.last, end: span.end, type: 'ORG' };
    else if (prev && joinedByAnd(prev, span)) out[out.length - 1] = { ...prev, last: span.last, end: span.end, type: 'ORG' };
    else out.push(span);
  }
  return out;
}

/**
 * An organisation's name with "and" inside, cut there: "National Earthquake Monitoring" and
 * "Research Center". Only when the words before "and" (two at least) end in no organisation's
 * word nor a department's ("Homeland Security"), and those after it are words of the dictionary
 * (no name: "Vodafone Group"), no department's ("Justice Department"), ending in an
 * organisation's word that is no legal form: "Harvard University and Boston Medical Center",
 * "Ford and General Motors Corp." stay two.
 */
function joinedByAnd(prev: TaggedSpan, span: TaggedSpan): boolean {
  const t = span.tokens;
  if (prev.tokens !== t || span.first !== prev.last + 2 || t[prev.last + 1].text !== 'and' || prev.type !== 'ORG' || span.type !== 'ORG') return false;
  const head = t[span.last].text;
  if (prev.last === prev.first || span.last - span.first > 2 || !(ORG_HEADS.has(head) || CENTRES.has(head)) || LEGAL_FORMS.has(head)) return false;
  const department = (w: string) => OFFICE_OF.has(w.toLowerCase());
  const words = t.slice(span.first, span.last).map((x) => x.text);
  return !ORG_HEADS.has(t[prev.last].text) && !department(t[prev.last].text) && !hasLowerCaseWord(prev) && words.every((w) => isEnglishWord(w) && !department(w));
}
/** Last words of institutes' names that ORG_HEADS leaves out, being places' too ("Rockefeller Center"): after "and", an institute's. */
const CENTRES = new Set(['Center', 'Centre']);

/**
 * The tagger sometimes opens a new name of the same type at a name's last word ("Donald" and
 * "Trump", "Central" and "Asian"): one word right after a name of one or two words, of its type,
 * with one space between and every word capitalised, is the same name. CoNLL-2003 eng.testa
 * 0.888 -> 0.889; in the analysis snapshot, 133 reports gain names such as Donald Trump (11),
 * Ellen DeGeneres, Central Asian, Megyn Kelly. Longer runs are left alone: in Title Case headlines
 * they joined a name to the words after it ("Ellen DeGeneres Set As Oscars Host For").
 */
export function joinTouching(spans: TaggedSpan[], body: string): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const short = prev && touching(prev, span) && prev.type === span.type && span.first === span.last && prev.last - prev.first <= 1;
    // A name's first word tagged apart from the two after it: "Yoon" "Suk Yeol", "Gaetano" "Lo Presti", "Hillary" "Rodham Clinton".
    // Neither end an English word: "Starring" "Jimmy Fallon" and "Clinton" "White House" are no one's name.
    const familyFirst =
      prev && touching(prev, span) && prev.type === 'PER' && span.type === 'PER' && prev.first === prev.last && span.last - span.first === 1 &&
      PLAIN_NAME_WORD.test(prev.tokens[prev.first].text) && PLAIN_NAME_WORD.test(span.tokens[span.last].text) &&
      !isEnglishWord(prev.tokens[prev.first].text) && !isEnglishWord(span.tokens[span.last].text);
    // A compass word tagged apart from the name it heads is part of it, whatever the types: "Central" (other) "Asian" (a place).
    const compass = prev && touching(prev, span) && prev.first === prev.last && span.first === span.last && COMPASS.has(prev.tokens[prev.first].text);
    // A name and its rest from a capitalised particle on, tagged apart: "Luigi" "Di Maio", "Plaza" "De Mayo", "Ciudad" "Del Este".
    // The first word says what it is: a first name a person, a square or a town a place.
    const particled = prev && touching(prev, span) && prev.first === prev.last && span.last - span.first === 1 && CAPITAL_PARTICLES.has(span.tokens[span.first].text);
    if (particled) out[out.length - 1] = { ...prev, last: span.last, end: span.end };
    else if ((short || compass || familyFirst) && body.slice(prev.start, span.end).split(' ').every((w) => NAME_WORD.test(w))) out[out.length - 1] = { ...prev, last: span.last, end: span.end, type: span.type };
    else out.push(span);
  }
  return out;
}
/** Particles that begin surnames written with a capital: Le Pen, Di Maio, De Niro, Van Gogh. */
export const CAPITAL_PARTICLES = new Set(['Le', 'La', 'De', 'Di', 'Da', 'Du', 'Del', 'Van', 'Von']);
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Central', 'Northern', 'Southern', 'Eastern', 'Western']);
/** A capitalised word without a hyphen ("LaCalamita", "D'Amato"; not "President-elect", "T-shirts"). */
const PLAIN_NAME_WORD = /^\p{Lu}[\p{L}'’]*$/u;
/** A capitalised word of a name ("O'Malley", "Jones-Drew") or an initial ("U."). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$|^\p{Lu}\.$/u;

/**
 * Where the name after a title at token k of a span starts, when the title splits the span, or
 * -1: a short title before a capitalised word, an office (of one word or more: "Chief
 * Executive", "Secretary-General") before a first name and a surname.
 */
function nameAfterTitle(span: TaggedSpan, k: number, taggedStarts: ReadonlySet<number>): number {
  const t = span.tokens;
  const word = titleWord(t[k].text);
  if (SHORT_TITLES.has(word)) return /^\p{Lu}/u.test(t[k + 1].text) ? k + 1 : -1;
  if (!OFFICE_TITLES.has(word) || !/^\p{Lu}/u.test(t[k].text)) return -1;
  // The office goes on: "Chief Executive Officer", "Chief Financial Officer", "Secretary-General".
  let n = k + 1;
  while (n <= span.last && ((/^\p{Lu}/u.test(t[n].text) && OFFICE_GOES_ON.has(t[n].text.toLowerCase()) && OFFICE_TAILS.has(t[n].text.toLowerCase())) || (t[n].text === '-' && n + 1 <= span.last && OFFICE_HYPHENED.has(t[n + 1].text.toLowerCase())))) n += t[n].text === '-' ? 2 : 1;
  if (n > span.last) return -1;
  // The surname may be the word after the span: the tagger read "Senate Majority Leader Mitch" as one name and left "McConnell" out.
  const after = t[span.last + 1];
  const surname = span.last - n >= 1 ? t[span.last] : span.last === n && after && !taggedStarts.has(after.start) ? after : undefined;
  const named = surname !== undefined && (isSurnameLike(t[n].text) || /^\p{Lu}\.$/u.test(t[n].text)) && !OFFICE_GOES_ON.has(t[n].text.toLowerCase()) && isSurnameLike(surname.text);
  return named ? n : -1;
}
/** Words that end an office of several words before a name: "Chief Executive", "Chief Operating Officer". */
export const OFFICE_TAILS = new Set('executive operating financial officer information technology'.split(' '));
/** Words after a hyphen that go on with an office: "Secretary-General", "President-elect". */
const OFFICE_HYPHENED = new Set(['general', 'elect', 'designate']);
/** Words that continue an office rather than begin a name: "Chief of Staff", "Chief Executive", "Attorney General". */
const OFFICE_GOES_ON = new Set('of for and executive operating financial officer justice deputy general staff fire information technology'.split(' '));

/**
 * A tagged name with a title inside, before a name, is two: what comes before it (of the
 * tagger's type, but not a person: "Indiana Gov. Mike Pence" tagged as one person leaves Indiana
 * of no known type), and the titled name from the title on, with the surname right after the
 * span when the tagger stopped at the first name (`taggedStarts`: where tagged names start).
 */
export function splitAtTitle(span: TaggedSpan, taggedStarts: ReadonlySet<number>): TaggedSpan[] {
  for (let k = span.first + 1; k < span.last; k++) {
    const n = nameAfterTitle(span, k, taggedStarts);
    if (n < 0) continue;
    const last = span.last === n ? span.last + 1 : span.last;
    // An office of several words stays out of the name ("Chief Executive David Okafor" is David Okafor); one word is a title the rules after take out and read.
    const from = n > k + 1 ? n : k;
    const titled: TaggedSpan = { ...span, first: from, start: span.tokens[from].start, last, end: span.tokens[last].end, type: 'PER' };
    // The words of the office before its title belong to neither: "Fulton County District Attorney Paul Howard" names Fulton County,
    // "Senate Republican Leader Mitch McConnell" the Senate, "Labour Minister Jeannette Jara" no one.
    let cut = k;
    const court = /^(?:justice|judge)$/i.test(span.tokens[k].text); // "Chief Justice", "Chief Judge"
    while (cut - 1 >= span.first && (OFFICE_MODIFIERS.has(span.tokens[cut - 1].text.toLowerCase()) || OFFICE_OF.has(span.tokens[cut - 1].text.toLowerCase()) || OFFICE_PARTIES.has(span.tokens[cut - 1].text.toLowerCase()) || (court && span.tokens[cut - 1].text === 'Chief'))) cut--;
    if (cut === span.first) return [titled];
    const before: TaggedSpan = { ...span, last: cut - 1, end: span.tokens[cut - 1].end, type: span.type === 'PER' ? 'MISC' : span.type };
    return [before, titled];
  }
  return [span];
}
/** A party or a rank in an office's name, before its title: "Senate Republican Leader", "Senior Vice President". */
const OFFICE_PARTIES = new Set(['republican', 'democratic', 'senior', 'executive']);

/** Words of what an office is "of" ("Secretary of State", "Chief of Staff", "Minister of Foreign Affairs"), never of a name after it. */
export const OFFICE_OF = new Set(
  'state defense defence staff homeland security treasury labor labour energy education health commerce agriculture transportation interior justice veterans affairs housing navy army foreign home human services urban development finance'.split(' '),
);

/**
 * A tagged name right after "<office> of" that starts with the office's department: "Secretary of
 * State Hillary Clinton" is the person Hillary Clinton (the tagger read "State Hillary Clinton"
 * as an organisation), and "Chief of Staff" names no one.
 */
export function dropOfficeOf(span: TaggedSpan): TaggedSpan[] {
  const t = span.tokens;
  const departs = (i: number) => OFFICE_OF.has(t[i].text.toLowerCase());
  // The span may start inside the department, after its "and" ("of Health and | Human Services ..."), or after "the" ("of the Interior").
  let j = span.first - 1;
  while (j >= 0 && (departs(j) || t[j].text === 'and' || t[j].text === 'the')) j--;
  if (j < 1 || t[j].text !== 'of' || !OFFICE_TITLES.has(titleWord(t[j - 1].text))) return [span];
  let k = span.first;
  // "Health and Human Services": one department.
  while (k <= span.last && (departs(k) || (t[k].text === 'and' && k < span.last && departs(k + 1)))) k++;
  if (k === span.first) return [span];
  if (!t.slice(k, span.last + 1).some((x) => /^\p{Lu}/u.test(x.text))) return [];
  // What follows the department is no name when it goes on in lower case ("of the State of Alabama Medical Association").
  return /^\p{Lu}/u.test(t[k].text) ? [{ ...span, first: k, start: t[k].start, type: 'PER' }] : [span];
}

/** Words that make an office of the title after them ("District Attorney", "Deputy Director", "Foreign Minister"). */
export const OFFICE_MODIFIERS = new Set('district deputy assistant acting vice prime foreign defense defence interior finance police fire head state petty patrol corrections probation majority minority opposition'.split(' '));

/**
 * A tagged name with a comma inside is a list the tagger ran together ("CNN, Fox Business
 * Network and Fox News", "WBA, IBF", "Angels, Ken Rosenthal of Fox Sports"): one name per item,
 * the last item split at its "and" or "&" too. A name of one organisation with a comma in it
 * ("University of California, San Diego") is rarer than such lists in news, and its parts still
 * name what it is.
 */
export function splitAtCommas(span: TaggedSpan): TaggedSpan[] {
  const t = span.tokens;
  let hasComma = false;
  let and = -1;
  for (let k = span.first + 1; k < span.last; k++) {
    if (t[k].text === ',') hasComma = true;
    else if (t[k].text === 'and' && and < 0) and = k;
  }
  if (!hasComma) return and > 0 ? splitStates(span, and) : [span];
  const parts: TaggedSpan[] = [];
  let from = span.first;
  for (let k = span.first; k <= span.last + 1; k++) {
    const word = t[k]?.text;
    if (k <= span.last && word !== ',' && word !== 'and' && word !== '&') continue;
    if (k > from && /^\p{Lu}/u.test(t[from].text)) parts.push({ ...span, first: from, start: t[from].start, last: k - 1, end: t[k - 1].end });
    from = k + 1;
  }
  return parts;
}

/** Two states of the United States the tagger ran together at "and" ("Texas and Florida passed similar laws"): two places. */
function splitStates(span: TaggedSpan, and: number): TaggedSpan[] {
  const t = span.tokens;
  const words = (from: number, to: number) => t.slice(from, to + 1).map((x) => x.text).join(' ');
  if (!US_STATES.has(words(span.first, and - 1)) || !US_STATES.has(words(and + 1, span.last))) return [span];
  return [
    { ...span, last: and - 1, end: t[and - 1].end, type: 'LOC' },
    { ...span, first: and + 1, start: t[and + 1].start, type: 'LOC' },
  ];
}

/**
 * The lines as the tagger read them: its spans' tokens are those of a line with hyphenated words
 * joined ("Co-operation" one token), the arrays rules must share with them. A line without a
 * span stays as it is.
 */
export function asTagged(lines: readonly Token[][], spans: readonly TaggedSpan[]): Token[][] {
  const byStart = new Map<number, Token[]>();
  for (const s of spans) if (s.tokens.length) byStart.set(s.tokens[0].start, s.tokens);
  return lines.map((t) => (t.length ? byStart.get(t[0].start) ?? t : t));
}

/** Small words inside a long name, which its acronym may take a letter of or leave out: "Bank of England" (BoE, BE). */
const ACRONYM_SMALL = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'de', 'du', 'des', 'la', 'le', 'del', 'da', 'do', 'dos', 'für', 'und', '&', "'s", '’s', 'to', 'at']);

/**
 * Whether `acronym` abbreviates the name of `words`: each capitalised word gives its initial (a
 * hyphenated one may give the initials of its parts: "Co-operation" C or CO; one in capitals or
 * with periods its letters: "U.S." US, "UK" U or UK), and each small word ("of", "and", "'s") its
 * initial or nothing: "Organization for Security and Co-operation in Europe" is OSCE, "Bank of
 * England" BoE, "Mongolian People's Party" MPP. Letters compared regardless of case.
 */
export function abbreviates(words: readonly string[], acronym: string): boolean {
  const letters = acronym.toLowerCase();
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0])) return false;
  // What each word may give, as strings of letters ("" when it may give nothing).
  const options = words.map((w): string[] => {
    const lower = w.toLowerCase();
    if (ACRONYM_SMALL.has(lower)) return ['', lower[0]];
    if (/^\p{Lu}/u.test(w) && w.includes('.')) return [w.replace(/[^\p{L}]/gu, '').toLowerCase()];
    if (/^\p{Lu}{2,5}$/u.test(w)) return [lower[0], lower];
    if (!/^\p{Lu}/u.test(w)) return [];
    const parts = lower.split('-').filter(Boolean);
    const out = [parts[0][0]];
    for (let k = 1; k < parts.length; k++) out.push(out[out.length - 1] + parts[k][0]);
    return out;
  });
  const memo = new Set<string>();
  const match = (w: number, at: number): boolean => {
    if (w === words.length) return at === letters.length;
    const key = `${w}:${at}`;
    if (memo.has(key)) return false;
    memo.add(key);
    for (const o of options[w]) if (letters.startsWith(o, at) && match(w + 1, at + o.length)) return true;
    return false;
  };
  return match(0, 0);
}

/** An acronym in brackets: two to ten letters, at least two capitals ("OSCE", "BoE", not "Reuters"). */
export const ACRONYM = /^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}[\p{L}&]{1,9}$/u;

/** A word a long name may have before its acronym in brackets: capitalised, a small word, an "'s", "U.S.", "Co-operation". */
const NAME_OR_SMALL = (text: string) => /^\p{Lu}[\p{L}.'’&-]*$/u.test(text) || ACRONYM_SMALL.has(text.toLowerCase());

/**
 * A name a report spells out before its acronym in brackets is one name, however the tagger cut
 * it: "the Organization for Security and Co-operation in Europe (OSCE)" (an organisation and the
 * place Europe to the tagger), "The Mongolian People's Party (MPP)" ("Mongolian People" other),
 * "the Monetary Policy Committee (MPC)". The longest run of words before the bracket whose
 * initials are the acronym becomes one span, when no tagged span crosses its start; an
 * organisation if any part was one or a person, it ends in an organisation's word or nothing in
 * it was tagged, else of its first tagged part's type ("Democratic Republic of Congo (DRC)" a place).
 */
export function joinByAcronym(sentences: readonly Token[][], spans: TaggedSpan[]): TaggedSpan[] {
  // Most reports have no acronym in brackets: none is looked for in lines of their own then.
  // (Joining hyphenated words never makes nor unmakes "(", an acronym, ")": an acronym has no hyphen.)
  if (!sentences.some(hasBracketedAcronym)) return spans;
  const lines = asTagged(sentences, spans);
  const byLine = new Map<readonly Token[], TaggedSpan[]>();
  for (const s of spans) {
    const list = byLine.get(s.tokens);
    if (list) list.push(s);
    else byLine.set(s.tokens, [s]);
  }
  const made = new Map<TaggedSpan, TaggedSpan[]>(); // the first span replaced -> the new span; the others -> []
  const added: TaggedSpan[] = [];
  for (const t of lines) {
    for (let i = 2; i + 2 < t.length; i++) {
      if (t[i].text !== '(' || t[i + 2].text !== ')' || !ACRONYM.test(t[i + 1].text)) continue;
      let best = -1;
      for (let s = i - 1; s >= 0 && s >= i - 12 && NAME_OR_SMALL(t[s].text); s--)
        if (/^\p{Lu}/u.test(t[s].text) && !SKIP_WORD.test(t[s].text) && abbreviates(t.slice(s, i).map((x) => x.text), t[i + 1].text)) best = s;
      if (best < 0) continue;
      const inside = (byLine.get(t) ?? []).filter((x) => x.last >= best && x.first < i);
      if (inside.some((x) => x.first < best || x.last >= i || made.has(x))) continue;
      if (inside.length === 1 && inside[0].first === best && inside[0].last === i - 1) continue;
      const typed = inside.find((x) => x.type === 'ORG') ?? inside[0];
      // (A person's name is seldom given an acronym: "Retrieval System" a person to the tagger names an organisation's system.)
      const type = !typed || typed.type === 'ORG' || typed.type === 'PER' || ORG_HEADS.has(t[i - 1].text) ? 'ORG' : typed.type;
      const span: TaggedSpan = { tokens: t, first: best, last: i - 1, start: t[best].start, end: t[i - 1].end, type };
      if (inside.length) {
        made.set(inside[0], [span]);
        for (const x of inside.slice(1)) made.set(x, []);
      } else added.push(span);
    }
  }
  if (!made.size && !added.length) return spans;
  const joined = [...spans.flatMap((s) => made.get(s) ?? [s]), ...added].sort((a, b) => a.start - b.start);
  // The name spelled out again without its acronym is the same name ("the Organization for Security and Co-operation in Europe said").
  const names = [...[...made.values()].flat(), ...added].filter((x) => x.type === 'ORG').map((x) => x.tokens.slice(x.first, x.last + 1));
  return recurring(lines, joined, names, 'ORG', false);
}
const SKIP_WORD = /^(?:the|a|an|and|of|in|on|for)$/i;

/** Whether a line has "(", an acronym, ")" anywhere. */
function hasBracketedAcronym(t: readonly Token[]): boolean {
  for (let i = 0; i + 2 < t.length; i++) if (t[i].text === '(' && t[i + 2].text === ')' && ACRONYM.test(t[i + 1].text)) return true;
  return false;
}

export const CAPITAL_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

/**
 * Each place where the words of one of `names` recur, not right after a capitalised word,
 * becomes one name of `type`, replacing the spans inside it (none may cross its edges); the first
 * word compared regardless of case when `anyCase`.
 */
export function recurring(lines: readonly Token[][], spans: TaggedSpan[], names: readonly (readonly Token[])[], type: TaggedSpan['type'], anyCase: boolean): TaggedSpan[] {
  const byLine = new Map<readonly Token[], TaggedSpan[]>();
  for (const s of spans) {
    const list = byLine.get(s.tokens);
    if (list) list.push(s);
    else byLine.set(s.tokens, [s]);
  }
  const firstWords = new Set(names.map((w) => (anyCase ? w[0].text.toLowerCase() : w[0].text)));
  const replaced = new Set<TaggedSpan>();
  const added: TaggedSpan[] = [];
  for (const t of lines) {
    for (let i = 0; i < t.length; i++) {
      if (!firstWords.has(anyCase ? t[i].text.toLowerCase() : t[i].text) || (i > 0 && CAPITAL_WORD.test(t[i - 1].text) && t[i - 1].text !== 'The')) continue;
      for (const words of names) {
        if (i + words.length > t.length || (anyCase ? t[i].text.toLowerCase() !== words[0].text.toLowerCase() : t[i].text !== words[0].text)) continue;
        if (!words.every((w, j) => j === 0 || t[i + j].text === w.text)) continue;
        const last = i + words.length - 1;
        const inside = (byLine.get(t) ?? []).filter((x) => x.last >= i && x.first <= last);
        if (inside.some((x) => x.first < i || x.last > last) || (inside.length === 1 && inside[0].first === i && inside[0].last === last)) continue;
        for (const x of inside) replaced.add(x);
        added.push({ tokens: t, first: i, last, start: t[i].start, end: t[last].end, type });
        break;
      }
    }
  }
  if (!added.length) return spans;
  return [...spans.filter((s) => !replaced.has(s)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * An organisation's name of several words, ending in an organisation's word, takes the one or two
 * capitalised words right before it that the tagger left out: "The Monetary | Policy Committee",
 * "the Serious | Fraud Office" (its adjectives read as words). Not at a sentence's first word (a
 * word like any other there), nor a title, a weekday or a month, nor a word of another name.
 */
export function extendOrgNames(spans: TaggedSpan[]): TaggedSpan[] {
  const ends = new Set(spans.map((s) => s.end));
  return spans.map((span) => {
    const t = span.tokens;
    if (span.last === span.first || !ORG_HEADS.has(t[span.last].text) || hasLowerCaseWord(span)) return span;
    let first = span.first;
    while (first - 1 >= 1 && span.first - first < 2 && /^\p{Lu}\p{Ll}+$/u.test(t[first - 1].text) && !ends.has(t[first - 1].end) && !NOT_IN_ORG_NAME.test(t[first - 1].text) && !titleLike(t[first - 1].text)) first--;
    return first === span.first ? span : { ...span, first, start: t[first].start, type: 'ORG' };
  });
}
/**
 * A name of a people ending in "People", "Workers", "Women" or "Children" before "'s" and an
 * organisation's name ending in its word is one organisation: "Mongolian People" (other to the
 * tagger) "'s Party" is the Mongolian People's Party, "National Children" "'s Bureau" one too;
 * so is a plural noun before its apostrophe: "Leeds Magistrates" "'" "Court" (not a name's: "Sanders’ Senate campaign").
 */
export function joinPossessiveOrgs(spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    const t = span.tokens;
    const k = span.last + 1;
    const possessive = t[k]?.text ?? '';
    // ...and any plural before its apostrophe alone: "Leeds Magistrates" "'" "Court".
    const plural = /^['’]$/.test(possessive) && span.type !== 'PER' && /^\p{Lu}\p{Ll}+s$/u.test(t[span.last].text) && isEnglishWord(t[span.last].text);
    if (!plural && (!/^(?:People|Workers|Women|Children)$/.test(t[span.last].text) || !/^['’]s?$/.test(possessive))) {
      out.push(span);
      continue;
    }
    let last = k;
    while (last + 1 < t.length && last - k < 3 && /^\p{Lu}\p{Ll}+$/u.test(t[last + 1].text)) last++;
    while (last > k && !ORG_HEADS.has(t[last].text)) last--;
    // Names after the "'s" are taken in whole, or not at all.
    const next = spans[n + 1];
    if (last === k || (next && next.tokens === t && next.first <= last && next.last > last)) {
      out.push(span);
      continue;
    }
    while (spans[n + 1] && spans[n + 1].tokens === t && spans[n + 1].first <= last) n++;
    out.push({ ...span, last, end: t[last].end, type: 'ORG' });
  }
  return out;
}

const NOT_IN_ORG_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an|this|that|these|those|his|her|its|their|our|former|then|both|new|when|while|after|before|but|and|if|as|at|by|on|in|for|from|with|said|says|told)$/i;
const titleLike = (text: string) => {
  const w = titleWord(text);
  return OFFICE_TITLES.has(w) || SHORT_TITLES.has(w) || OFFICE_MODIFIERS.has(w);
};

/** Companies' legal forms, written after their names: "Nordvik Energy ASA", "Vodafone Group Plc", "Siemens AG". */
export const LEGAL_FORMS = new Set('Inc Inc. Corp Corp. Corporation Ltd Ltd. Limited LLC LLP LP plc Plc PLC AG SA S.A. SE NV N.V. BV B.V. GmbH SpA S.p.A. ASA AB Oyj Bhd Tbk Co. Cos.'.split(' '));

/**
 * A legal form the tagger tagged alone is the end of the company's name before it: "Nordvik"
 * (a person to the tagger), "Energy" (a word) and "ASA" (an organisation) are Nordvik Energy ASA.
 * The capitalised words before it (at most four, no title, weekday or "The") and the names among
 * them become one organisation.
 */
export function joinLegalForms(spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const t = span.tokens;
    if (span.first !== span.last || !LEGAL_FORMS.has(t[span.first].text)) {
      out.push(span);
      continue;
    }
    let first = span.first;
    while (first - 1 >= 0 && span.first - first < 4 && (NAME_WORD.test(t[first - 1].text) || /^\p{Lu}{2,}$/u.test(t[first - 1].text)) && !NOT_IN_ORG_NAME.test(t[first - 1].text) && !titleLike(t[first - 1].text)) first--;
    // A sentence's first word, a word of the dictionary, is a word there ("About Summit Entertainment LLC"), unless the tagger took it in a name.
    if (first === 0 && first < span.first && isEnglishWord(t[0].text) && !spans.some((x) => x.tokens === t && x.first === 0)) first++;
    // Names before it are taken in only whole.
    while (first < span.first && out.length && out[out.length - 1].tokens === t && out[out.length - 1].last >= first && out[out.length - 1].first < first) first = out[out.length - 1].last + 1;
    // After a comma it is the legal form of the name before it ("Summit Entertainment, LLC"), no name of its own.
    if (first === span.first) {
      if (t[first - 1]?.text !== ',' || !/^\p{Lu}/u.test(t[first - 2]?.text ?? '')) out.push(span);
      continue;
    }
    while (out.length && out[out.length - 1].tokens === t && out[out.length - 1].first >= first) out.pop();
    out.push({ ...span, first, start: t[first].start, type: 'ORG' });
  }
  return out;
}
