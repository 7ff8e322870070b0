import { describe, expect, it } from 'vitest';
import { wordOf } from '../../src/analyze/word-vectors.js';

describe('shared word records', () => {
  it('one record per text, found from a string or from a stretch of a longer text', () => {
    const text = 'the cat saw the Cat';
    const the = wordOf('the');
    expect(wordOf(text, 0, 3)).toBe(the);
    expect(wordOf(text, 12, 15)).toBe(the);
    expect(wordOf(text, 4, 7).text).toBe('cat');
    expect(wordOf(text, 16, 19)).not.toBe(wordOf(text, 4, 7));
    expect(wordOf('th')).not.toBe(the);
    expect(wordOf('')).toBe(wordOf(text, 3, 3));
    expect(wordOf('😀 x', 0, 2).text).toBe('😀');
  });

  it('every text keeps its own record when more words are read than the table holds', () => {
    const first = wordOf('Qwertyan');
    const words = Array.from({ length: 120_000 }, (_, i) => `w${i.toString(36)}`);
    const records = words.map((w) => wordOf(w));
    for (let i = 0; i < words.length; i += 997) expect(records[i].text).toBe(words[i]);
    expect(new Set(records).size).toBe(words.length);
    expect(first.text).toBe('Qwertyan'); // a record handed out stays as it was
    expect(wordOf('Qwertyan').text).toBe('Qwertyan');
    const last = words.at(-1)!;
    expect(wordOf(last)).toBe(records.at(-1));
  });
});

describe('shared word records of words whose hashes collide', () => {
  it('each keeps its own record, in time linear in their number', () => {
    // "Aa" and "BB" hash alike, so do all 2^14 words of fourteen such pairs.
    const words = Array.from({ length: 16_384 }, (_, n) => Array.from({ length: 14 }, (_, b) => ((n >> b) & 1 ? 'BB' : 'Aa')).join(''));
    const started = process.cpuUsage();
    const records = words.map((w) => wordOf(w));
    const again = words.map((w) => wordOf(`${w}.`, 0, w.length));
    const cpu = process.cpuUsage(started);
    expect(new Set(records).size).toBe(words.length);
    expect(again.every((r, n) => r === records[n])).toBe(true);
    records.forEach((r, n) => expect(r.text).toBe(words[n]));
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(2000); // unbounded probing took 5.7 s
  });
});
