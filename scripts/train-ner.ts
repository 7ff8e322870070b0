/**
 * Trains Storyline's named-entity tagger (src/analyze/entities/perceptron.ts): an averaged
 * perceptron over BIO tags for PER/ORG/LOC/MISC, greedy left to right, on CoNLL-2003 eng.train.
 *
 *   npx tsx scripts/train-ner.ts [--mix 4] [--epochs 8] [--dev] [--out models/ner.json.gz]
 *                                [--min-count 1] [--pair-min-count 3] [--shouted 0.3]
 *
 * Reads ../shared/datasets/conll2003-dev/eng.train (beside the checkout; the data is licensed
 * for research and never enters the repository: only learned weights do), tokenises each
 * document with our own tokenizer (wink-nlp, as at run time) and projects the gold entities onto
 * those tokens, so the tagger learns on exactly the tokens it will see. Only the words and the
 * NER column are read, never the data's POS or chunk columns. Each document is also learnt from
 * a second copy with about 30% of its sentences in capitals (--shouted), so that headlines are
 * read by their words. Training is deterministic (fixed-seed shuffles), the weights are averaged,
 * the shipped model mixes four perceptrons trained in four orders (--mix 4), rare word pairs and
 * tiny weights are dropped, and the model is written as gzipped JSON (about 0.9 MB). With --dev
 * it also reports the bare tagger's F1 on eng.testa (after each epoch of a single run, after each
 * run and for the mixture with --mix).
 *
 * Takes about a minute on one core of a busy 2-core machine with --mix 4 (tokenising both copies
 * ~5 s, each epoch ~1-2 s per run).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { splitSentences } from '../src/analyze/tokens.js';
import type { Token } from '../src/analyze/doc.js';
import {
  AFTER, BEFORE, docContext, continuable, NSMALL, PAIR_TEMPLATES, NTAGS, OFFSETS, READ_AT, remember, SMALL_TEMPLATES, START_TAG, TAG_DEPENDENT, TAGS, tagValues, wordTemplate,
  wordValues, type DocContext, type Memory,
} from '../src/analyze/entities/features.js';
import { bestTag, MODEL_PATH, Tagger, type NerModel } from '../src/analyze/entities/perceptron.js';
import { readConll, type ConllDoc } from './conll.js';
import { random, shuffleInPlace } from './shuffle.js';
import { AveragedPerceptron, arg } from './training.js';
import { loadClusters } from '../src/analyze/word-clusters.js';

const DATA = resolve(import.meta.dirname, '../../shared/datasets/conll2003-dev');
const EPOCHS = Number(arg('--epochs', '8'));
const OUT = resolve(arg('--out', MODEL_PATH));
const MIN_COUNT = Number(arg('--min-count', '1'));
const PAIR_MIN_COUNT = Number(arg('--pair-min-count', '3')); // word pairs are many: the rarer ones are dropped
const SCALE = 100;
const MIN_WEIGHT = 3; // in 1/SCALE units: a feature whose every weight is smaller is dropped
const SEP = '\u0001';
const MIX = Number(arg('--mix', '4')); // perceptrons trained in different orders and averaged (see averaged())
if (!Number.isInteger(MIX) || MIX < 1) throw new Error(`train-ner: --mix must be a whole number of runs, 1 or more (got ${arg('--mix', '4')})`);
const SHOUTED = Number(arg('--shouted', '0.3')); // share of sentences in capitals in each document's second copy

interface Sample {
  ctx: DocContext;
  gold: Uint8Array[];
}

/** Our tokens of a CoNLL document and the gold tag of each (B on an entity's first token). */
function sample(doc: ConllDoc): Sample {
  const ctx = docContext(splitSentences(doc.text).map((s) => s.tokens));
  let k = 0;
  const gold = ctx.sentences.map((tokens) =>
    Uint8Array.from(tokens, (t: Token) => {
      while (k < doc.spans.length && doc.spans[k].end <= t.start) k++;
      const span = doc.spans[k];
      if (!span || span.start > t.start) return 0;
      const type = TAGS.indexOf(`B-${span.type}` as (typeof TAGS)[number]);
      return t.start === span.start ? type : type + 1;
    }),
  );
  return { ctx, gold };
}

