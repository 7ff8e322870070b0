/**
 * Speed of the whole analysis: `analyzeDoc` articles/s and tokens/s on one core after a
 * warm-up, ms/article for each PIPELINE component, beside bare wink-nlp `readDoc` and bare
 * chrono-node `parse` over the same texts. On PolNeAR articles (news, 4.5 KB on average; the
 * folder's train and dev parts, for timing only) and on ECB+ dev articles for reference.
 * Timings are wall-clock on a shared machine: the load average is printed beside them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { PIPELINE, analyzeDoc } from '../../src/analyze/index.js';
import type { AnalysisDoc } from '../../src/analyze/doc.js';
import type { BenchSection } from '../run.js';
import { table } from '../util.js';

const SHARED = resolve(import.meta.dirname, '../../../shared/datasets');
const COMPONENT_NAMES = PIPELINE.map((c, i) => c.name || `component ${i}`);
/** Each measurement runs over the texts (in order, repeating) until this much time has passed. */
const BUDGET_MS = Number(process.env.ANALYSIS_BENCH_MS ?? 6000);
const WARM_UP = 40;
const ROUNDS = 6;

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
 * Runs each of `fns` over the texts (in order, repeating) in turns of BUDGET_MS / ROUNDS each,
 * ROUNDS times, after a warm-up: the load of other jobs falls on all of them alike. Returns
 * wall and CPU ms per text for each.
 */
function interleaved<T>(texts: T[], fns: Record<string, (t: T) => void>): Record<string, { ms: number; cpu: number; n: number }> {
  const out: Record<string, { ms: number; cpu: number; n: number }> = {};
  for (const [name, fn] of Object.entries(fns)) {
    for (let i = 0; i < Math.min(WARM_UP, texts.length); i++) fn(texts[i]);
    out[name] = { ms: 0, cpu: 0, n: 0 };
  }
  const slice = BUDGET_MS / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(fns)) {
      const o = out[name];
      const t0 = performance.now();
      const c0 = cpuMs();
      let k = 0;
      while (performance.now() - t0 < slice || k < 5) {
        fn(texts[o.n % texts.length]);
        o.n++;
        k++;
      }
      o.ms += performance.now() - t0;
      o.cpu += cpuMs() - c0;
    }
  }
  for (const o of Object.values(out)) {
    o.ms /= o.n;
    o.cpu /= o.n;
  }
  return out;
}

function emptyDoc(t: { body: string; published: string | null }): AnalysisDoc {
  return { title: null, body: t.body, published: t.published, sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
}

function measureCorpus(corpus: Corpus): { rows: (string | number)[][]; notes: string[] } {
  const { texts } = corpus;
  const chars = texts.reduce((s, t) => s + t.body.length, 0) / texts.length;
  // Tokens per article, from one pass of the tokenizer.
  const tokensPer =
    texts.slice(0, 200).reduce((s, t) => {
      const doc = emptyDoc(t);
      PIPELINE[0](doc);
      return s + doc.sentences.reduce((k, x) => k + x.tokens.length, 0);
    }, 0) / Math.min(200, texts.length);

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
    row('whole analyzeDoc', whole, true),
    row('pipeline run component by component', components, true),
    ...PIPELINE.map((_, i) => row(`component ${COMPONENT_NAMES[i]}`, share(i), false)),
    row('bare wink-nlp readDoc', timed.wink, true),
    row('bare wink-nlp readDoc + POS out', timed.winkPos, true),
    row('bare wink-nlp, sentences + POS only (as tokenize runs it)', timed.winkLean, true),
    row('bare chrono-node parse', timed.chrono, false),
  ];
  const notes = [
    `${corpus.name}: ${texts.length} articles, ${(chars / 1000).toFixed(1)} KB and ${Math.round(tokensPer)} tokens per article on average; whole analysis timed over ${whole.n} articles (the texts repeat when the budget outlasts them).`,
  ];
  return { rows, notes };
}

const section: BenchSection = {
  name: 'analysis',
  async run() {
    const corpora = [corpus('PolNeAR', 'polnear-dev', 'text'), corpus('ECB+', 'ecbplus-dev', 'docs')].filter((c): c is Corpus => c !== null);
    if (!corpora.length) return 'PolNeAR and ECB+ (../shared/datasets) absent: skipped.';
    const load = loadavg()[0];
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
      `One core (Node is single-threaded here), ${WARM_UP} articles of warm-up, then about ${BUDGET_MS / 1000} s per row in ${ROUNDS} turns interleaved with the other rows; ` +
        `load average ${load.toFixed(1)} on ${availableParallelism()} cores shared with other jobs when the run began, so rates are noisy. ` +
        'CPU columns count only the time this process ran (user + system), the fairer measure of one core on a busy machine. ' +
        'Component rows split the component-by-component run by the timer around each (CPU time in proportion). Target: whole analysis >= 300 articles/s on PolNeAR.',
    ].join('\n');
  },
};
export default section;
