/**
 * Trains Storyline's part-of-speech tagger (src/analyze/pos): an averaged perceptron, greedy
 * left to right, that reproduces wink-nlp's Universal POS tags (a distillation: every component
 * downstream was tuned on wink's tags, so wink's tags are the gold here, not a treebank's).
 *
 *   npx tsx scripts/train-pos.ts [--epochs 8] [--out models/pos.json.gz] [--corpus FILE]
 *
 * Reads the training texts of scripts/pos-corpus.ts (CoNLL-2003, TempEval-3, the extraction
 * set's bodies, the seeds; never PolNeAR or ECB+, where scripts/compare-pos.ts measures the
 * agreement), tags them with wink-nlp as src/analyze/tokens.ts does, and learns from wink's
 * tokens and tags. With --corpus FILE the tagged texts are kept in FILE (JSON, outside the
 * repository) and read from it on the next run. Deterministic (fixed-seed shuffles); weights
 * averaged; tiny weights and rare features dropped; written as gzipped JSON.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AFTER, BEFORE, NPREV, NTAGFEATS, NTAGS, OFFSETS, READ_AT, START, TAG_TEMPLATES, TAGS, shapeClass, tagValues, wordTemplate, wordValues } from '../src/analyze/pos/features.js';
import { POS_MODEL_PATH, type PosModel } from '../src/analyze/pos/model.js';
import { tagWithWink, trainingTexts, winkLexicon, type TaggedSentence } from './pos-corpus.js';
import { random, shuffleInPlace } from './shuffle.js';
import { AveragedPerceptron, arg } from './training.js';

const EPOCHS = Number(arg('--epochs', '8'));
const OUT = resolve(arg('--out', POS_MODEL_PATH));
const CORPUS = arg('--corpus', '');
const MIN_COUNT = Number(arg('--min-count', '3')); // a word feature seen once (twice: each text has two copies) says little and costs room
const FREQUENT = Number(arg('--frequent', '1000')); // lowercase words read with the previous tag and the previous word
const PAIR_MIN = Number(arg('--pair-min', '3')); // a pair of frequent words is read when seen this often
const DICT_MIN = Number(arg('--dict-min', '20')); // a word in the tag dictionary is seen this often...
const DICT_SHARE = Number(arg('--dict-share', '0.995')); // ...with one tag this often
const SCALE = 100;
const MIN_WEIGHT = Number(arg('--min-weight', '3')); // in 1/SCALE units: a row whose every weight is smaller is dropped
const SEP = '\u0001';

const t0 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${s}\n`);

/**
 * The text with typographic quotes and apostrophes (’s, “...”), as most news is written today:
 * the training texts have straight ones only, and wink's lexicon lists both (its rules read
 * "who’s" as it reads "who's"), so a second copy of each text teaches the tagger the curly ones.
 */
function curly(text: string): string {
  return text.replace(/'/g, '’').replace(/(^|[\s([{])"/g, '$1“').replace(/"/g, '”');
}

function corpus(): TaggedSentence[] {
  if (CORPUS && existsSync(CORPUS)) return (JSON.parse(readFileSync(CORPUS, 'utf8')) as TaggedSentence[][]).flat();
  const texts = trainingTexts();
  const docs = tagWithWink([...texts, ...texts.map(curly)]);
  if (CORPUS) writeFileSync(CORPUS, JSON.stringify(docs));
  return docs.flat();
}

const sentences = corpus().filter((s) => s.words.length);
const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));
const gold = sentences.map((s) => Uint8Array.from(s.tags, (t) => tagIndex.get(t) ?? tagIndex.get('X')!));
log(`${sentences.length} sentences, ${gold.reduce((n, g) => n + g.length, 0)} tokens`);

// The tag dictionary: words (as written) seen often, with (nearly) always one tag.
const byWord = new Map<string, Int32Array>();
sentences.forEach((s, k) =>
  s.words.forEach((w, i) => {
    let c = byWord.get(w);
    if (!c) byWord.set(w, (c = new Int32Array(NTAGS)));
    c[gold[k][i]]++;
  }),
);
// Not a word that wink's lexicon allows other tags ("'s", PART in the training texts, is AUX
// in "who's"): wink's rules may move it where the training texts never show it.
const lexicon = winkLexicon();
const oneTag = (w: string) => !(lexicon.get(w) ?? lexicon.get(w.toLowerCase()) ?? '').includes('_');
const dict: Record<string, number> = {};
for (const [w, c] of byWord) {
  let n = 0, best = 0;
  for (let t = 0; t < NTAGS; t++) ((n += c[t]), c[t] > c[best] && (best = t));
  if (n >= DICT_MIN && c[best] >= DICT_SHARE * n && oneTag(w)) dict[w] = best;
}
const inDict = (w: string) => Object.hasOwn(dict, w);
log(`${Object.keys(dict).length} words in the tag dictionary`);

// Frequent lowercase words, read together with the previous tag, and in pairs with the previous word.
const lowerCounts = new Map<string, number>();
for (const s of sentences) for (const w of s.words) lowerCounts.set(w.toLowerCase(), (lowerCounts.get(w.toLowerCase()) ?? 0) + 1);
const frequent = [...lowerCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, FREQUENT).map(([w]) => w);
const frequentId = new Map(frequent.map((w, i) => [w, i]));
const pwIds = sentences.map(({ words }) => Int32Array.from(words, (w) => frequentId.get(w.toLowerCase()) ?? -1));
const pairKey = (s: number, i: number) => (i > 0 && pwIds[s][i] >= 0 && pwIds[s][i - 1] >= 0 ? pwIds[s][i - 1] * frequent.length + pwIds[s][i] : -1);
const pairCounts = new Map<number, number>();
sentences.forEach(({ words }, s) => words.forEach((w, i) => !inDict(w) && pairKey(s, i) >= 0 && pairCounts.set(pairKey(s, i), (pairCounts.get(pairKey(s, i)) ?? 0) + 1)));
const pairKeys = [...pairCounts].filter(([, n]) => n >= PAIR_MIN).map(([k]) => k).sort((a, b) => a - b);

