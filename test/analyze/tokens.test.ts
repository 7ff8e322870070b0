import { describe, expect, it } from 'vitest';
import { renewReader, splitSentences } from '../../src/analyze/tokens.js';

describe('tokens', () => {
  it('every token is the slice of the text at its offsets, with a POS tag', () => {
    const text = "Sen. Ann Lee said it wasn't over.  “We’ll see,” she added... Then she left!";
    const sentences = splitSentences(text);
    const tokens = sentences.flatMap((s) => s.tokens);
    expect(tokens.map((t) => t.text)).toContain('Lee');
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.pos).toMatch(/^[A-Z]+$/);
    }
    for (const s of sentences) expect([s.start, s.end]).toEqual([s.tokens[0].start, s.tokens.at(-1)!.end]);
    expect(tokens.map((t) => t.start)).toEqual([...tokens.map((t) => t.start)].sort((a, b) => a - b));
  });

  it('a possessive is read the same whatever the process read before ("It was Qwertyan’s." does not teach it "Qwertyan’s")', () => {
    const words = (text: string) => splitSentences(text).flatMap((s) => s.tokens.map((t) => t.text));
    expect(words('The vote went to Qwertyan’s, not to Obama\'s.')).toEqual(['The', 'vote', 'went', 'to', 'Qwertyan', '’s', ',', 'not', 'to', 'Obama', "'s", '.']);
    expect(words('Qwertyan’s party won. Obama\'s did not.')).toEqual(['Qwertyan', '’s', 'party', 'won', '.', 'Obama', "'s", 'did', 'not', '.']);
  });

  it('a renewed reader (its word cache emptied, as a long-running worker does) reads a report the same', () => {
    const text = "Kassym-Jomart Tokayev's victory was Nazarbayev's. “We must unite,” he said on Monday, after 71% voted.";
    const read = () => splitSentences(text).map((s) => s.tokens.map((t) => `${t.text}/${t.pos}@${t.start}`));
    const before = read();
    renewReader();
    expect(read()).toEqual(before);
  });

  it('sentences never cross a blank line, even without a full stop', () => {
    const text = 'Storm hits coast\n\nThe storm hit the coast on Monday. Roads closed\n \nPower is back';
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['Storm hits coast', 'The storm hit the coast on Monday.', 'Roads closed', 'Power is back']);
  });

  it('characters the tagger drops (a byte-order mark) do not shift the offsets after them', () => {
    const text = 'First line.\n\n\uFEFFAlso on the site:\n\nMore text here.';
    const tokens = splitSentences(text).flatMap((s) => s.tokens);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === 'More')?.start).toBe(text.indexOf('More'));
  });

  it('empty and blank texts have no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
