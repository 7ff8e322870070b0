/**
 * Speed of the whole analysis: `analyzeDoc` articles/s and tokens/s on one core after a
 * warm-up, ms/article for each PIPELINE component, beside bare wink-nlp `readDoc` (the library
 * our own tokenizer and tagger reproduce and replace) and bare chrono-node `parse` over the same
 * texts. On PolNeAR articles (news, 4.5 KB on average; the
 * folder's train and dev parts, for timing only) and on ECB+ dev articles for reference.
 * Timings are wall-clock on a shared machine: the load average is printed beside them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalysisDoc } from '../../src/analyze/doc.js';
import type { BenchSection } from '../run.js';
import { compiled, table } from '../util.js';
import { loadTempEval } from './dates.js';

const SHARED = resolve(import.meta.dirname, '../../../shared/datasets');
type Analysis = typeof import('../../src/analyze/index.js');
/** The analysis as bin/storyline runs it, compiled by tsc (see `compiled`); loaded when the section runs. */
let PIPELINE: Analysis['PIPELINE'];
let analyzeDoc: Analysis['analyzeDoc'];
/** How many times each measurement runs over all the texts. */
const PASSES = Number(process.env.ANALYSIS_BENCH_PASSES ?? 2);
/** Each pass cuts the texts into this many slices; the measurements take turns slice by slice. */
const SLICES = 12;
const WARM_UP = 40;

interface Corpus {
  name: string;
  texts: { body: string; published: string | null }[];
}

/** The .txt files of a folder under ../shared/datasets; PolNeAR names carry the publication date. */
function corpus(name: string, ...path: string[]): Corpus | null {
  const dir = join(SHARED, ...path);
  if (!existsSync(dir)) return null;
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ body: readFileSync(join(dir, f), 'utf8'), published: /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? null }));
  return { name, texts };
}

/** CPU time of this process in ms (user + system): what it costs when other jobs share the cores. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Runs each of `fns` over every text, PASSES times, after a warm-up. The texts are cut into
 * SLICES slices and the functions take turns slice by slice (in an order that rotates), so that
 * every function is timed over exactly the same texts and the load of other jobs, and the
 * garbage one leaves for the next to collect, fall on all of them alike. Returns wall and CPU
 * ms per text for each.
 */
function interleaved<T>(texts: T[], fns: Record<string, (t: T) => void>): Record<string, { ms: number; cpu: number; n: number }> {
  const out: Record<string, { ms: number; cpu: number; n: number }> = {};
  const entries = Object.entries(fns);
  for (const [name, fn] of entries) {
    for (let i = 0; i < Math.min(WARM_UP, texts.length); i++) fn(texts[i]);
    out[name] = { ms: 0, cpu: 0, n: 0 };
  }
  const size = Math.ceil(texts.length / SLICES);
  let turn = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    for (let from = 0; from < texts.length; from += size, turn++) {
      const to = Math.min(texts.length, from + size);
      for (let k = 0; k < entries.length; k++) {
        const [name, fn] = entries[(k + turn) % entries.length];
        const o = out[name];
        const t0 = performance.now();
        const c0 = cpuMs();
        for (let i = from; i < to; i++) fn(texts[i]);
        o.ms += performance.now() - t0;
        o.cpu += cpuMs() - c0;
        o.n += to - from;
      }
    }
  }
  for (const o of Object.values(out)) {
    o.ms /= o.n;
    o.cpu /= o.n;
  }
  return out;
}

/** The whole analysis alone over every text once, in order: wall and CPU ms per text, and the tokens read. */
function alone(texts: Corpus['texts']): { ms: number; cpu: number; tokens: number } {
  let ms = 0;
  let tokens = 0;
  const c0 = cpuMs();
  for (const t of texts) {
    const t0 = performance.now();
    const doc = analyzeDoc({ title: null, body: t.body, published: t.published });
    ms += performance.now() - t0;
    for (const s of doc.sentences) tokens += s.tokens.length;
  }
  return { ms: ms / texts.length, cpu: (cpuMs() - c0) / texts.length, tokens };
}

