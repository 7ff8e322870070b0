/**
 * Quotes on PolNeAR's dev part: direct quotes found (gold = Content spans that open with a
 * quotation mark; one-to-one greedy matching by overlap) and their speaker right (where the gold
 * Source is a name, not a pronoun; right when the surnames match), beside a bare baseline in the
 * same run (every span between quotation marks, speaker = nearest capitalised name before it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDoc } from '../../src/analyze/index.js';
import type { BenchSection } from '../run.js';
import { table } from '../util.js';

const DIR = resolve(import.meta.dirname, '../../../shared/datasets/polnear-dev');
const PRONOUNS = /^(he|she|they|it|we|i|you|him|her|them|his|its|their|who|which|that)$/i;

interface Gold {
  start: number;
  end: number;
  source: string | null;
}

function readGold(name: string, text: string): Gold[] {
  const ann = readFileSync(join(DIR, 'attributions', name.replace(/\.txt$/, '.ann')), 'utf8').split('\n');
  const spans = new Map<string, { type: string; start: number; end: number; text: string }>();
  for (const line of ann) {
    const m = /^(T\d+)\t(\w+) (\d+)(?: \d+;\d+)* (\d+)\t(.*)$/.exec(line);
    if (m) spans.set(m[1], { type: m[2], start: +m[3], end: +m[4], text: m[5] });
  }
  const gold: Gold[] = [];
  for (const line of ann) {
    if (!line.startsWith('E')) continue;
    const content = /Content:(T\d+)/.exec(line)?.[1];
    const source = /Source:(T\d+)/.exec(line)?.[1];
    const c = content ? spans.get(content) : undefined;
    if (!c || !/^["“]/.test(text.slice(c.start, c.end))) continue;
    const s = source ? spans.get(source)?.text ?? null : null;
    gold.push({ start: c.start, end: c.end, source: s });
  }
  return gold;
}

const surname = (s: string) => s.replace(/['’]s$/, '').trim().split(/\s+/).pop()!.toLowerCase();

function evaluate(pred: { start: number; end: number; speaker: string | null }[][], gold: Gold[][]) {
  let tp = 0, fp = 0, fn = 0, named = 0, right = 0;
  pred.forEach((p, i) => {
    const used = new Set<number>();
    for (const g of gold[i]) {
      let best = -1, overlap = 0;
      p.forEach((q, k) => {
        const o = Math.min(q.end, g.end) - Math.max(q.start, g.start);
        if (!used.has(k) && o > overlap) [best, overlap] = [k, o];
      });
      if (best < 0) {
        fn++;
        continue;
      }
      used.add(best);
      tp++;
      if (g.source && !PRONOUNS.test(g.source.trim())) {
        named++;
        const sp = p[best].speaker;
        if (sp && g.source.toLowerCase().includes(surname(sp))) right++;
      }
    }
    fp += p.length - used.size;
  });
  const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
  return { P, R, F: (2 * P * R) / (P + R || 1), speaker: right / (named || 1), named };
}

const section: BenchSection = {
  name: 'quotes',
  async run() {
    if (!existsSync(DIR)) return 'PolNeAR (../shared/datasets/polnear-dev) absent: skipped.';
    const dev = readFileSync(join(DIR, 'split.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t')).filter(([, s]) => s === 'dev').map(([f]) => f);
    const ours: { start: number; end: number; speaker: string | null }[][] = [];
    const base: { start: number; end: number; speaker: string | null }[][] = [];
    const gold: Gold[][] = [];
    const t0 = performance.now();
    for (const f of dev) {
      const text = readFileSync(join(DIR, 'text', f), 'utf8');
      gold.push(readGold(f, text));
      const published = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? null;
      ours.push(analyzeDoc({ title: null, body: text, published }).quotes.filter((q) => q.direct));
      base.push([...text.matchAll(/["“]([^"”]{1,2000})["”]/g)].map((m) => {
        const before = text.slice(Math.max(0, m.index! - 200), m.index!).match(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu);
        return { start: m.index!, end: m.index! + m[0].length, speaker: before?.pop() ?? null };
      }));
    }
    const ms = performance.now() - t0;
    const o = evaluate(ours, gold);
    const b = evaluate(base, gold);
    return [
      `${dev.length} dev articles, ${gold.flat().length} gold direct quotes; speaker scored on the ${o.named} matched quotes whose gold source is a name.`,
      '',
      table(['system', 'direct P', 'direct R', 'direct F1', 'speaker right'], [
        ['Storyline findQuotes (whole analysis)', o.P, o.R, o.F, o.speaker],
        ['baseline: quotation marks + nearest name before', b.P, b.R, b.F, b.speaker],
      ]),
      '',
      `Targets: direct F1 >= 0.90, speaker >= 0.85. (The whole analysis of these ${dev.length} articles, each read once as scored, took ${((dev.length / ms) * 1000).toFixed(0)} articles/s; the analysis section measures speed.)`,
    ].join('\n');
  },
};
export default section;