// Feature ids: word features "<template>\x01<value>" (kept when seen MIN_COUNT times), tag features, then pairs.
const valuesOf = new Map<string, string[]>();
const values = (w: string) => valuesOf.get(w) ?? (valuesOf.set(w, wordValues(w, lexicon)), valuesOf.get(w)!);
const wordKeys = (words: string[], i: number) => {
  const keys: string[] = [];
  OFFSETS.forEach((o, oi) => {
    const j = i + o;
    const v = values(j < 0 ? BEFORE : j >= words.length ? AFTER : words[j]);
    for (const k of READ_AT[oi]) keys.push(wordTemplate(o, k) + SEP + v[k]);
  });
  return keys;
};
const counts = new Map<string, number>();
for (const { words } of sentences) for (let i = 0; i < words.length; i++) if (!inDict(words[i])) for (const key of wordKeys(words, i)) counts.set(key, (counts.get(key) ?? 0) + 1);
const names: string[] = [];
const ids = new Map<string, number>();
for (const [key, n] of counts) if (n >= MIN_COUNT) (ids.set(key, names.length), names.push(key));
const tagBase = TAG_TEMPLATES.map(([name, size]) => {
  const base = names.length;
  for (let v = 0; v < size; v++) names.push(name + SEP + v);
  return base;
});
const pwBase = names.length;
for (let f = 0; f < frequent.length; f++) for (let p = 0; p < NPREV; p++) names.push(`pw${SEP}${f} ${p}`);
const pairBase = names.length;
const pairId = new Map(pairKeys.map((k, i) => [k, pairBase + i]));
for (const k of pairKeys) names.push(`pp${SEP}${k}`);
log(`${names.length} features (${counts.size - ids.size} rare word features dropped)`);

// Per token, its word-feature ids (none for a word of the dictionary, which is never scored).
const wordIds = sentences.map(({ words }) => words.map((w, i) => (inDict(w) ? [] : wordKeys(words, i).map((k) => ids.get(k) ?? -1).filter((x) => x >= 0))));
const classes = sentences.map(({ words }) => Uint8Array.from(words, shapeClass));

const perceptron = new AveragedPerceptron(names.length, NTAGS);

function averaged(): PosModel {
  const byClass: Record<string, string[]> = {};
  for (const [w, cls] of lexicon) (byClass[cls] ??= []).push(w);
  const model: PosModel = {
    version: 1, tags: TAGS, scale: SCALE, word: {}, tag: {}, frequent, pw: {}, pairs: { keys: [], weights: [] }, dict,
    lexicon: Object.fromEntries(Object.entries(byClass).map(([cls, ws]) => [cls, ws.join(' ')])),
  };
  const words: Record<string, { values: string[]; weights: number[] }> = {};
  names.forEach((name, f) => {
    const w = perceptron.averaged(f, SCALE);
    if (w.every((x) => Math.abs(x) < MIN_WEIGHT)) return;
    const [template, value] = name.split(SEP);
    if (f >= pairBase) (model.pairs.keys.push(Number(value)), model.pairs.weights.push(...w));
    else if (f >= pwBase) model.pw[value] = w;
    else if (f >= tagBase[0]) (model.tag[template] ??= {})[value] = w;
    else {
      const to = (words[template] ??= { values: [], weights: [] });
      to.values.push(value);
      to.weights.push(...w);
    }
  });
  for (const [template, { values, weights: w }] of Object.entries(words)) model.word[template] = { values: values.join('\n'), weights: w };
  return model;
}

const rand = random(20250402);
const order = sentences.map((_, i) => i);
const scores = new Float64Array(NTAGS);
const tagFeats = new Int32Array(NTAGFEATS);
const feats: number[] = [];
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  shuffleInPlace(order, rand);
  let errors = 0, total = 0;
  for (const s of order) {
    const words = sentences[s].words;
    let prev: number = START, prev2: number = START;
    for (let i = 0; i < words.length; i++) {
      const truth = gold[s][i];
      let guess = dict[words[i]];
      if (guess === undefined) {
        feats.length = 0;
        for (const f of wordIds[s][i]) feats.push(f);
        tagValues(prev, prev2, classes[s][i], tagFeats);
        for (let k = 0; k < NTAGFEATS; k++) feats.push(tagBase[k] + tagFeats[k]);
        if (pwIds[s][i] >= 0) feats.push(pwBase + pwIds[s][i] * NPREV + prev);
        const pair = pairId.get(pairKey(s, i));
        if (pair !== undefined) feats.push(pair);
        perceptron.score(feats, scores);
        guess = 0;
        for (let t = 1; t < NTAGS; t++) if (scores[t] > scores[guess]) guess = t;
        perceptron.learn(feats, truth, guess);
      }
      if (guess !== truth) errors++;
      total++;
      prev2 = prev;
      prev = guess;
    }
  }
  log(`epoch ${epoch}: ${((100 * errors) / total).toFixed(2)}% training tokens wrong`);
}

const model = averaged();
const gz = gzipSync(JSON.stringify(model), { level: 9 });
writeFileSync(OUT, gz);
const kept = Object.values(model.word).reduce((n, t) => n + t.weights.length / NTAGS, 0);
log(`wrote ${OUT}: ${kept} word features, ${Object.keys(model.pw).length} word-tag pairs, ${model.pairs.keys.length} word pairs, ${(gz.length / 2 ** 20).toFixed(2)} MB gzipped`);
