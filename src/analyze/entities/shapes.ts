import { isAsciiAlnum, WORD_CHAR } from '../../words.js';
import type { Token } from '../doc.js';

/**
 * What a name looks like in the text around it: its initials, its closing punctuation, a
 * dateline, a word the report also writes in lower case. Pure functions over strings and tokens,
 * shared by the span rules (spans.ts) and the canonical names (index.ts, aliases.ts).
 */

/** Abbreviations a name may end in with their period: companies', generations' and US states' (as AP writes them). */
const ABBREVIATIONS = new Set(
  'inc corp co ltd bros jr sr st ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo'.split(' '),
);

/** Token k is punctuation that ends no name: anything without a letter or digit, but the period of an abbreviation written against it. */
export function strayPunctuation(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (isAsciiAlnum(t.text.charCodeAt(0)) || WORD_CHAR.test(t.text)) return false;
  const prev = tokens[k - 1];
  return !(t.text === '.' && prev && prev.end === t.start && ABBREVIATIONS.has(prev.text.toLowerCase()));
}

/** A name without its middle initials: "Donald J. Trump" -> "Donald Trump" (a first or last initial stays: "J. Rhodes"). */
export function withoutInitials(name: string): string {
  const words = name.split(/\s+/);
  return words.filter((w, k) => k === 0 || k === words.length - 1 || !INITIAL.test(w)).join(' ');
}

/** A name in capitals opening a paragraph, before a state, an agency in brackets (a date before it) or a dash: "CLEVELAND (AP) —", "DES MOINES, Iowa —", "ULAANBAATAR, July 1 (Reuters) -". */
export function isDateline(body: string, start: number, end: number, text: string): boolean {
  // At least four capitals: a city's name, not an acronym ("PSA —").
  if ((start > 0 && body[start - 1] !== '\n') || !/^\p{Lu}[\p{Lu} .'-]*\p{Lu}\.?$/u.test(text) || text.replace(/\P{Lu}/gu, '').length < 4) return false;
  // A long dash ("—", "–", "--"); a hyphen between spaces heads sports results too ("SOCCER - JAPAN GET LATE WIN").
  return /^,?\s*(?:\p{Lu}[\p{L}.]*,?\s*){0,3}(?:\([\p{Lu}\p{L} ]+\)\s*)?(?:—|–|--)\s/u.test(body.slice(end, end + 60)) || /^,?\s*(?:\p{Lu}[\p{L}.]*,?\s*){0,3}(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}\s*)?\((?:AP|Reuters|UPI|AFP|CNN|Xinhua)\)/u.test(body.slice(end, end + 60));
}

/** An initial ("J.") and a capitalised name word ("Trump", "Buffett"). */
export const INITIAL = /^\p{Lu}\.$/u;
export const NAME = /^\p{Lu}\p{Ll}+$/u;

/*
 * Tests of a word's first letters that the rules make of every name and the words around it,
 * as the patterns in their comments read them: ASCII answered without a pattern (a pattern's
 * call cost more than the rest of most rules), any other character by the pattern.
 */
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const LETTER = /\p{L}/u;

/** As /^\p{Lu}/u.test(text). */
export function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
}

/** As /^\p{Ll}/u.test(text). */
export function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(text);
}

/** As /\p{L}/u.test(text): whether the text has a letter anywhere. */
export function hasLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || LETTER.test(text);
}
