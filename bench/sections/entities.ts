/**
 * Entities on CoNLL-2003 eng.testa: entity-level exact span-and-type P/R/F1 (PER/ORG/LOC, and
 * all four types with MISC as "other"), for the recogniser Storyline ships (trained tagger plus
 * its rules and per-report merging), the bare tagger alone, and a capitalisation baseline (every
 * capitalised run is an entity, typed by majority: person). Also the tagger's own speed.
 * compromise's figure (~0.37) is reported in ENVIRONMENT.md, not measured here.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDoc } from '../../src/analyze/index.js';
import type { Token } from '../../src/analyze/doc.js';
import { loadTagger } from '../../src/analyze/entities/perceptron.js';
import { readConll } from '../../scripts/conll.js';
import type { BenchSection } from '../run.js';
import { table } from '../util.js';

const FILE = resolve(import.meta.dirname, '../../../shared/datasets/conll2003-dev/eng.testa');
const TYPE: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
const MAIN = ['person', 'organization', 'place'];

function score(pred: Set<string>[], gold: Set<string>[], types: string[]) {
  let tp = 0, fp = 0, fn = 0;
  pred.forEach((p, i) => {
    for (const x of p) if (types.includes(x.split(':')[2])) (gold[i].has(x) ? tp++ : fp++);
    for (const x of gold[i]) if (types.includes(x.split(':')[2]) && !p.has(x)) fn++;
  });
  const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
  return [P, R, (2 * P * R) / (P + R || 1)];
}

/** Rows for one system: PER/ORG/LOC, each type, all four. */
function rows(name: string, pred: Set<string>[], gold: Set<string>[]): (string | number)[][] {
  return [
    [`${name}, PER/ORG/LOC`, ...score(pred, gold, MAIN)],
    ...MAIN.map((t) => [`  ${t}`, ...score(pred, gold, [t])]),
    [`  all four (MISC as other)`, ...score(pred, gold, [...MAIN, 'other'])],
  ];
}

const section: BenchSection = {
  name: 'entities',
  async run() {
    if (!existsSync(FILE)) return 'CoNLL-2003 (../shared/datasets/conll2003-dev) absent: skipped.';
    const tagger = loadTagger();
    if (!tagger) return 'models/ner.json.gz absent: train it with `npx tsx scripts/train-ner.ts`.';
    const docs = readConll(FILE);
    const gold = docs.map((d) => new Set(d.spans.map((s) => `${s.start}:${s.end}:${TYPE[s.type]}`)));
    const shipped: Set<string>[] = [];
    const bare: Set<string>[] = [];
    const base: Set<string>[] = [];
    const sentences: Token[][][] = [];
    let tokens = 0;
    const t0 = performance.now();
    for (const d of docs) {
      const doc = analyzeDoc({ title: null, body: d.text, published: null });
      const tokenised = doc.sentences.map((s) => s.tokens);
      sentences.push(tokenised);
      tokens += tokenised.reduce((k, s) => k + s.length, 0);
      shipped.push(new Set(doc.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}:${e.type}`))));
      bare.push(new Set(tagger.tag(tokenised).map((s) => `${s.start}:${s.end}:${TYPE[s.type]}`)));
      base.push(new Set([...d.text.matchAll(/\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*/gu)].map((m) => `${m.index}:${m.index! + m[0].length}:person`)));
    }
    const ms = performance.now() - t0;
    // The tagger alone on the same tokens, its word cache already warm from the pass above (as in a running server).
    // The fastest of 15 rounds: the machine is shared, the slower rounds measure the others.
    const fastest = (fresh: boolean) => {
      let best = Infinity;
      for (let r = 0; r < 15; r++) {
        if (fresh) tagger.clearCache();
        const t1 = performance.now();
        for (const s of sentences) tagger.tag(s);
        best = Math.min(best, performance.now() - t1);
      }
      return best;
    };
    const taggerMs = fastest(false);
    const freshMs = fastest(true);
    const perArticle = (ms: number) => ((ms / tokens) * 800).toFixed(2); // a 4.5 KB article is about 800 tokens
    return [
      `${docs.length} documents of eng.testa (${tokens} of our tokens), exact span and type. The shipped recogniser is the trained tagger (four averaged perceptrons mixed, models/ner.json.gz, scripts/train-ner.ts; its word features include word clusters from GloVe, models/word-clusters.txt.gz) with its rules (a first name left out between an office and a surname taken in, a surname from a capitalised particle ("Le Pen") kept with its first name, a name cut before "in"/"of" joined when the report writes its acronym, well-known organisations the tagger missed, cut or ran together (a gazetteer of one-word and full names) taken as such, titles left out of names and making people, a name split at a short title or an office ("House Speaker Paul Ryan", "Senate Majority Leader Mitch McConnell") inside it, an office at a name's end dropped ("Los Angeles County Sheriff"), lowercase tails trimmed, an unknown capitalised word after a name joined to it, a middle initial kept inside a name, a first name joined to the surname after it, an organisation's leading "The" dropped, "Democratic" and "Party" joined, a name before "administration" a person, lone weekdays, short months, titles and pronoun contractions dropped, holidays and party-state tags ("R-Texas") typed other, a title tagged alone joined to the name after it, other occurrences of a found name and of a found person's surname added, a few well-known organisations and names ending in an organisation's word typed, places coordinated with places) and per-report merging (surnames, each the alias of the first person named in full with it, an organisation's last words and acronyms as aliases), whose type votes (a name of several words counting twice; a full name typed a person twice is one) can retype a mention.`,
      '',
      table(['system', 'P', 'R', 'F1'], [
        ...rows('Storyline (tagger + rules)', shipped, gold),
        ...rows('bare tagger', bare, gold),
        ['capitalisation baseline, PER/ORG/LOC', ...score(base, gold, MAIN)],
      ]),
      '',
      `Tagger alone: ${((tokens / taggerMs) * 1000).toFixed(0)} tokens/s, ${perArticle(taggerMs)} ms per 800-token (4.5 KB) article with a warm word cache (as in a running server); ${perArticle(freshMs)} ms when every word of this text is new to its cache (worst case). Whole analysis pipeline on this text: ${((tokens / ms) * 1000).toFixed(0)} tokens/s. Timings are on a shared 2-core machine and noisy.`,
      '',
      'Target: F1 >= 0.85 on PER/ORG/LOC (the rules this replaced reached 0.594: P 0.691, R 0.521; person 0.713, organization 0.285, place 0.645).',
    ].join('\n');
  },
};
export default section;
