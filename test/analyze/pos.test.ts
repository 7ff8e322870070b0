import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadPosTagger, readPosTagger, TAGS } from '../../src/analyze/pos/index.js';
import { POS_MODEL_PATH } from '../../src/analyze/pos/model.js';

/** The shipped tagger's tags of one sentence's words. */
const tagTokens = (words: readonly string[]) => loadPosTagger().tag(words);

/** Sentences as wink-nlp tokenises and tags them (checked with src/analyze/tokens.ts), word/TAG. */
const WINK = [
  'The/DET president/NOUN said/VERB he/PRON would/AUX win/VERB ./PUNCT',
  'Barack/PROPN Obama/PROPN met/VERB 3/NUM officials/NOUN in/ADP Paris/PROPN on/ADP Monday/PROPN ./PUNCT',
  'I/PRON think/VERB that/SCONJ he/PRON is/AUX running/VERB ,/PUNCT but/CCONJ it/PRON is/AUX up/ADP to/ADP them/PRON ./PUNCT',
  'Apple/PROPN shares/NOUN rose/VERB 2.5/NUM %/SYM to/PART $/SYM 150/NUM after/ADP the/DET report/NOUN ./PUNCT',
  'Mr./PROPN Smith/PROPN ,/PUNCT who/PRON lives/NOUN in/ADP New/PROPN York/PROPN ,/PUNCT told/VERB Reuters/PROPN that/SCONJ the/DET 2016/NUM election/NOUN was/AUX rigged/VERB ./PUNCT',
];
const split = (line: string) => {
  const pairs = line.split(' ').map((p) => [p.slice(0, p.lastIndexOf('/')), p.slice(p.lastIndexOf('/') + 1)]);
  return { words: pairs.map(([w]) => w), tags: pairs.map(([, t]) => t) };
};

describe('part-of-speech tagger', () => {
  it("gives wink-nlp's tags: verbs and auxiliaries, names as PROPN, numbers as NUM, that as SCONJ", () => {
    for (const line of WINK) {
      const { words, tags } = split(line);
      expect(tagTokens(words)).toEqual(tags);
    }
  });

  it('reads the model once, and any reading of it tags alike', () => {
    expect(loadPosTagger()).toBe(loadPosTagger());
    const other = readPosTagger(POS_MODEL_PATH);
    for (const line of WINK) expect(other.tag(split(line).words)).toEqual(tagTokens(split(line).words));
  });

  it('tags alike with its word cache full, emptied or warm', () => {
    const tagger = readPosTagger(POS_MODEL_PATH);
    const { words } = split(WINK[4]);
    const first = tagger.tag(words);
    for (let i = 0; i < 25_000; i++) tagger.tag([`word${i}`, 'of', `Name${i}`]); // more than the cache holds
    expect(tagger.tag(words)).toEqual(first);
    tagger.clearCache();
    expect(tagger.tag(words)).toEqual(first);
  });

  it('gives a tag to anything: no tokens, one token, a long run, odd characters', () => {
    expect(tagTokens([])).toEqual([]);
    for (const words of [['.'], ['x'.repeat(100_000)], ['😀', '—', '\u0000', 'Ünïcödé', 'https://example.com/a?b=c']]) {
      const tags = tagTokens(words);
      expect(tags).toHaveLength(words.length);
      for (const t of tags) expect(TAGS).toContain(t);
    }
  });

  it('refuses a model file it cannot read, of another version, or with a word given no tag, naming the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pos-model-'));
    const shipped = JSON.parse(gunzipSync(readFileSync(POS_MODEL_PATH)).toString('utf8'));
    const write = (name: string, model: unknown) => {
      writeFileSync(join(dir, name), gzipSync(JSON.stringify(model)));
      return join(dir, name);
    };
    expect(() => readPosTagger(join(dir, 'missing.json.gz'))).toThrow(/missing\.json\.gz could not be read.*scripts\/train-pos\.ts/);
    writeFileSync(join(dir, 'broken.json.gz'), 'not gzip');
    expect(() => readPosTagger(join(dir, 'broken.json.gz'))).toThrow(/broken\.json\.gz could not be read/);
    expect(() => readPosTagger(write('v2.json.gz', { ...shipped, version: 2 }))).toThrow(/version 2, this code reads version 1/);
    const dict = Object.keys(shipped.dict)[0];
    expect(() => readPosTagger(write('dict.json.gz', { ...shipped, dict: { ...shipped.dict, [dict]: 99 } }))).toThrow(/has no tag 99/);
  });
});
