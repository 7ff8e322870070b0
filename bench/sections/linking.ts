/**
 * ECB+ linking: all dev articles ingested in a random order (3 fixed seeds) into an empty store;
 * BCubed precision/recall/F1 of the events and stories `listStories` gives, beside a baseline
 * measured in the same run (TF-IDF + average-linkage agglomerative clustering, fixed threshold).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expandContainer, sha256 } from '../../src/ingest/containers.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { linkArticles, listStories } from '../../src/link/index.js';
import { contentWords, termFrequencies } from '../../src/link/text.js';
import { buildArticle } from '../../src/service/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Article } from '../../src/types.js';
import type { BenchSection } from '../run.js';
import { measure, percentile, table } from '../util.js';

const DIR = resolve(import.meta.dirname, '../../../shared/datasets/ecbplus-dev');

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** BCubed over items: for each item, precision/recall of its predicted cluster against its gold one. */
export function bcubed(pred: Map<string, string>, gold: Map<string, string>): { p: number; r: number; f: number } {
  const byPred = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const [i, c] of pred) byPred.set(c, [...(byPred.get(c) ?? []), i]);
  for (const [i, c] of gold) byGold.set(c, [...(byGold.get(c) ?? []), i]);
  let p = 0;
  let r = 0;
  for (const [i, c] of pred) {
    const mine = byPred.get(c)!;
    const truth = byGold.get(gold.get(i)!)!;
    const both = mine.filter((j) => gold.get(j) === gold.get(i)).length;
    p += both / mine.length;
    r += both / truth.length;
  }
  p /= pred.size;
  r /= pred.size;
  return { p, r, f: (2 * p * r) / (p + r) };
}

/** The baseline: TF-IDF cosine, average-linkage agglomerative clustering, merges while above `threshold`. */
function baseline(articles: Article[], threshold: number): Map<string, string> {
  const tfs = articles.map((a) => termFrequencies(contentWords(`${a.title ?? ''} ${a.body}`)));
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.words) df.set(t, (df.get(t) ?? 0) + 1);
  const n = articles.length;
  const vecs = tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [i, t] of tf.words.entries()) {
      const w = (1 + Math.log(tf.counts[i])) * Math.log(n / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    for (const [t, w] of v) v.set(t, w / Math.sqrt(norm || 1));
    return v;
  });
  const sim: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      let d = 0;
      for (const [t, w] of vecs[i]) d += w * (vecs[j].get(t) ?? 0);
      sim[i][j] = sim[j][i] = d;
    }
  const size = new Array(n).fill(1);
  const alive = new Array(n).fill(true);
  const member = Array.from({ length: n }, (_, i) => i);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) if (alive[i]) for (let j = i + 1; j < n; j++) if (alive[j] && sim[i][j] > best) [best, bi, bj] = [sim[i][j], i, j];
    if (best < threshold) break;
    for (let k = 0; k < n; k++) if (alive[k] && k !== bi && k !== bj) sim[bi][k] = sim[k][bi] = (sim[bi][k] * size[bi] + sim[bj][k] * size[bj]) / (size[bi] + size[bj]);
    size[bi] += size[bj];
    alive[bj] = false;
    for (let k = 0; k < n; k++) if (member[k] === bj) member[k] = bi;
  }
  return new Map(articles.map((a, i) => [a.id, String(member[i])]));
}

const section: BenchSection = {
  name: 'linking',
  async run() {
    if (!existsSync(DIR)) return 'ECB+ (../shared/datasets/ecbplus-dev) absent: skipped.';
    const labels = readFileSync(join(DIR, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { doc: string; story: string; event: string });
    const articles: Article[] = [];
    const goldEvent = new Map<string, string>();
    const goldStory = new Map<string, string>();
    for (const l of labels) {
      const bytes = readFileSync(join(DIR, 'docs', l.doc));
      const { text, encoding } = decodeBytes(bytes, l.doc);
      const { documents } = await expandContainer({ source: l.doc, rawHash: sha256(bytes), text, encoding, name: l.doc });
      const a = buildArticle(documents[0]);
      if (goldEvent.has(a.id)) continue; // identical texts in two files
      articles.push(a);
      goldEvent.set(a.id, l.event);
      goldStory.set(a.id, l.story);
    }
    const rows: (string | number)[][] = [];
    const scores = { event: [] as number[], story: [] as number[] };
    let latencies: number[] = [];
    let peak = 0;
    let rate = 0;
    for (const seed of [1, 2, 3]) {
      const dir = mkdtempSync(join(tmpdir(), 'storyline-link-'));
      const store = new SqliteStore(join(dir, 'ecb.db'));
      const order = shuffle(articles, seed);
      const times: number[] = [];
      const run = await measure(async () => {
        for (const a of order) {
          await store.saveIngested({ hash: sha256(a.id), source: a.source, bytes: Buffer.from(a.body), encoding: 'UTF-8', contentType: null, url: null }, [a]);
          const t0 = performance.now();
          await linkArticles(store, [a]);
          times.push(performance.now() - t0);
        }
        return listStories(store);
      });
      const predEvent = new Map<string, string>();
      const predStory = new Map<string, string>();
      for (const s of run.result) for (const e of s.events) for (const id of e.articles) (predEvent.set(id, e.id), predStory.set(id, s.id));
      const ev = bcubed(predEvent, goldEvent);
      const st = bcubed(predStory, goldStory);
      scores.event.push(ev.f);
      scores.story.push(st.f);
      rows.push([`Storyline, order ${seed}`, ev.p, ev.r, ev.f, st.p, st.r, st.f, run.result.length, run.result.reduce((k, s) => k + s.events.length, 0)]);
      latencies = times.sort((x, y) => x - y);
      peak = Math.max(peak, run.peakMiB);
      rate = (order.length / times.reduce((x, y) => x + y, 0)) * 1000;
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
    for (const threshold of [0.15, 0.25]) {
      const b = baseline(articles, threshold);
      const ev = bcubed(b, goldEvent);
      const st = bcubed(b, goldStory);
      rows.push([`baseline TF-IDF + average linkage @${threshold}`, ev.p, ev.r, ev.f, st.p, st.r, st.f, new Set(b.values()).size, '']);
    }
    const min = (x: number[]) => Math.min(...x).toFixed(3);
    const max = (x: number[]) => Math.max(...x).toFixed(3);
    return [
      `${articles.length} distinct ECB+ dev articles (33 topics, 66 events), each linked as it arrives, 3 random orders.`,
      '',
      table(['system', 'event P', 'event R', 'event F1', 'story P', 'story R', 'story F1', 'stories', 'events'], rows),
      '',
      `Storyline event F1 ${min(scores.event)}–${max(scores.event)}, story F1 ${min(scores.story)}–${max(scores.story)} over the 3 orders (targets 0.95 / 0.97).`,
      `Linking one article into the growing store (SQLite, up to ${articles.length} articles): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, ${rate.toFixed(0)} articles/s; peak RSS ${peak.toFixed(0)} MiB.`,
    ].join('\n');
  },
};
export default section;
