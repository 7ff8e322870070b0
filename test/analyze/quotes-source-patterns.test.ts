import { describe, expect, it } from 'vitest';
import { DESCRIPTION_BEFORE, NAME_BEFORE, descriptionBefore, nameBefore } from '../../src/analyze/quotes/source.js';

/** Words and characters that make the patterns match, nearly match, or meet their edge cases. */
const PIECES = [
  'the', 'The', 'a', 'an', 'his', 'three', 'de', 'van', 'bin', 'Mr.', 'Gwen', 'Moore', 'O’Neil', "D'Amato", 'Jean-Luc', 'McCain',
  'senior', 'aide', 'adviser', 'Democrat', '27-year-old', 'of', 'in', 'said', 'ſ', 'K', 'É', 'é', '𝐀', '𝐚', '.', ',', '(', ')', '—', '’', "'", '-',
  ' ', ' ', '  ', '\n', '\u00a0', '\u2009', '\u3000', '\t',
];

/** Names with particles ("Ab de Cd van Ef"), for the longest names NAME_BEFORE matches. */
const NAME_PIECES = ['Ab', 'Cd', 'de', 'van', 'la', 'x', ',', ' ', '  '];

/** A text of `n` random pieces, each followed by a space or not, from a seeded generator. */
function randomText(next: () => number, n: number, pieces = PIECES): string {
  let text = '';
  for (let k = 0; k < n; k++) text += pieces[Math.floor(next() * pieces.length)] + (next() < 0.6 ? ' ' : '');
  return text;
}

function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** A match as its index and groups, to compare. */
const shape = (m: RegExpExecArray | null) => (m ? { index: m.index, groups: [...m] } : null);

describe('the source patterns read in a text’s last words only', () => {
  it('find what the patterns find in the whole text', () => {
    const next = generator(7);
    for (let k = 0; k < 20000; k++) {
      const text = randomText(next, 1 + Math.floor(next() * 24)).trimEnd().slice(0, 160) + (next() < 0.2 ? ' ' : '');
      expect(shape(nameBefore(text)), text).toEqual(shape(NAME_BEFORE.exec(text)));
      expect(shape(descriptionBefore(text)), text).toEqual(shape(DESCRIPTION_BEFORE.exec(text)));
      const name = randomText(next, 1 + Math.floor(next() * 16), NAME_PIECES).trimEnd();
      expect(shape(nameBefore(name)), name).toEqual(shape(NAME_BEFORE.exec(name)));
    }
  });

  it('find a name and a description at the end', () => {
    expect(nameBefore('In a statement, Rep. Gwen de Moore')?.[0]).toBe('Rep. Gwen de Moore');
    expect(descriptionBefore('Asked about it, a senior Cruz aide')?.[1]).toBe('a senior Cruz aide');
    expect(nameBefore('the announcer')).toBeNull();
    expect(nameBefore('said Ab de Cd van Ef la Gh de Ij')?.[0]).toBe('Ab de Cd van Ef la Gh de Ij');
  });
});
