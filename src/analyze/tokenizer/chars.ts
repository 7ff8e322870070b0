/**
 * What the tokenizer needs to know of each UTF-16 code unit, in two tables built once: its kind
 * (`KIND`: a letter of wink's word rules, a separator, ...) and the features that wink's regular
 * expressions need (`NEEDS`: a digit, "@", "/", ...), so that a rule that cannot match a piece is
 * not run on it.
 */

// Kinds.
/** A letter of wink's letters-only category: `[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0300-\u036f\u2060]`, case-blind, and MORE_LETTER_BLOCKS' letters. */
export const LETTER = 1;
/** One of wink's space separators: `[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]`. */
export const SPACE_SEPARATOR = 2;
/** One of wink's line separators: `[\n\r\t]`. */
export const LINE_SEPARATOR = 4;
/** A mark wink's word-then-mark category allows after the letters: ’ ” " ] ) } … , . ! ; ? / : */
export const RIGHT_MARK = 8;
/** White space as `\s` and String.prototype.trim read it. */
export const BLANK = 16;
/** ' or ’, which may start a possessive. */
export const APOSTROPHE = 32;
/** A mark wink takes off the end of an unknown piece (its anyWithRP): ’ ' ” " … , . ! ; ? - – : । ॥ */
export const END_MARK = 64;
/** A mark wink takes off the start of an unknown piece (its anyWithLP): ‘ ' “ " [ ( { … - – */
export const START_MARK = 128;

// Features.
export const DIGIT = 1;
export const AT = 2;
export const HASH = 4;
export const SLASH = 8;
/** A code unit wink's emoji expression may match (or half of one, a surrogate). */
export const MAYBE_EMOJI = 16;
/** : ; < ( ) \, one of which every emoticon of wink's has. */
export const EMOTICON_MARK = 32;
/** A currency sign, or a capital that may start USD, AUD, INR, GBP, US$, C$, A$. */
export const MAYBE_CURRENCY = 64;
/** ‘ ` “ ” " [ ] ( ) { } … ! ; ? ¿ ¡ */
export const BRACKET_OR_QUOTE = 128;
/** ~ @ # % ^ + = * | < > & § © ± ÷ × ° */
export const SYMBOL = 256;
export const FULL_STOP = 512;
/** - – — . ' ’ / : , */
export const INNER_MARK = 1024;
/** A letter that may start a word in wink's word expression: `[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]`, case-blind, and MORE_LETTER_BLOCKS' letters. */
export const WORD_START = 2048;
/** ' or ’ (a possessive's). */
export const QUOTE_MARK = 4096;

export const KIND = new Uint8Array(65536);
export const NEEDS = new Uint16Array(65536);

const set = (table: Uint8Array | Uint16Array, chars: string, bit: number) => {
  for (const char of chars) table[char.charCodeAt(0)] |= bit;
};
const range = (table: Uint8Array | Uint16Array, from: number, to: number, bit: number) => {
  for (let code = from; code <= to; code++) table[code] |= bit;
};

for (const [from, to] of [[97, 122], [65, 90], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0xff], [0x300, 0x36f], [0x2060, 0x2060], [0x178, 0x178]]) {
  range(KIND, from, to, LETTER);
  // Ÿ reads as ÿ in a case-blind class; the combining marks and U+2060 never start a word.
  if (from < 0x300) range(NEEDS, from, to, WORD_START);
}

/**
 * Letters wink's English model leaves out, which we read as letters: the rest of the Latin
 * alphabets (Latin Extended-A and -B, Latin Extended Additional), Greek and Cyrillic. wink cuts a
 * word at each of them ("Erdoğan" -> "Erdo" "ğ" "an", "Łukasz" -> "Ł" "ukasz"), and news names
 * Turkish, Polish, Czech, Romanian and Vietnamese people every day. Only the code points Unicode
 * calls letters (or marks, which never start a word): Greek's question mark and ano teleia stay
 * punctuation.
 */
const MORE_LETTER_BLOCKS: readonly (readonly [number, number])[] = [[0x100, 0x24f], [0x370, 0x3ff], [0x400, 0x52f], [0x1e00, 0x1eff]];
const IS_LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
/** The same letters as runs of code points, for the regular expressions of pieces.ts. */
export const MORE_LETTER_RUNS: [number, number][] = [];
for (const [from, to] of MORE_LETTER_BLOCKS) {
  for (let code = from; code <= to; code++) {
    const char = String.fromCharCode(code);
    const letter = IS_LETTER.test(char);
    if (!letter && !IS_MARK.test(char)) continue;
    KIND[code] |= LETTER;
    if (letter) NEEDS[code] |= WORD_START;
    const last = MORE_LETTER_RUNS[MORE_LETTER_RUNS.length - 1];
    if (last && last[1] === code - 1) last[1] = code;
    else MORE_LETTER_RUNS.push([code, code]);
  }
}
set(KIND, ' \u00a0\u2002\u2003\u2004\u2005\u2009\u200a\u202f\u205f', SPACE_SEPARATOR);
set(KIND, '\n\r\t', LINE_SEPARATOR);
set(KIND, '’”"])}…,.!;?/:', RIGHT_MARK);
set(KIND, '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', BLANK);
range(KIND, 0x2000, 0x200a, BLANK);
set(KIND, "'’", APOSTROPHE);
set(KIND, "’'”\"…,.!;?-–:\u0964\u0965", END_MARK);
set(KIND, "‘'“\"[({…-–", START_MARK);

range(NEEDS, 48, 57, DIGIT);
set(NEEDS, '@', AT);
set(NEEDS, '#', HASH);
set(NEEDS, '/', SLASH);
range(NEEDS, 0x2100, 0xffff, MAYBE_EMOJI);
set(NEEDS, '\u00a9\u00ae', MAYBE_EMOJI);
set(NEEDS, ':;<()\\', EMOTICON_MARK);
set(NEEDS, '$£¥€₿₽₹₨₩UCAIG', MAYBE_CURRENCY);
set(NEEDS, '‘`“”"[](){}…!;?¿¡', BRACKET_OR_QUOTE);
set(NEEDS, '~@#%^+=*|<>&\u00a7\u00a9\u00b1\u00f7\u00d7\u00b0', SYMBOL);
set(NEEDS, '.', FULL_STOP);
set(NEEDS, "-–—.'’/:,", INNER_MARK);
set(NEEDS, "'’", QUOTE_MARK);

/** The features of text[start, end), or-ed. */
export function featuresOf(text: string, start: number, end: number): number {
  let features = 0;
  for (let i = start; i < end; i++) features |= NEEDS[text.charCodeAt(i)];
  return features;
}
