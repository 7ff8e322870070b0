/**
 * How closely our tokenizer (src/analyze/tokenizer) reproduces wink-nlp's tokens and sentences,
 * on every text we have: PolNeAR, ECB+, TempEval-3, the article-extraction set, CoNLL-2003 train.
 * The reference is wink read as src/analyze/tokens.ts read it before our tokenizer replaced it
 * (scripts/wink-reference.ts: one wink instance for all texts, with its fixes: a space after a
 * possessive before punctuation, long runs cut, no sentence across a blank line, after "44.1C."
 * before a capital, none inside "4.15pm"), kept as it was so that the comparison can be run again.
 *
 *   npx tsx scripts/compare-tokenizer.ts [--show N] [--corpus name]
 *
 * Prints, per corpus: the share of wink's tokens we reproduce exactly (same start and end), of
 * wink's sentence boundaries we reproduce (a boundary: where one sentence ends and the next starts,
 * as the offset between them), of ours that wink has, and CPU time per text for both; then N
 * differences of each kind, with their context.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitText } from '../src/analyze/tokenizer/index.js';
import { loadTempEval } from '../bench/sections/dates.js';
import { readConll } from './conll.js';
import { winkSentences } from './wink-reference.js';
import { sharedPath } from '../test/helpers/shared.js';

interface Span {
  start: number;
  end: number;
}
interface Reading {
  tokens: Span[];
  /** Offsets where a sentence ends (its last token's end) and another follows. */
  boundaries: number[];
}

// ---- The reference: wink-nlp as src/analyze/tokens.ts read it (scripts/wink-reference.ts).

function winkReading(text: string): Reading {
  const sentences = winkSentences(text);
  return {
    tokens: sentences.flatMap((s) => s.tokens.map(({ start, end }) => ({ start, end }))),
    boundaries: sentences.slice(0, -1).map((s) => s.end),
  };
}

function ourReading(text: string): Reading {
  const sentences = splitText(text);
  return {
    tokens: sentences.flatMap((s) => s.tokens.map(({ start, end }) => ({ start, end }))),
    boundaries: sentences.slice(0, -1).map((s) => s.end),
  };
}

// ---- The texts.

function corpora(): [string, string[]][] {
  const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const extraction = JSON.parse(readFileSync(sharedPath('datasets', 'article-extraction-dev', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return [
    ['polnear', files(sharedPath('datasets', 'polnear-dev', 'text'))],
    ['ecbplus', files(sharedPath('datasets', 'ecbplus-dev', 'docs'))],
    ['tempeval3', loadTempEval().map((d) => d.text)],
    ['extraction', Object.values(extraction).map((a) => a.articleBody)],
    ['conll2003', readConll(sharedPath('datasets', 'conll2003-dev', 'eng.train')).map((d) => d.text)],
  ];
}

// ---- The comparison.

const args = process.argv.slice(2);
const show = Number(args[args.indexOf('--show') + 1]) || 0;
const only = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : null;
const context = (text: string, at: number) => JSON.stringify(text.slice(Math.max(0, at - 40), at) + '⟦' + text.slice(at, at + 40));
const key = (s: Span) => `${s.start}:${s.end}`;
const cpu = () => {
  const t = process.cpuUsage();
  return (t.user + t.system) / 1000;
};

const totals = { tokens: 0, sameTokens: 0, ours: 0, boundaries: 0, sameBoundaries: 0, ourBoundaries: 0 };
const examples = { missedTokens: [] as string[], extraTokens: [] as string[], missedBoundaries: [] as string[], extraBoundaries: [] as string[] };
for (const [name, texts] of corpora()) {
  if (only && name !== only) continue;
  const c = { tokens: 0, sameTokens: 0, ours: 0, boundaries: 0, sameBoundaries: 0, ourBoundaries: 0, winkMs: 0, ourMs: 0 };
  for (const text of texts) {
    let t = cpu();
    const wink = winkReading(text);
    c.winkMs += cpu() - t;
    t = cpu();
    const ours = ourReading(text);
    c.ourMs += cpu() - t;
    const ourTokens = new Set(ours.tokens.map(key));
    const winkTokens = new Set(wink.tokens.map(key));
    c.tokens += wink.tokens.length;
    c.ours += ours.tokens.length;
    for (const token of wink.tokens) {
      if (ourTokens.has(key(token))) c.sameTokens++;
      else if (examples.missedTokens.length < show) examples.missedTokens.push(`${name} wink ${JSON.stringify(text.slice(token.start, token.end))} ${context(text, token.start)}`);
    }
    for (const token of ours.tokens) {
      if (!winkTokens.has(key(token)) && examples.extraTokens.length < show) examples.extraTokens.push(`${name} ours ${JSON.stringify(text.slice(token.start, token.end))} ${context(text, token.start)}`);
    }
    const ourBoundaries = new Set(ours.boundaries);
    const winkBoundaries = new Set(wink.boundaries);
    c.boundaries += wink.boundaries.length;
    c.ourBoundaries += ours.boundaries.length;
    for (const at of wink.boundaries) {
      if (ourBoundaries.has(at)) c.sameBoundaries++;
      else if (examples.missedBoundaries.length < show) examples.missedBoundaries.push(`${name} ${context(text, at)}`);
    }
    for (const at of ours.boundaries) {
      if (!winkBoundaries.has(at) && examples.extraBoundaries.length < show) examples.extraBoundaries.push(`${name} ${context(text, at)}`);
    }
  }
  const pct = (a: number, b: number) => ((100 * a) / Math.max(1, b)).toFixed(3) + '%';
  console.log(
    `${name.padEnd(11)} ${String(texts.length).padStart(5)} texts  tokens ${pct(c.sameTokens, c.tokens)} of wink's ${c.tokens} (${pct(c.sameTokens, c.ours)} of ours ${c.ours})` +
      `  boundaries ${pct(c.sameBoundaries, c.boundaries)} of wink's ${c.boundaries} (${pct(c.sameBoundaries, c.ourBoundaries)} of ours ${c.ourBoundaries})` +
      `  CPU ms/text wink ${(c.winkMs / texts.length).toFixed(3)} ours ${(c.ourMs / texts.length).toFixed(3)}`,
  );
  for (const k of ['tokens', 'sameTokens', 'ours', 'boundaries', 'sameBoundaries', 'ourBoundaries'] as const) totals[k] += c[k];
}
const pct = (a: number, b: number) => ((100 * a) / Math.max(1, b)).toFixed(3) + '%';
console.log(
  `all: tokens ${pct(totals.sameTokens, totals.tokens)} of wink's ${totals.tokens} (${pct(totals.sameTokens, totals.ours)} of ours)  boundaries ${pct(totals.sameBoundaries, totals.boundaries)} of wink's ${totals.boundaries} (${pct(totals.sameBoundaries, totals.ourBoundaries)} of ours)`,
);
for (const [kind, list] of Object.entries(examples)) {
  if (!list.length) continue;
  console.log(`\n${kind}:`);
  for (const line of list) console.log('  ' + line);
}