/**
 * A copy of a document with some sentences in capitals (its gold spans unchanged): CoNLL has
 * ALL CAPS headlines but too few for the tagger to learn to read names by their words rather
 * than their capitals; Title Case headlines of today's news are read in capitals too.
 */
function shouted(doc: ConllDoc, rand: () => number): ConllDoc {
  const text = doc.text
    .split('\n\n')
    .map((p) => (rand() < SHOUTED && p.toUpperCase().length === p.length ? p.toUpperCase() : p))
    .join('\n\n');
  return { text, spans: doc.spans };
}

const t0 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${s}\n`);
const original = readConll(resolve(DATA, 'eng.train'));
const shout = random(7);
const train = [...original, ...(SHOUTED > 0 ? original.map((d) => shouted(d, shout)) : [])].map(sample);
const dev = process.argv.includes('--dev') ? readConll(resolve(DATA, 'eng.testa')) : [];
const devSamples = dev.map(sample);
log(`tokenised ${train.length} training documents`);

// Feature ids: word features "<template>\x01<value>" (kept when seen MIN_COUNT times), then every small feature.
const valuesOf = new Map<string, string[]>();
const values = (w: string) => valuesOf.get(w) ?? (valuesOf.set(w, wordValues(w)), valuesOf.get(w)!);
const wordKeys = (words: string[], i: number) => {
  const keys: string[] = [];
  OFFSETS.forEach((o, oi) => {
    const j = i + o;
    const v = values(j < 0 ? BEFORE : j >= words.length ? AFTER : words[j]);
    for (const k of READ_AT[oi]) keys.push(wordTemplate(o, k) + SEP + v[k]);
  });
  const lower = (j: number) => values(j < 0 ? BEFORE : j >= words.length ? AFTER : words[j])[0];
  keys.push(`${PAIR_TEMPLATES[0]}${SEP}${lower(i - 1)} ${lower(i)}`, `${PAIR_TEMPLATES[1]}${SEP}${lower(i)} ${lower(i + 1)}`);
  return keys;
};
const counts = new Map<string, number>();
for (const { ctx } of train) for (const words of ctx.words) for (let i = 0; i < words.length; i++) for (const key of wordKeys(words, i)) counts.set(key, (counts.get(key) ?? 0) + 1);
const names: string[] = [];
const ids = new Map<string, number>();
const isPair = (key: string) => PAIR_TEMPLATES.some((p) => key.startsWith(p + SEP));
for (const [key, n] of counts) if (n >= (isPair(key) ? PAIR_MIN_COUNT : MIN_COUNT)) (ids.set(key, names.length), names.push(key));
const smallBase = SMALL_TEMPLATES.map(([name, size]) => {
  const base = names.length;
  for (let v = 0; v < size; v++) names.push(name + SEP + v);
  return base;
});
log(`${names.length} features (${counts.size - ids.size} rare word features dropped)`);

// Per token, its word-feature ids, flat, with offsets per sentence.
const wordIds = train.map(({ ctx }) =>
  ctx.words.map((words) => {
    const rows: number[][] = [];
    for (let i = 0; i < words.length; i++) rows.push(wordKeys(words, i).map((k) => ids.get(k) ?? -1).filter((x) => x >= 0));
    return rows;
  }),
);

/**
 * The model: the averaged weights of the perceptrons trained, each over its own order of the
 * documents, averaged again (parameter mixing, McDonald et al. 2010). One greedy perceptron's
 * choices on a name near its decision boundary depend on the order it read the data in; the
 * mixture's depend less.
 */
function averaged(perceptrons: readonly AveragedPerceptron[]): NerModel {
  const model: NerModel = { version: 1, clusters: loadClusters().hash, tags: TAGS, scale: SCALE, word: {}, small: {}, pair: {} };
  names.forEach((name, f) => {
    const runs = perceptrons.map((p) => p.averaged(f, SCALE));
    const w = runs[0].map((_, t) => Math.round(runs.reduce((sum, run) => sum + run[t], 0) / runs.length));
    if (w.every((x) => Math.abs(x) < MIN_WEIGHT)) return;
    const [template, value] = name.split(SEP);
    const group = f >= smallBase[0] ? model.small : isPair(name) ? model.pair! : model.word;
    (group[template] ??= {})[value] = w;
  });
  return model;
}

function evaluate(model: NerModel): string {
  const tagger = new Tagger(model);
  const stats = new Map<string, [number, number, number]>(); // type -> tp, predicted, gold
  const add = (type: string, i: number) => {
    const s = stats.get(type) ?? [0, 0, 0];
    s[i]++;
    stats.set(type, s);
  };
  dev.forEach((doc, d) => {
    const gold = new Set(doc.spans.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of doc.spans) add(s.type, 2);
    for (const s of tagger.tag(devSamples[d].ctx.sentences)) {
      const key = `${s.start}:${s.end}:${s.type}`;
      add(s.type, 1);
      if (gold.has(key)) add(s.type, 0);
    }
  });
  const f1 = (types: string[]) => {
    const [tp, p, g] = [0, 1, 2].map((i) => types.reduce((n, t) => n + (stats.get(t)?.[i] ?? 0), 0));
    return ((2 * tp) / (p + g || 1)).toFixed(3);
  };
  return `dev F1 PER/ORG/LOC ${f1(['PER', 'ORG', 'LOC'])}, all ${f1(['PER', 'ORG', 'LOC', 'MISC'])}; PER ${f1(['PER'])} ORG ${f1(['ORG'])} LOC ${f1(['LOC'])} MISC ${f1(['MISC'])}`;
}

const scores = new Float64Array(NTAGS);
const small = new Int32Array(NSMALL);
const feats: number[] = [];

/** One perceptron, trained over the documents in an order drawn from `seed`. */
function trainOne(seed: number, run: number): AveragedPerceptron {
  const perceptron = new AveragedPerceptron(names.length, NTAGS);
  const rand = random(seed);
  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    shuffleInPlace(order, rand);
    let errors = 0, total = 0;
    for (const d of order) {
      const { ctx, gold } = train[d];
      const memory: Memory = new Map();
      ctx.sentences.forEach((tokens, s) => {
        let prev: number = START_TAG, prev2: number = START_TAG;
        for (let i = 0; i < tokens.length; i++) {
          feats.length = 0;
          for (const f of wordIds[d][s][i]) feats.push(f);
          for (let k = 0; k < TAG_DEPENDENT; k++) small[k] = ctx.fixed[s][i * TAG_DEPENDENT + k];
          tagValues(ctx, s, i, prev, prev2, memory, small);
          for (let k = 0; k < NSMALL; k++) feats.push(smallBase[k] + small[k]);
          perceptron.score(feats, scores);
          const guess = bestTag(scores, prev, continuable(ctx, s, i));
          const truth = gold[s][i];
          if (guess !== truth) errors++;
          perceptron.learn(feats, truth, guess);
          total++;
          remember(ctx, s, i, guess, memory);
          prev2 = prev;
          prev = guess;
        }
      });
    }
    const last = epoch === EPOCHS;
    log(`run ${run}, epoch ${epoch}: ${((100 * errors) / total).toFixed(2)}% training tokens wrong${dev.length && (last || MIX === 1) ? `; ${evaluate(averaged([perceptron]))}` : ''}`);
  }
  return perceptron;
}

const perceptrons = Array.from({ length: MIX }, (_, run) => trainOne(20250401 + run, run + 1));
const model = averaged(perceptrons);
if (dev.length && MIX > 1) log(`mixture of ${MIX}: ${evaluate(model)}`);
const gz = gzipSync(JSON.stringify(model), { level: 9 });
writeFileSync(OUT, gz);
const kept = Object.values(model.word).reduce((n, t) => n + Object.keys(t).length, 0);
log(`wrote ${OUT}: ${kept} word features, ${(gz.length / 2 ** 20).toFixed(2)} MB gzipped`);
