/**
 * The texts the part-of-speech tagger learns from and is measured on, tagged by wink-nlp as
 * scripts/wink-reference.ts reads them (wink's sentences and tokens, SPACE tokens out): shared by
 * scripts/train-pos.ts (training texts) and scripts/compare-pos.ts (PolNeAR and ECB+, never
 * trained on). The data stays outside the repository; only learned weights enter it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { winkSentences } from './wink-reference.js';
import { loadTempEval } from '../bench/sections/dates.js';
import { readConll } from './conll.js';

export const SHARED = resolve(import.meta.dirname, '../../shared');
const DATASETS = join(SHARED, 'datasets');

/** One sentence: wink's token texts and its tags. */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** wink's sentences and tags of each text. */
export function tagWithWink(texts: readonly string[]): TaggedSentence[][] {
  return texts.map((text) => winkSentences(text).map((s) => ({ words: s.tokens.map((t) => t.text), tags: s.tokens.map((t) => t.pos) })));
}

const folderTexts = (...path: string[]) => {
  const dir = join(DATASETS, ...path);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')) : [];
};

/**
 * CoNLL-2003 writes its tokens apart ("it 's", "do n't"), which wink reads otherwise than the
 * same words written together, as news writes them: a lone "'s" is a possessive (PART), the "'s"
 * of "it's" a verb (AUX). The clitics are glued back to the word before them.
 */
function glueClitics(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}]) (?=(?:'s|'re|'ve|'ll|'d|'m|n't)(?![\p{L}\p{N}]))/giu, '');
}

/**
 * Training texts: CoNLL-2003's English training and development documents (Reuters, 1996),
 * TempEval-3's TimeBank and AQUAINT articles, the article-extraction set's gold bodies and the
 * two seed reports. Never PolNeAR or ECB+, on which the agreement with wink is measured.
 */
export function trainingTexts(): string[] {
  const conll = ['eng.train', 'eng.testa'].flatMap((f) => readConll(join(DATASETS, 'conll2003-dev', f)).map((d) => glueClitics(d.text)));
  const tempeval = loadTempEval().map((d) => d.text);
  const extraction = Object.values(JSON.parse(readFileSync(join(DATASETS, 'article-extraction-dev', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>).map((d) => d.articleBody);
  const seeds = existsSync(join(SHARED, 'seeds')) ? readdirSync(join(SHARED, 'seeds')).sort().map((f) => readFileSync(join(SHARED, 'seeds', f), 'utf8')) : [];
  return [...conll, ...tempeval, ...extraction, ...seeds];
}

/** The measuring texts: every PolNeAR and ECB+ development article. */
export function measuringTexts(): { polnear: string[]; ecb: string[] } {
  return { polnear: folderTexts('polnear-dev', 'text'), ecb: folderTexts('ecbplus-dev', 'docs') };
}

/**
 * wink-nlp's lexicon as the tagger reads it: each word (as wink lists it, case kept) -> its
 * lexical class, "default tag:possible tags" ("VERB:NOUN_VERB" for "run"). wink's tagger starts
 * from the default tag and its rules only move a word among its possible tags, so the class
 * tells the tagger much about words it never saw in training. Words with white space are left out.
 */
export function winkLexicon(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const read = require('wink-eng-lite-web-model/dist/read-core-model.js') as () => WinkCoreModel;
  const model = read();
  const { lexicon, packing } = model;
  const field = (k: number, name: string) => {
    const [word, mask, shift] = packing.layout[name];
    return ((lexicon[word + k * packing.size] & mask) >>> shift) as number;
  };
  const tags = model.pos.list;
  const clusters = model.features.posClusters.list as unknown as Set<number>[];
  const out = new Map<string, string>();
  model.features.lexeme.list.forEach((word, k) => {
    if (!word || /\s/.test(word)) return;
    const possible = [...clusters[field(k, 'lexemeCID')]].map((t) => tags[t]).sort().join('_');
    out.set(word, `${tags[field(k, 'pos')]}:${possible}`);
  });
  return out;
}

interface WinkCoreModel {
  lexicon: Uint32Array;
  packing: { size: number; layout: Record<string, [number, number, number]> };
  pos: { list: string[] };
  features: { lexeme: { list: string[] }; posClusters: { list: string[] } };
}
