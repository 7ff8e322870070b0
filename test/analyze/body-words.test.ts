import { describe, expect, it } from 'vitest';
import { BodyWords, wordRun } from '../../src/analyze/entities/body-words.js';
import { occursAsWord, WORD_CHAR } from '../../src/words.js';

/** The words of a text as a Map of sliced words, as the index replaced it: the reference. */
function naiveStarts(body: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (let i = 0; i < body.length; ) {
    let end = i;
    while (end < body.length && WORD_CHAR.test(body[end])) end++;
    if (end === i) {
      i++;
      continue;
    }
    const word = body.slice(i, end);
    starts.set(word, [...(starts.get(word) ?? []), i]);
    i = end;
  }
  return starts;
}

const TEXTS = [
  '',
  'Trump',
  'Trump said trump cards; TRUMP’s trumpet. Trump-era, Trump2 and 2Trump.',
  'José Núñez met “Zürich” officials — the Zürich-based FIFA — in São Paulo, São Paulo.',
  'O’Malley, al-Assad and von der Leyen; o’malley wrote al-assad in lower case.',
  'Emoji 😀 between words😀and 𝐁old letters outside the BMP: 𝐁old 𝐁old.',
  'Ελλάδα και Ελλάδα· Москва, Москва! 北京 北京。',
  '  leading and trailing spaces, tabs\tand\nnew lines\n\n',
  'a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a', // one word many times (table growth)
];

describe('the words of a body', () => {
  it('finds every word where a Map of sliced words did, in order', () => {
    for (const body of TEXTS) {
      const words = new BodyWords(body);
      for (const [word, starts] of naiveStarts(body)) expect(words.startsOf(word), `${word} in ${body}`).toEqual(starts);
    }
  });

  it('finds no word that is not one of the body', () => {
    const words = new BodyWords(TEXTS[2]);
    for (const absent of ['Trum', 'trumpets', 'Trump’s', 'Trump-era', '', 'Tru mp', 'era,']) expect(words.startsOf(absent)).toEqual([]);
    expect(words.has('trumpet')).toBe(true);
    expect(words.has('trumpe')).toBe(false);
  });

  it('reads a word inside a longer text without slicing it', () => {
    const words = new BodyWords('Trump won. Trump-era rules.');
    const text = 'Trump-era';
    expect(words.startsOf(text, 0, wordRun(text, 0))).toEqual([0, 11]);
    expect(words.startsOf(text, 6)).toEqual([17]);
  });

  it('tells a word the report writes in lower case exactly as occursAsWord does', () => {
    for (const body of TEXTS) {
      const words = new BodyWords(body);
      const asked = [...naiveStarts(body).keys(), 'O’Malley', 'Al-Assad', 'Von', 'LEYEN', 'Trump’s', '😀', 'Москва', 'ΕΛΛΆΔΑ', 'İstanbul'];
      for (const word of asked) expect(words.usedInLowerCase(word), `${word} in ${body}`).toBe(occursAsWord(body, word.toLowerCase()));
    }
  });

  it('stays linear on a long body of many distinct words', () => {
    const body = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const words = new BodyWords(body);
    expect(words.startsOf('w0')).toEqual([0]);
    expect(words.startsOf(`w${(49_999).toString(36)}`)).toEqual([body.lastIndexOf(' ') + 1]);
  });
});
