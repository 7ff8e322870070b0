/**
 * Numbers written in digits or words ("71", "1,200", "2.5 million", "twenty-four", "six",
 * "a few dozen", "hundreds"). Written by hand: the npm packages for this (words-to-numbers and
 * the like) are not installed, chrono-node keeps its own tables private, and the grammar is
 * small. Vague amounts follow one convention, the lower reading the phrase allows:
 * "a couple" = 2, "a few" / "several" = 3, "dozens" = 24, "hundreds" = 200, "tens of thousands"
 * = 20,000; such numbers are flagged approximate.
 */
const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};
/** Vague multipliers before a scale noun ("a few dozen", "several hundred"). */
const VAGUE: Record<string, number> = { 'a couple of': 2, 'a couple': 2, 'a few': 3, several: 3 };

/** A regex alternation of literal words, longest first so that "twenty" wins over "two". */
export const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.'*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const WORD = `(?:${alternation([...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALES)])})`;

/** A number in words: "six", "twenty-four", "one hundred and five", "three million", "two dozen" (24, not 2). */
export const NUMBER_WORDS = `${WORD}(?:(?:[\\s-]+and[\\s-]+|[\\s-]+)${WORD})*(?:\\s+dozen)?`;
/** A number in digits, with thousands separators and decimals: "1,200", "2.5", "71". */
export const NUMBER_DIGITS = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;
/** Digits or words, optionally scaled: "2.5 million", "$140-million" (a compound modifier), "71", "six", "a dozen". */
export const NUMBER = `(?:(?:${NUMBER_DIGITS})(?:(?:\\s+|-)(?:${alternation(Object.keys(SCALES))}))?|${NUMBER_WORDS}|an?\\s+(?:dozen|hundred|thousand|million|billion))`;
export const ORDINAL_WORDS = `(?:${alternation(Object.keys(ORDINALS))})`;
/** What every ordinal begins with, a digit or the first two letters of its word: a lookahead to test before the rest. */
export const ORDINAL_START = `(?=\\d|${alternation(new Set(Object.keys(ORDINALS).map((w) => w.slice(0, 2))))})`;
/** Vague amounts: "a few dozen", "several hundred", "dozens of", "hundreds", "tens of thousands". */
export const VAGUE_NUMBER = `(?:(?:${alternation(Object.keys(VAGUE))})\\s+(?:dozen|hundred|thousand|million|billion)|(?:tens|hundreds)\\s+of\\s+(?:thousands|millions)|dozens|hundreds|thousands|millions|billions)`;

/**
 * The words a match of NUMBER or VAGUE_NUMBER that begins with a letter begins with ("twenty" of
 * "twenty-four", "a" of "a few dozen", "tens" of "tens of thousands"): each is followed by a
 * space, a hyphen or no letter at all. Kept with the patterns above: a word missing here is a
 * number never found (test/analyze/quantities-starts.test.ts reads every pattern's words).
 */
export const NUMBER_OPENING_WORDS: readonly string[] = [
  ...Object.keys(SMALL),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  'a',
  'an',
  ...Object.keys(VAGUE).map((w) => w.split(' ')[0]),
  'tens',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
];
/** The ordinals in words ("first", "twentieth"), each a whole word. */
export const ORDINAL_WORD_LIST: readonly string[] = Object.keys(ORDINALS);

function parseWords(text: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    if (word === 'a' || word === 'an') {
      current += 1;
    } else if (word in SMALL) current += SMALL[word];
    else if (word in TENS) current += TENS[word];
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word];
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/**
 * `value` times `factor`, rounded to the 15 significant digits a double holds exactly, so that a
 * scaled decimal is the number written: 4.1 * 1e6 is 4099999.9999999995 in floating point, "4.1
 * million" is 4100000.
 */
export function scaled(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
}

/** The value of a number matched by NUMBER (or any plain number text), or null. */
export function parseNumber(text: string): number | null {
  const clean = text.trim().toLowerCase();
  const digits = /^(\d[\d,]*(?:\.\d+)?)(?:(?:\s+|-)(hundred|thousand|million|billion|trillion))?$/.exec(clean);
  if (digits) {
    const value = Number(digits[1].replace(/,/g, ''));
    if (!Number.isFinite(value)) return null;
    return digits[2] ? scaled(value, SCALES[digits[2]]) : value;
  }
  return parseWords(clean);
}

/** The value of a vague amount matched by VAGUE_NUMBER, on the lower-reading convention above. */
export function parseVagueNumber(text: string): number | null {
  const clean = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const scaled = /^(tens|hundreds) of (thousands|millions)$/.exec(clean);
  if (scaled) return (scaled[1] === 'tens' ? 20 : 200) * SCALES[scaled[2].slice(0, -1)];
  const plural = /^(dozens|hundreds|thousands|millions|billions)$/.exec(clean);
  if (plural) return 2 * (plural[1] === 'dozens' ? 12 : SCALES[plural[1].slice(0, -1)]);
  const vague = /^(a couple of|a couple|a few|several) (dozen|hundred|thousand|million|billion)$/.exec(clean);
  if (vague) return VAGUE[vague[1]] * (vague[2] === 'dozen' ? 12 : SCALES[vague[2]]);
  return null;
}

export function parseOrdinal(text: string): number | null {
  const clean = text.trim().toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(clean);
  if (digits) return Number(digits[1]);
  return ORDINALS[clean] ?? null;
}
