/**
 * How closely our tokenizer (src/analyze/tokenizer) reproduces wink-nlp's tokens and sentences,
 * on every text we have: PolNeAR, ECB+, TempEval-3, the article-extraction set, CoNLL-2003 train.
 * The reference is wink read as src/analyze/tokens.ts read it before our tokenizer replaced it
 * (one wink instance for all texts, with its fixes: a space after a possessive before punctuation,
 * long runs cut, no sentence across a blank line, after "44.1C." before a capital, none inside
 * "4.15pm"); it is kept here, as it was, so that the comparison can be run again.
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
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitText } from '../src/analyze/tokenizer/index.js';
import { loadTempEval } from '../bench/sections/dates.js';
import { readConll } from './conll.js';
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

// ---- The reference: wink-nlp as src/analyze/tokens.ts read it (pos tags only to drop its SPACE tokens).

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
const POSSESSIVE_BEFORE_PUNCTUATION = /(['’]s)(?=[^\s\p{L}\p{N}])/gu;
const PARAGRAPH_BREAK = /\n\s*\n/;
const LONGEST_RUN = 256;
const isSpace = (code: number) => /\s/.test(String.fromCharCode(code));
const allSpace = (text: string, start: number, end: number) => {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
};
const winkSeparator = (code: number) => /[ \t\n\r\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/.test(String.fromCharCode(code));
const asciiMark = (code: number) => code < 128 && !/[A-Za-z0-9]/.test(String.fromCharCode(code));

function breakLongRuns(text: string): string {
  let parts: string[] | null = null;
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !winkSeparator(text.charCodeAt(i))) continue;
    let start = runStart;
    runStart = i + 1;
    if (i - start <= LONGEST_RUN) continue;
    parts ??= [];
    while (i - start > LONGEST_RUN) {
      let cut = start + LONGEST_RUN;
      let mark = cut;
      while (mark > start + LONGEST_RUN / 2 && !asciiMark(text.charCodeAt(mark - 1))) mark--;
      if (mark > start + LONGEST_RUN / 2) cut = mark;
      else if (cut > start + 1 && (text.charCodeAt(cut) & 0xfc00) === 0xdc00 && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
      parts.push(text.slice(copied, cut), ' ');
      copied = start = cut;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

function winkReading(text: string): Reading {
  if (!text.trim()) return { tokens: [], boundaries: [] };
  const doc = nlp.readDoc(breakLongRuns(text.replace(POSSESSIVE_BEFORE_PUNCTUATION, '$1 ')));
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const starts: number[] = [];
  let cursor = 0;
  for (const value of values) {
    let start = cursor;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0 && found - cursor <= 64) start = found;
    }
    starts.push(start);
    cursor = Math.min(text.length, start + value.length);
  }
  const sentences: Span[][] = [];
  let own: Span[] = [];
  const flush = () => {
    if (own.length) sentences.push(own);
    own = [];
  };
  for (let k = 0; k < spans.length; k++) {
    const [first, last] = spans[k];
    for (let i = first; i <= last; i++) {
      if (tags[i] === 'SPACE') continue;
      const start = starts[i];
      const end = Math.min(text.length, start + values[i].length);
      if (end <= start || allSpace(text, start, end)) continue;
      const previous = own[own.length - 1];
      if (previous && start - previous.end >= 2 && PARAGRAPH_BREAK.test(text.slice(previous.end, start))) flush();
      own.push({ start, end });
      if (i < last && end - start === 2 && /^[CFK]\.$/.test(values[i]) && previous?.end === start && /\d/.test(text[start - 1]) && /^\p{Lu}/u.test(values[i + 1])) flush();
    }
    const end = own.length ? own[own.length - 1].end : -1;
    if (k + 1 < spans.length && end > 1 && text[end - 1] === '.' && starts[spans[k + 1][0]] === end && /[\p{Ll}\d]/u.test(text[end] ?? '') && /[\p{L}\d]/u.test(text[end - 2])) continue;
    flush();
  }
  return { tokens: sentences.flat(), boundaries: sentences.slice(0, -1).map((s) => s[s.length - 1].end) };
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
