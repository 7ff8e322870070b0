import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analyze/tokens.js';
import { LONGEST_RUN } from '../../src/analyze/tokenizer/index.js';

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

  it('a token shows its text, offsets and tag only, in that order, to JSON and spreading', () => {
    const [token] = splitSentences('Storm hits coast.')[0].tokens;
    expect(Object.keys(token)).toEqual(['text', 'start', 'end', 'pos']);
    expect(JSON.stringify(token)).toBe('{"text":"Storm","start":0,"end":5,"pos":"PROPN"}');
    expect({ ...token }).toEqual({ text: 'Storm', start: 0, end: 5, pos: 'PROPN' });
  });

  it('a possessive is read the same whatever the process read before ("It was Qwertyan’s." does not teach it "Qwertyan’s")', () => {
    const words = (text: string) => splitSentences(text).flatMap((s) => s.tokens.map((t) => t.text));
    expect(words('The vote went to Qwertyan’s, not to Obama\'s.')).toEqual(['The', 'vote', 'went', 'to', 'Qwertyan', '’s', ',', 'not', 'to', 'Obama', "'s", '.']);
    expect(words('Qwertyan’s party won. Obama\'s did not.')).toEqual(['Qwertyan', '’s', 'party', 'won', '.', 'Obama', "'s", 'did', 'not', '.']);
  });

  it('a report reads the same whatever the process read before', () => {
    const text = "Kassym-Jomart Tokayev's victory was Nazarbayev's. “We must unite,” he said on Monday, after 71% voted.";
    const read = () => splitSentences(text).map((s) => s.tokens.map((t) => `${t.text}/${t.pos}@${t.start}`));
    const before = read();
    splitSentences("Tokayev's, Nazarbayev's; Kassym-Jomart. Unite! " + 'Monday '.repeat(1000));
    expect(read()).toEqual(before);
  });

  it('no sentence ends inside a British clock time ("4.15pm"), while a year closing a sentence still ends it', () => {
    const text = 'Police were called at about 4.15pm last Thursday to a house in Bolton. He was born in 1945. 1946 was a good year.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Police were called at about 4.15pm last Thursday to a house in Bolton.',
      'He was born in 1945.',
      '1946 was a good year.',
    ]);
  });
  it('no sentence ends inside a dotted name ("ver.di", "BettiePage.com"), and one ends after a temperature\'s unit letter before a capital', () => {
    const text = 'The ver.di union says the strike will go on. Badajoz hit 44.1C. AEMET issued red alerts. The site, BettiePage.com, logs 20 million hits.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The ver.di union says the strike will go on.',
      'Badajoz hit 44.1C.',
      'AEMET issued red alerts.',
      'The site, BettiePage.com, logs 20 million hits.',
    ]);
    // An initial is still an initial.
    expect(splitSentences('It was John F. Kennedy who spoke.')).toHaveLength(1);
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

  it('a long unbroken run (an attachment pasted as text) is read in bounded tokens, at exact offsets, the sentences around it as without it', () => {
    const first = 'Police in Oslo arrested 12 people on Sunday, officials said.';
    const last = 'The protest was peaceful.';
    // 100,000 characters of base64 (with its "+" and "/"), then 100,000 letters with no mark at all.
    const base64 = Buffer.from(Array.from({ length: 75_000 }, (_, i) => (i * 7919 + (i >> 8)) % 256)).toString('base64');
    const letters = 'abcdefghijklmnopqrstuvwxyz'.repeat(4_000).slice(0, 100_000);
    for (const run of [base64, letters]) {
      expect(run).toHaveLength(100_000);
      const text = `${first}\n\nAttachment: ${run}\n\n${last}\n`;
      const runStart = text.indexOf(run);
      const sentences = splitSentences(text);
      const tokens = sentences.flatMap((s) => s.tokens);
      for (const t of tokens) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(t.end - t.start).toBeLessThanOrEqual(LONGEST_RUN);
      }
      for (let k = 1; k < tokens.length; k++) expect(tokens[k].start).toBeGreaterThanOrEqual(tokens[k - 1].end);
      // The run's tokens are all of it, in order, nothing dropped.
      const inRun = tokens.filter((t) => t.start >= runStart && t.end <= runStart + run.length);
      expect(inRun.map((t) => t.text).join('')).toBe(run);
      expect(inRun.length).toBeGreaterThanOrEqual(run.length / LONGEST_RUN);
      // The sentences before and after it are tokenised as they are alone, at the same offsets.
      const alone = (s: string, shift: number) => splitSentences(s).flatMap((x) => x.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })));
      expect(sentences[0].tokens).toEqual(alone(first, 0));
      expect(sentences.at(-1)!.tokens).toEqual(alone(last, text.lastIndexOf(last)));
      expect(tokens.find((t) => t.text === 'Attachment')?.start).toBe(runStart - 'Attachment: '.length);
    }
  });

  it('only runs longer than LONGEST_RUN are cut, after a mark if one is near, never inside a character', () => {
    const url = 'https://www.example.com/news/2019/11/18/' + 'a-long-slug-of-words-'.repeat(9) + 'end.html';
    expect(url.length).toBeLessThanOrEqual(LONGEST_RUN);
    const text = `Read ${url} now.\n\nA normal report, 12 lines long.`;
    expect(splitSentences(text)[0].tokens.map((t) => t.text)).toContain(url);
    const long = `a ${'x'.repeat(LONGEST_RUN - 1)}😀${'y'.repeat(600)} ${'ab/'.repeat(300)} b`;
    const tokens = splitSentences(long).flatMap((s) => s.tokens);
    for (const t of tokens) {
      expect(t.text.length).toBeLessThanOrEqual(LONGEST_RUN);
      expect(t.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(tokens.map((t) => t.text).join('')).toBe(long.replace(/ /g, ''));
    // The letters are cut at the limit, but for the emoji's two halves (the emoji is a token of its own).
    expect(tokens.slice(0, 6).map((t) => t.text.length)).toEqual([1, LONGEST_RUN - 1, 2, LONGEST_RUN - 2, LONGEST_RUN, 600 - 2 * LONGEST_RUN + 2]);
    // The "ab/" run is cut after a "/" (no token spans a cut), into "ab" and "/" tokens.
    expect(new Set(tokens.slice(6, -1).map((t) => t.text))).toEqual(new Set(['ab', '/']));
  });

  it('empty and blank texts have no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
