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