function emptyDoc(t: { body: string; published: string | null }): AnalysisDoc {
  return { title: null, body: t.body, published: t.published, sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
}

/** Every other article (the half timed on its first reading), and the rest (read before, as other news). */
function halves<T>(texts: T[]): { fresh: T[]; seen: T[] } {
  return { fresh: texts.filter((_, i) => i % 2 === 0), seen: texts.filter((_, i) => i % 2 === 1) };
}

/**
 * What a running process has read before the first readings are timed: TempEval-3's articles and
 * the other half of each corpus, each read once, so that the compiled code has settled on news it
 * reads for the first time (new words included) and the word caches hold what other news taught them.
 */
function warmUp(corpora: Corpus[]): number {
  const tbaq = existsSync(join(SHARED, 'tempeval3-dev')) ? loadTempEval().map((d) => ({ body: d.text, published: d.dct || null })) : [];
  const texts = [...tbaq, ...corpora.flatMap((c) => halves(c.texts).seen)];
  for (const t of texts) analyzeDoc({ title: null, body: t.body, published: t.published });
  return texts.length;
}

function measureCorpus(corpus: Corpus): { rows: (string | number)[][]; notes: string[] } {
  const { texts } = corpus;
  const chars = texts.reduce((s, t) => s + t.body.length, 0) / texts.length;
  // The whole analysis alone, first: the first reading of each article of half the corpus (every
  // other article) by a process that has read other news (`warmUp`), then a second reading.
  const fresh = halves(texts).fresh;
  const first = alone(fresh);
  const second = alone(fresh);
  const tokensPer = first.tokens / fresh.length;

  // Per component: the pipeline run in order with a timer around each component.
  const spent = PIPELINE.map(() => 0);
  const perComponent = (t: { body: string; published: string | null }) => {
    const doc = emptyDoc(t);
    for (let i = 0; i < PIPELINE.length; i++) {
      const t0 = performance.now();
      PIPELINE[i](doc);
      spent[i] += performance.now() - t0;
    }
  };
  const nlp = winkNLP(model);
  const lean = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const reference = new Date(Date.UTC(2016, 5, 1));
  const timed = interleaved(texts, {
    whole: (t) => analyzeDoc({ title: null, body: t.body, published: t.published }),
    components: perComponent,
    wink: (t) => nlp.readDoc(t.body),
    winkPos: (t) => nlp.readDoc(t.body).tokens().out(its.pos),
    winkLean: (t) => lean.readDoc(t.body).tokens().out(its.pos),
    chrono: (t) => chrono.casual.parse(t.body, reference, { forwardDate: false }),
  });
  const { whole, components } = timed;
  // Warm-up runs count in `spent` too; each component's share of the pipeline's time, scaled to it.
  const spentTotal = spent.reduce((a, b) => a + b, 0);
  const share = (i: number) => ({ ms: (components.ms * spent[i]) / spentTotal, cpu: (components.cpu * spent[i]) / spentTotal });

  const rate = (ms: number) => (ms > 0 ? 1000 / ms : 0);
  const row = (what: string, t: { ms: number; cpu: number }, tokens: boolean) => [
    `${corpus.name}: ${what}`,
    t.ms,
    Math.round(rate(t.ms)),
    t.cpu,
    Math.round(rate(t.cpu)),
    tokens ? Math.round(rate(t.cpu) * tokensPer) : '',
  ];
  const rows: (string | number)[][] = [
    row('whole analyzeDoc alone, first reading of each article', first, true),
    row('whole analyzeDoc alone, second reading', second, true),
    row('whole analyzeDoc, taking turns with the rows below', whole, true),
    row('pipeline run component by component', components, true),
    ...PIPELINE.map((c, i) => row(`component ${c.name || i}`, share(i), false)),
    row('bare wink-nlp readDoc', timed.wink, true),
    row('bare wink-nlp readDoc + POS out', timed.winkPos, true),
    row('bare wink-nlp, sentences + POS only (what tokenize replaces)', timed.winkLean, true),
    row('bare chrono-node parse', timed.chrono, false),
  ];
  const notes = [
    `${corpus.name}: ${texts.length} articles, ${(chars / 1000).toFixed(1)} KB and ${Math.round(tokensPer)} tokens per article on average; the first and second readings timed over ${fresh.length} of them, every other row over all of them, ${PASSES} times.`,
  ];
  return { rows, notes };
}

const section: BenchSection = {
  name: 'analysis',
  async run() {
    const corpora = [corpus('PolNeAR', 'polnear-dev', 'text'), corpus('ECB+', 'ecbplus-dev', 'docs')].filter((c): c is Corpus => c !== null);
    if (!corpora.length) return 'PolNeAR and ECB+ (../shared/datasets) absent: skipped.';
    ({ PIPELINE, analyzeDoc } = await compiled<Analysis>('analyze/index.js'));
    const load = loadavg()[0];
    const warmed = warmUp(corpora);
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    for (const c of corpora) {
      const r = measureCorpus(c);
      rows.push(...r.rows);
      notes.push(...r.notes);
    }
    return [
      table(['what', 'wall ms/article', 'articles/s (wall)', 'CPU ms/article', 'articles/s (CPU)', 'tokens/s (CPU)'], rows),
      '',
      ...notes,
      '',
      `One core (Node is single-threaded here). The analysis is timed as bin/storyline runs it, compiled by tsc into dist/ (under tsx, esbuild's keepNames wraps each function created inside another in a __name() call every time it is created: 5-8% more for the same code). The whole analysis first reads ${warmed} articles once (TempEval-3's and every other article of each corpus), then runs alone over the other half of each corpus twice: the first reading is what a new article costs a running process (the target: whole analysis >= 300 articles/s on PolNeAR, judged on CPU time), the second shows what the word caches save. ` +
        `Then every other row runs over every article ${PASSES} times, after ${WARM_UP} articles of warm-up each, the rows taking turns by slices of 1/${SLICES} of the articles (each row timed over the same articles; the whole analysis again among them, for comparison with the bare libraries under the same conditions); ` +
        `load average ${load.toFixed(1)} on ${availableParallelism()} cores shared with other jobs when the run began, so rates are noisy. ` +
        'CPU columns count the time this process ran (user + system, the garbage collector\'s helper threads included): what one core would have to do, and the fairer measure on a busy machine. ' +
        'Component rows split the component-by-component run by the timer around each (CPU time in proportion).',
    ].join('\n');
  },
};
export default section;
