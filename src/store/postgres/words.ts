/**
 * Words for PostgreSQL full-text search, cut as SQLite's FTS5 unicode61 tokenizer cuts them
 * (runs of Unicode letters and digits; case and diacritics ignored), so that both stores match
 * the same articles. Done here rather than by PostgreSQL's parser, which keeps "3.5", URLs and
 * e-mail addresses whole, and whose letter classes depend on the server's locale.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text: lower case, without diacritics ("Zürich" -> "zurich"). */
export function foldedWords(text: string | null): string[] {
  if (!text) return [];
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(WORD) ?? [];
}

/**
 * A tsvector holds at most 1 MB: the first 100k words are indexed (a news report is far shorter;
 * positions past 16,383 are not recorded anyway).
 */
const MAX_INDEXED_WORDS = 100_000;

/** What `to_tsvector('simple', ...)` receives: the folded words joined by spaces. */
export function indexableText(text: string | null): string {
  return foldedWords(text).slice(0, MAX_INDEXED_WORDS).join(' ');
}

/** A tsquery requiring every word of the user's text (its syntax never reaches PostgreSQL), or null if it has none. */
export function allWordsQuery(text: string): string | null {
  const words = foldedWords(text);
  return words.length ? words.map((w) => `'${w}'`).join(' & ') : null;
}
