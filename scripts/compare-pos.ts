/**
 * How closely our part-of-speech tagger (src/analyze/pos) reproduces wink-nlp's tags, and how
 * fast it is, on texts it never learnt from: every PolNeAR and ECB+ development article.
 *
 *   npx tsx scripts/compare-pos.ts [--model models/pos.json.gz] [--corpus FILE]
 *
 * Each article is read by wink-nlp as src/analyze/tokens.ts reads it; our tagger gets wink's
 * own tokens, sentence by sentence, and its tags are compared with wink's: agreement, the
 * largest confusions, and per tag how often wink's tag is given back (recall) and ours is
 * wink's (precision). With --corpus FILE wink's tagging is kept in FILE (JSON, outside the
 * repository) and read from it on the next run.
 *
 * Speed: the articles are tagged in order, once, by a tagger whose word cache holds the words
 * of the articles before (as in a worker reading news), so each article is read for the first
 * time; the CPU time is the least of three such passes, each with a new tagger. Measure it on
 * compiled code for the real figure (tsx adds little to this loop, but some).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { NTAGS, TAGS } from '../src/analyze/pos/features.js';
import { POS_MODEL_PATH, type PosModel } from '../src/analyze/pos/model.js';
import { PosTagger } from '../src/analyze/pos/tagger.js';
import { measuringTexts, tagWithWink, type TaggedSentence } from './pos-corpus.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const MODEL = resolve(arg('--model', POS_MODEL_PATH));
const CORPUS = arg('--corpus', '');

type Corpus = Record<'polnear' | 'ecb', TaggedSentence[][]>;
function corpus(): Corpus {
  if (CORPUS && existsSync(CORPUS)) return JSON.parse(readFileSync(CORPUS, 'utf8')) as Corpus;
  const texts = measuringTexts();
  const tagged = { polnear: tagWithWink(texts.polnear), ecb: tagWithWink(texts.ecb) };
  if (CORPUS) writeFileSync(CORPUS, JSON.stringify(tagged));
  return tagged;
}

const model = JSON.parse(gunzipSync(readFileSync(MODEL)).toString('utf8')) as PosModel;
const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));
const pct = (a: number, b: number) => `${((100 * a) / (b || 1)).toFixed(2)}%`;

function agreement(name: string, docs: TaggedSentence[][]): void {
  const tagger = new PosTagger(model);
  const confusion = new Int32Array(NTAGS * NTAGS); // wink * NTAGS + ours
  let out = new Uint8Array(256);
  for (const doc of docs)
    for (const { words, tags } of doc) {
      if (out.length < words.length) out = new Uint8Array(2 * words.length);
      tagger.tagInto(words, out);
      tags.forEach((t, i) => confusion[(tagIndex.get(t) ?? tagIndex.get('X')!) * NTAGS + out[i]]++);
    }
  let total = 0, same = 0;
  for (let a = 0; a < NTAGS; a++) for (let b = 0; b < NTAGS; b++) ((total += confusion[a * NTAGS + b]), a === b && (same += confusion[a * NTAGS + b]));
  console.log(`\n${name}: ${docs.length} articles, ${total} tokens; agreement with wink ${pct(same, total)}`);
  const pairs: [number, number, number][] = [];
  for (let a = 0; a < NTAGS; a++) for (let b = 0; b < NTAGS; b++) if (a !== b && confusion[a * NTAGS + b]) pairs.push([confusion[a * NTAGS + b], a, b]);
  pairs.sort((x, y) => y[0] - x[0]);
  console.log('largest disagreements (wink -> ours: tokens, share of all tokens):');
  for (const [n, a, b] of pairs.slice(0, 15)) console.log(`  ${TAGS[a].padEnd(6)} -> ${TAGS[b].padEnd(6)} ${String(n).padStart(6)}  ${pct(n, total)}`);
  console.log('per tag (wink count, recall = wink tag given back, precision = our tag is wink\'s):');
  for (let t = 0; t < NTAGS; t++) {
    let wink = 0, ours = 0;
    for (let u = 0; u < NTAGS; u++) ((wink += confusion[t * NTAGS + u]), (ours += confusion[u * NTAGS + t]));
    if (wink || ours) console.log(`  ${TAGS[t].padEnd(6)} ${String(wink).padStart(7)}  recall ${pct(confusion[t * NTAGS + t], wink).padStart(7)}  precision ${pct(confusion[t * NTAGS + t], ours).padStart(7)}`);
  }
}

function speed(name: string, docs: TaggedSentence[][]): void {
  let best = Infinity, tokens = 0;
  const out = new Uint8Array(1 << 16);
  for (let pass = 0; pass < 3; pass++) {
    const tagger = new PosTagger(model);
    // Warm the code (not the word cache) on a few sentences of no article, then start afresh.
    for (let k = 0; k < 200; k++) tagger.tagInto(['The', 'man', 'said', 'on', 'Monday', 'that', 'it', 'was', '3', 'years', '.'], out);
    tagger.clearCache();
    tokens = 0;
    const started = process.cpuUsage();
    for (const doc of docs) for (const { words } of doc) (tagger.tagInto(words, out), (tokens += words.length));
    const cpu = process.cpuUsage(started);
    best = Math.min(best, (cpu.user + cpu.system) / 1000);
  }
  console.log(`${name} speed, first reading: ${((tokens / best) * 1000 / 1e6).toFixed(2)}M tokens/s CPU, ${(best / docs.length).toFixed(3)} ms per article (${Math.round(tokens / docs.length)} tokens)`);
}

const tagged = corpus();
console.log(`model ${MODEL}: ${(readFileSync(MODEL).length / 2 ** 20).toFixed(2)} MB gzipped, ${Object.keys(model.dict).length} words in the tag dictionary`);
agreement('PolNeAR', tagged.polnear);
agreement('ECB+', tagged.ecb);
speed('PolNeAR', tagged.polnear);
speed('ECB+', tagged.ecb);
