/** A letter or a digit: what words are made of, for matching whole words in any language. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit is an ASCII letter or digit: WORD_CHAR's test for ASCII, without a regex. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether `word` occurs in `text` as a whole word, its case as given ("Trump" in "Trump's", not in "trumpet"). */
export function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + word.length] ?? ' ')) return true;
  }
  return false;
}

/** Latin letters that Unicode does not take apart into a letter and a mark, as English text writes them without it. */
const UNMARKED: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const NOT_ASCII = /[^\x00-\x7f]/;
const MARK_ON_LATIN = /(?<=[a-z])\p{M}+/gu;
const UNMARKED_LETTER = /[ıłøđðħßæœþ]/g;

/**
 * A name or word lowercased and without the marks on its Latin letters: the key under which two
 * spellings match. One report writes "Erdoğan" and "Kılıçdaroğlu", the next "Erdogan" and
 * "Kilicdaroglu"; both are the same man. Greek and Cyrillic letters keep their marks (й is not и).
 * The stores keep each entity name's key (SQLite migration 9, PostgreSQL 8): a change here needs a
 * migration that keys the stored names again.
 */
export function matchKey(text: string): string {
  const lower = text.toLowerCase();
  if (!NOT_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(UNMARKED_LETTER, (c) => UNMARKED[c]).replace(MARK_ON_LATIN, '').normalize('NFC');
}

/** A company's legal form at the end of its name, after a space or a comma: "Apple Inc", "Vodafone Group Plc", "Siemens AG", "Acme Co., Ltd.". */
const LEGAL_FORM_END = /(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|LLP|LP|PLC|plc|Plc|AG|SA|S\.A|SE|NV|N\.V|BV|B\.V|GmbH|SpA|S\.p\.A|ASA|AB|Oyj)\.?)+$/u;

/** LEGAL_FORM_END in a match key (lower case). */
const LEGAL_FORM_KEY_END = new RegExp(LEGAL_FORM_END.source, 'iu');

/** `text` without what `end` matches at its end, unless nothing would be left ("Inc" alone stays). */
function withoutEnd(text: string, end: RegExp): string {
  const bare = text.replace(end, '');
  return bare.trim() ? bare : text;
}

/** A name without its legal form ("Apple Inc" -> "Apple"), so that reports naming a company with it and without it meet; a form alone stays. */
export function withoutLegalForm(name: string): string {
  return withoutEnd(name, LEGAL_FORM_END);
}

/** A name's match key without its legal form: the key a company's name, a fact's subject or a name's form is compared by ("Apple Inc" and "Apple" -> "apple"). */
export function companyKey(name: string): string {
  return matchKey(withoutLegalForm(name));
}

/**
 * Short names of well-known countries and organisations, to their names in full, so that a
 * report writing "the Fed" or "U.S." and one writing "the Federal Reserve" or "the United States"
 * name one entity. Only names that mean one thing in the news (not "Britain", nor "WHO" in
 * lower case), each of its type.
 */
export const WELL_KNOWN_SHORT_NAMES: ReadonlyMap<string, { name: string; type: 'place' | 'organization' }> = new Map([
  ...['U.S.', 'US', 'USA', 'U.S.A.'].map((s) => [s, { name: 'United States', type: 'place' as const }] as const),
  ...['UK', 'U.K.'].map((s) => [s, { name: 'United Kingdom', type: 'place' as const }] as const),
  ['UAE', { name: 'United Arab Emirates', type: 'place' }],
  ['Fed', { name: 'Federal Reserve', type: 'organization' }],
  ...['UN', 'U.N.'].map((s) => [s, { name: 'United Nations', type: 'organization' as const }] as const),
  ...['EU', 'E.U.'].map((s) => [s, { name: 'European Union', type: 'organization' as const }] as const),
  ['WHO', { name: 'World Health Organization', type: 'organization' }],
  ['IMF', { name: 'International Monetary Fund', type: 'organization' }],
  ['ECB', { name: 'European Central Bank', type: 'organization' }],
]);

/** The match keys of the short names, to their names' in full. */
const SHORT_NAME_KEYS = new Map([...WELL_KNOWN_SHORT_NAMES].map(([short, known]) => [matchKey(short), matchKey(known.name)]));

/**
 * A name's match key as the linker keeps names now (features.ts): a company's without its legal
 * form, a well-known short name in full ("u.s." -> "united states"). For keys stored before
 * they were kept so; idempotent.
 */
export function currentNameKey(key: string): string {
  return SHORT_NAME_KEYS.get(key) ?? withoutEnd(key, LEGAL_FORM_KEY_END);
}
