import type { TaggedSpan } from './perceptron.js';
import { OFFICE_TITLES, ORG_HEADS, SHORT_TITLES } from './rules.js';

/**
 * Repairs of the tagger's spans before they become mentions: names it cut in two are joined,
 * names it ran together across a short title are split. Hand-written: no library does this, and
 * each rule was found in its output on news (PolNeAR, ECB+) and checked on CoNLL-2003.
 */

/** A title as the sets hold it: lowercase, without the period of an abbreviation ("Sen." is "sen"). */
export const titleWord = (text: string) => text.toLowerCase().replace(/\.$/, '');

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
    else out.push(span);
  }
  return out;
}

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
    if (short && body.slice(prev.start, span.end).split(' ').every((w) => NAME_WORD.test(w))) out[out.length - 1] = { ...prev, last: span.last, end: span.end };
    else out.push(span);
  }
  return out;
}
/** A capitalised word of a name ("O'Malley", "Jones-Drew") or an initial ("U."). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$|^\p{Lu}\.$/u;

/** Whether token k of a span is a title that splits it: a short one before a capitalised word, an office before a first name and a surname. */
function splitsAt(span: TaggedSpan, k: number, taggedStarts: ReadonlySet<number>): boolean {
  const t = span.tokens;
  const word = titleWord(t[k].text);
  if (SHORT_TITLES.has(word)) return /^\p{Lu}/u.test(t[k + 1].text);
  // The surname may be the word after the span: the tagger read "Senate Majority Leader Mitch" as one name and left "McConnell" out.
  const after = t[span.last + 1];
  const surname = span.last - k >= 2 ? t[span.last] : span.last - k === 1 && after && !taggedStarts.has(after.start) ? after : undefined;
  return (
    OFFICE_TITLES.has(word) && /^\p{Lu}/u.test(t[k].text) && surname !== undefined &&
    (isSurnameLike(t[k + 1].text) || /^\p{Lu}\.$/u.test(t[k + 1].text)) && !OFFICE_GOES_ON.has(t[k + 1].text.toLowerCase()) && isSurnameLike(surname.text)
  );
}
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
    if (!splitsAt(span, k, taggedStarts)) continue;
    const last = span.last - k === 1 ? span.last + 1 : span.last;
    const titled: TaggedSpan = { ...span, first: k, start: span.tokens[k].start, last, end: span.tokens[last].end, type: 'PER' };
    // The words of the office before its title belong to neither: "Fulton County District Attorney Paul Howard" names Fulton County.
    let cut = k;
    const court = /^(?:justice|judge)$/i.test(span.tokens[k].text); // "Chief Justice", "Chief Judge"
    while (cut - 1 >= span.first && (OFFICE_MODIFIERS.has(span.tokens[cut - 1].text.toLowerCase()) || (court && span.tokens[cut - 1].text === 'Chief'))) cut--;
    if (cut === span.first) return [titled];
    const before: TaggedSpan = { ...span, last: cut - 1, end: span.tokens[cut - 1].end, type: span.type === 'PER' ? 'MISC' : span.type };
    return [before, titled];
  }
  return [span];
}

/** Words of what an office is "of" ("Secretary of State", "Chief of Staff", "Minister of Foreign Affairs"), never of a name after it. */
const OFFICE_OF = new Set(
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
  for (let k = span.first + 1; k < span.last; k++) if (t[k].text === ',') hasComma = true;
  if (!hasComma) return [span];
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
