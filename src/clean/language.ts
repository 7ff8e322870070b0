import { franc } from 'franc-min';

/**
 * Whether a report is in English, which is what Storyline reads: its tagger, quote cues,
 * quantity words and date grammar are English. A report in another language still goes through
 * (its text is kept and searchable), with a warning that its reading may be poor.
 *
 * Two steps, so that English reports cost almost nothing: the share of the most common English
 * function words among the first words (English news: median 0.35, the lowest 0.07 of 1,700
 * PolNeAR, ECB+ and seed reports, a headline and a link; French 0.06, Spanish and German 0.00),
 * and only below MAYBE_NOT_ENGLISH, franc's trigram model (franc-min, 80 languages) to say which
 * language it is. franc alone costs ~2 ms per 2,000 characters, more than a third of the analysis.
 */
const FUNCTION_WORDS = new Set(
  'the of and to a in is that for on with was as it by at from be are have has he his said this an not but were or they which their its will who been after had more would also her we she there about than'.split(' '),
);
const MAYBE_NOT_ENGLISH = 0.15;
/**
 * Characters of words franc needs to tell languages apart reliably: a shorter text gets no
 * verdict, unless it is mostly in another script (Cyrillic, Arabic, Chinese...): then that is said.
 */
const ENOUGH_TEXT = 120;
/** The same for a text in another script, whose languages franc tells apart from more: 120 characters of Russian read as Bulgarian. */
const ENOUGH_OTHER_SCRIPT = 300;
const LATIN = /\p{Script=Latin}/u;
/** Scripts a text too short for franc's verdict is named by instead ("Cyrillic", not a guess between Russian and Bulgarian). */
const SCRIPTS: readonly (readonly [string, RegExp])[] = (
  ['Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Bengali', 'Thai', 'Armenian', 'Georgian', 'Ethiopic', 'Tamil'] as const
).map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

function scriptOf(words: readonly string[]): string | null {
  const sample = words.slice(0, 50).join('');
  let best: [string, number] | null = null;
  for (const [name, pattern] of SCRIPTS) {
    const n = [...sample].filter((c) => pattern.test(c)).length;
    if (n && (!best || n > best[1])) best = [name, n];
  }
  return best?.[0] ?? null;
}

const NOT_ENGLISH = 'not English: Storyline reads English news, so names, quotes, quantities and dates may be missed or wrong';
const SAMPLE = 1500;
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The language's English name, or its ISO 639-3 code said as such ("zlm", Malay, has no name of its own in Intl). */
function languageName(code: string): string {
  let name: string | undefined;
  try {
    name = LANGUAGE_NAMES.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? name : `the language of ISO 639-3 code "${code}"`;
}

/** A warning when the body is not in English (naming the language it looks like), else null. */
export function languageWarning(body: string): string | null {
  // Words of letters only: a link or an id ("9402E6D71239F937") says nothing of the language.
  const words = body.slice(0, SAMPLE).toLowerCase().match(/(?<![\p{L}\p{N}./])\p{L}+(?![\p{L}\p{N}/]|\.[\p{L}\p{N}])/gu) ?? [];
  let common = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) common++;
  if (!words.length || common / words.length >= MAYBE_NOT_ENGLISH) return null;
  const text = words.join(' ');
  const latin = words.filter((w) => LATIN.test(w)).length >= words.length / 2;
  if (text.length < (latin ? ENOUGH_TEXT : ENOUGH_OTHER_SCRIPT)) {
    // Too short to tell languages apart, but a text mostly in another script is no English.
    const script = latin ? null : scriptOf(words);
    return script ? `the text is written in ${script} script, ${NOT_ENGLISH}` : null;
  }
  const code = franc(text, { minLength: ENOUGH_TEXT });
  if (code === 'eng' || code === 'und') return null;
  return `the text looks like ${languageName(code)}, ${NOT_ENGLISH}`;
}
