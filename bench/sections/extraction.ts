/**
 * Article body extraction on the article-extraction-benchmark's development pages (60 real
 * news/blog pages with human-checked bodies): Storyline's extractHtml (paragraphs joined by
 * "\n") against bare Readability on the same linkedom DOM (its textContent), scored with the
 * benchmark's own metric, plus speed (parse + extraction; decompression excluded).
 *
 * Metric (the benchmark's evaluate.py): tokens are \w+ runs; per page, 4-token shingles of the
 * expected and extracted bodies with multiplicity give TP, FP, FN, normalised by their sum;
 * precision and recall are means over pages (pages where they are undefined left out), and
 * F1 = 2PR / (P + R).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractHtml } from '../../src/clean/html/index.js';
import type { BenchSection } from '../run.js';
import { percentile, table } from '../util.js';

const DATASET = resolve(import.meta.dirname, '../../../shared/datasets/article-extraction-dev');

interface Page {
  key: string;
  url: string;
  html: string;
  expected: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

// Python's \w in Unicode mode: letters, digits (all numeric categories) and the underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (!gram.length) continue;
    const key = gram.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleCounts(expected: string, extracted: string): Counts {
  const truth = shingles(expected);
  const pred = shingles(extracted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, t] of truth) {
    const p = pred.get(k) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [k, p] of pred) fp += Math.max(0, p - (truth.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export function scores(rows: Counts[]): { precision: number; recall: number; f1: number } {
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  const precision = mean(rows.filter((r) => r.tp + r.fp > 0).map((r) => (r.fp === 0 && r.fn === 0 ? 1 : r.tp / (r.tp + r.fp))));
  const recall = mean(rows.filter((r) => r.tp + r.fn > 0).map((r) => (r.fp === 0 && r.fn === 0 ? 1 : r.tp / (r.tp + r.fn))));
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function loadPages(): Page[] {
  const truth = JSON.parse(readFileSync(join(DATASET, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.entries(truth).map(([key, t]) => ({
    key,
    url: t.url,
    html: gunzipSync(readFileSync(join(DATASET, 'html', `${key}.html.gz`))).toString('utf8'),
    expected: t.articleBody ?? '',
  }));
}

function storyline(page: Page): string {
  return extractHtml(page.html, page.url).paragraphs.join('\n');
}

function bareReadability(page: Page): string {
  const { document } = parseHTML(page.html);
  return new Readability(document).parse()?.textContent ?? '';
}

function evaluate(pages: Page[], extract: (p: Page) => string): { counts: Counts[]; ms: number[] } {
  extract(pages[0]); // warm-up (JIT, lazy module state), not timed
  const counts: Counts[] = [];
  const ms: number[] = [];
  for (const page of pages) {
    const t0 = performance.now();
    const text = extract(page);
    ms.push(performance.now() - t0);
    counts.push(shingleCounts(page.expected, text));
  }
  return { counts, ms };
}

const section: BenchSection = {
  name: 'extraction',
  async run() {
    if (!existsSync(DATASET)) return '_article-extraction-dev is absent: nothing measured._';
    const pages = loadPages();
    const systems: [string, (p: Page) => string][] = [
      ['Storyline extractHtml', storyline],
      ['bare Readability (linkedom, textContent)', bareReadability],
    ];
    const rows: (string | number)[][] = [];
    for (const [name, extract] of systems) {
      const { counts, ms } = evaluate(pages, extract);
      const s = scores(counts);
      const total = ms.reduce((a, b) => a + b, 0);
      const sorted = [...ms].sort((a, b) => a - b);
      rows.push([
        name,
        s.precision,
        s.recall,
        s.f1,
        ((pages.length / total) * 1000).toFixed(1),
        (total / pages.length).toFixed(1),
        percentile(sorted, 95).toFixed(1),
      ]);
    }
    const kb = pages.reduce((n, p) => n + p.html.length, 0) / pages.length / 1024;
    return [
      `${pages.length} pages (mean ${kb.toFixed(0)} KB of HTML), the benchmark's shingle metric; time is parse + extraction per page, one process, after one warm-up page.`,
      '',
      table(['system', 'precision', 'recall', 'F1', 'pages/s', 'ms/page mean', 'ms/page p95'], rows),
      '',
      'Targets: Storyline F1 >= 0.97, precision >= 0.95, recall at most 0.01 below Readability. The 121 held-out pages of the benchmark are not used.',
    ].join('\n');
  },
};

export default section;
