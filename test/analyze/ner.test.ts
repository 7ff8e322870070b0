import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../src/analyze/index.js';
import { otherOccurrences } from '../../src/analyze/entities/spans.js';
import { cannotStart, loadTagger, MODEL_PATH } from '../../src/analyze/entities/perceptron.js';
import { shapeClass } from '../../src/analyze/entities/features.js';
import { splitSentences } from '../../src/analyze/tokens.js';
import type { Token } from '../../src/analyze/doc.js';
import { ROOT } from '../web/build.js';
import { CLUSTERS_PATH, loadClusters } from '../../src/analyze/word-clusters.js';

/** The tagger's entities of a text, as "TYPE:text". Sentences written for these tests. */
function tag(text: string): string[] {
  const tagger = loadTagger();
  expect(tagger, `model at ${MODEL_PATH}`).not.toBeNull();
  return tagger!.tag(splitSentences(text).map((s) => s.tokens)).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('named-entity tagger', () => {
  it('a person and a place after "in"', () => {
    const found = tag('Angela Merkel met union leaders in Hamburg on Tuesday.');
    expect(found).toContain('PER:Angela Merkel');
    expect(found).toContain('LOC:Hamburg');
  });

  it('names it never saw in training are typed by the words they are clustered with', () => {
    // Neither city nor company is in CoNLL-2003's training text; before the clusters, Tashkent
    // was an organisation and the two companies one.
    expect(tag('Protesters gathered in Bishkek, Tashkent and Dushanbe on Friday.')).toEqual(['LOC:Bishkek', 'LOC:Tashkent', 'LOC:Dushanbe']);
    expect(tag('Vodafone and Telefonica agreed to share masts.')).toEqual(['ORG:Vodafone', 'ORG:Telefonica']);
  });

  it('an organisation with "of" inside its name', () => {
    expect(tag('The Bank of England raised interest rates again.')).toContain('ORG:Bank of England');
  });

  it('a hyphenated name is one entity; a possessive ends a name', () => {
    expect(tag("Elon Musk's Tesla reported record deliveries.").map((f) => f.split(':')[1])).toEqual(['Elon Musk', 'Tesla']);
    const found = tag('Police arrested dozens of people in Almaty and Nur-Sultan on Sunday.');
    expect(found.map((f) => f.split(':')[1])).toContain('Nur-Sultan');
  });

  it('no name begins with punctuation or a lowercase word ("he\'s", "&"), but a particle may begin one', () => {
    const found = tag("It's cold in Oslo, and he's sure there's more snow to come. Jim & Sarah stayed home.");
    expect(found.filter((f) => !/^[A-Z]+:\p{Lu}/u.test(f))).toEqual([]);
    expect(found).toContain('LOC:Oslo');
    expect(cannotStart(shapeClass('&'), 0)).toBe(true);
    expect(cannotStart(shapeClass('snow'), 0)).toBe(true);
    expect(cannotStart(shapeClass('de'), 0b11110)).toBe(false);
    expect(cannotStart(shapeClass('Oslo'), 0b11110)).toBe(false);
  });

  it('a web address at the top of a pasted report is no name, and does not swallow the headline after it', () => {
    const found = tag('http://www.sportsnews.example/view/78310-red-sox-to-break-bank-for-teixeira\nRed Sox to break bank for Teixeira\n\nThe Red Sox are ready to offer Mark Teixeira a big contract.');
    expect(found.filter((f) => f.includes('http'))).toEqual([]);
    expect(found).toContain('ORG:Red Sox');
    expect(tag('https://twitter.com/JaneDoe Jane Doe said the vote was close.')).toEqual(['PER:Jane Doe']);
  });

  it('a Title Case headline is read by its words, not its capitals', () => {
    const found = tag('Merkel Meets Macron in Paris Ahead of Summit\n\nGerman Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Tuesday.');
    expect(found).toContain('LOC:Paris');
    expect(found.some((f) => f.includes('Meets'))).toBe(false);
  });

  it('a lowercase word continues no name but the small words inside names; a person takes only particles', () => {
    const found = tag('The world champion Maria Lopez of the Madrid Athletics Federation met Ludwig van Beethoven fans.');
    expect(found.some((f) => /champion|fans/.test(f))).toBe(false);
    expect(found.some((f) => f.startsWith('PER:') && / of /.test(f))).toBe(false);
  });

  it('common words are not entities', () => {
    expect(tag('The rain stopped and the children went back to school.')).toEqual([]);
  });

  it('tags plain tokens (no word record of the tokenizer\'s) and a cleared cache alike', () => {
    const text = 'Angela Merkel met Emmanuel Macron in Paris. The Bank of England said so on Monday, and officials in Nur-Sultan agreed.';
    const tagger = loadTagger()!;
    const ours = splitSentences(text).map((s) => s.tokens);
    const plain = ours.map((tokens) => tokens.map((t) => ({ ...t })));
    const spans = (sentences: Token[][]) => tagger.tag(sentences).map(({ start, end, type }) => `${type}:${text.slice(start, end)}`);
    const first = spans(ours);
    expect(first).toContain('PER:Angela Merkel');
    expect(first.some((f) => f.includes('Nur-Sultan'))).toBe(true);
    expect(spans(plain)).toEqual(first);
    tagger.clearCache();
    expect(spans(ours)).toEqual(first);
  });
});

describe('the model and its word clusters', () => {
  it('the shipped model names the shipped clusters; one trained with other clusters is refused, naming both files', () => {
    const model = JSON.parse(gunzipSync(readFileSync(MODEL_PATH)).toString('utf8')) as { clusters?: string };
    expect(model.clusters).toBe(loadClusters().hash);
    const path = join(mkdtempSync(join(tmpdir(), 'ner-')), 'other.json.gz');
    writeFileSync(path, gzipSync(JSON.stringify({ ...model, clusters: '0'.repeat(64) })));
    expect(() => loadTagger(path)).toThrow(`${path} was trained with other word clusters than ${CLUSTERS_PATH}`);
  });
});

describe('recogniser rules after the tagger', () => {
  it('a title before a name is left out of it and makes it a person; a lone weekday is no name', () => {
    const list = analyzeDoc({ title: null, body: 'The Federal Reserve held rates steady, Chair Jerome Powell said on Sunday.', published: null }).entities;
    expect(list.find((e) => e.name === 'Jerome Powell')?.type).toBe('person');
    expect(list.find((e) => e.name === 'Sunday')).toBeUndefined();
  });
});

describe('names the tagger found once', () => {
  it('are found again where it missed them, as whole words only', () => {
    const body = 'Investors cheered Apple on Tuesday. Apple declined to comment; Applebee and pineapple did not.';
    const again = otherOccurrences(body, [{ start: 18, end: 23, text: 'Apple', type: 'organization' }]);
    expect(again).toEqual([{ start: 36, end: 41, text: 'Apple', type: 'organization' }]);
  });

  it('are found as a search of the whole text finds them: names of several words, with marks, accents or a letter beyond the BMP', () => {
    const body =
      'AT&T and Kassym-Jomart Tokayev met in Łódź. AT&Tx, AT&T; Kassym-Jomart Tokayevs, Kassym-Jomart Tokayev. ' +
      'St. Louis and St. Louis; Łódź, Łódźka. 𝐀lpha met 𝐀lpha and x𝐀lpha. Tokayev said, Tokayev.';
    const spans = ['AT&T', 'Kassym-Jomart Tokayev', 'Łódź', 'St. Louis', '𝐀lpha'].map((text) => {
      const start = body.indexOf(text);
      return { start, end: start + text.length, text, type: 'person' as const };
    });
    const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    const expected = [...spans, { text: 'Tokayev', type: 'person' as const }].flatMap(({ text, type }) => {
      const at: number[] = [];
      for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) at.push(i);
      return at
        .filter((i) => !wordChar(body[i - 1]) && !wordChar(body[i + text.length]) && !spans.some((s) => i < s.end && s.start < i + text.length))
        .map((start) => ({ start, end: start + text.length, text, type }));
    });
    const again = otherOccurrences(body, spans);
    expect(again.length).toBeGreaterThanOrEqual(7);
    expect(again).toEqual(expected.filter((o, k) => !expected.slice(0, k).some((p) => o.start < p.end && p.start < o.end)));
  });
});

describe('named-entity model in the build', () => {
  // The global test setup compiles src/ to dist/: the built module must find models/ too.
  it('dist/ resolves and loads the same model file', () => {
    const built = join(ROOT, 'dist/analyze/entities/perceptron.js');
    expect(existsSync(built)).toBe(true);
    const script = `import(${JSON.stringify(built)}).then((m) => { const t = m.loadTagger(); console.log(JSON.stringify([m.MODEL_PATH, t !== null])); })`;
    const [path, loaded] = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as [string, boolean];
    expect(path).toBe(MODEL_PATH);
    expect(loaded).toBe(true);
  });
});
