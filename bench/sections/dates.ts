/**
 * Dates: finding and resolving temporal expressions on TempEval-3's TBAQ (TimeBank + AQUAINT,
 * 256 news articles; the document creation time is the publication date), for Storyline's
 * component and for bare chrono-node in the same run; and the speed of the dates and
 * quantities components on ECB+ articles.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import type { BenchSection } from '../run.js';
import { table } from '../util.js';
import { tokenize } from '../../src/analyze/tokens.js';
import { recognizeEntities } from '../../src/analyze/entities/index.js';
import { findDates } from '../../src/analyze/dates/index.js';
import { findQuantities } from '../../src/analyze/quantities/index.js';
import type { AnalysisDoc } from '../../src/analyze/doc.js';
import { sharedPath } from '../../test/helpers/shared.js';

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string | null;
}

export interface TimeMlDoc {
  id: string;
  /** Document creation time, YYYY-MM-DD. */
  dct: string;
  text: string;
  timexes: Timex[];
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

/** The plain text of a TimeML file's <TEXT> (tags stripped) with the TIMEX3 extents in it. */
export function readTimeMl(xml: string, id: string): TimeMlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = (dctTag && attribute(dctTag[1], 'value')) ?? '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let open: { start: number; type: string; value: string | null } | null = null;
  for (const piece of body.split(/(<[^>]+>)/)) {
    if (!piece.startsWith('<')) {
      text += decode(piece);
      continue;
    }
    if (/^<TIMEX3\b/.test(piece) && !piece.endsWith('/>')) {
      open = { start: text.length, type: attribute(piece, 'type') ?? 'DATE', value: attribute(piece, 'value') };
    } else if (/^<\/TIMEX3>/.test(piece) && open) {
      timexes.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
      open = null;
    }
  }
  return { id, dct: dct.slice(0, 10), text, timexes };
}

export function loadTempEval(): TimeMlDoc[] {
  const root = sharedPath('datasets', 'tempeval3-dev');
  const docs: TimeMlDoc[] = [];
  for (const part of ['TimeBank', 'AQUAINT']) {
    for (const file of readdirSync(join(root, part)).filter((f) => f.endsWith('.tml')).sort()) {
      docs.push(readTimeMl(readFileSync(join(root, part, file), 'utf8'), file.replace(/\.tml$/, '')));
    }
  }
  return docs;
}

interface Counts {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  value: number;
}

const empty = (): Counts => ({ gold: 0, system: 0, relaxed: 0, strict: 0, value: 0 });

/** One-to-one matching by overlap (largest overlap first), as TempEval-3's relaxed match. */
function score(gold: Timex[], system: Timex[], into: Counts, byType: Map<string, Counts>): void {
  into.gold += gold.length;
  into.system += system.length;
  const pairs: { g: number; s: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > 0) pairs.push({ g: gi, s: si, overlap });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const typeCounts = (t: string) => byType.get(t) ?? (byType.set(t, empty()), byType.get(t)!);
  for (const g of gold) typeCounts(g.type).gold++;
  for (const { g, s } of pairs) {
    if (usedG.has(g) || usedS.has(s)) continue;
    usedG.add(g);
    usedS.add(s);
    const gt = gold[g];
    const st = system[s];
    const exact = gt.start === st.start && gt.end === st.end;
    const correct = st.value !== null && st.value === gt.value;
    into.relaxed++;
    if (exact) into.strict++;
    if (correct) into.value++;
    const tc = typeCounts(gt.type);
    tc.relaxed++;
    if (correct) tc.value++;
  }
}

function f1(correct: number, system: number, gold: number): [number, number, number] {
  const p = system ? correct / system : 0;
  const r = gold ? correct / gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

function storylineTimexes(doc: TimeMlDoc): Timex[] {
  const analysis: AnalysisDoc = { title: null, body: doc.text, published: doc.dct, sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
  tokenize(analysis);
  findDates(analysis);
  return analysis.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, type: d.type ?? 'DATE', value: d.value }));
}

/** Bare chrono-node: its own extents, values at the precision it is certain of. */
function chronoTimexes(doc: TimeMlDoc): Timex[] {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const reference = { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 };
  const pad = (n: number) => String(n).padStart(2, '0');
  return chrono.parse(doc.text, reference, { forwardDate: false }).map((r) => {
    const c = r.start;
    const date = `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    let value: string;
    if (c.isCertain('hour')) value = `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    else if (c.isCertain('day') || c.isCertain('weekday')) value = date;
    else if (c.isCertain('month')) value = date.slice(0, 7);
    else if (c.isCertain('year')) value = date.slice(0, 4);
    else value = date;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type: c.isCertain('hour') ? 'TIME' : 'DATE', value };
  });
}

function evaluate(docs: TimeMlDoc[], system: (d: TimeMlDoc) => Timex[]): { all: Counts; byType: Map<string, Counts>; ms: number } {
  const all = empty();
  const byType = new Map<string, Counts>();
  const t0 = performance.now();
  const outputs = docs.map(system);
  const ms = performance.now() - t0;
  docs.forEach((doc, i) => score(doc.timexes, outputs[i], all, byType));
  return { all, byType, ms };
}

function ecbDocs(limit: number): string[] {
  const dir = sharedPath('datasets', 'ecbplus-dev', 'docs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, limit)
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

function speed(): string {
  const texts = ecbDocs(400);
  const docs: AnalysisDoc[] = texts.map((body) => ({
    title: null, body, published: '2012-06-01', sentences: [], entities: [], quotes: [], quantities: [], dates: [],
  }));
  const timed = (fn: (d: AnalysisDoc) => void) => {
    const t0 = performance.now();
    for (const d of docs) fn(d);
    return performance.now() - t0;
  };
  const tokenizeMs = timed(tokenize);
  timed(recognizeEntities);
  const datesMs = timed(findDates);
  const quantitiesMs = timed(findQuantities);
  const rate = (ms: number) => Math.round((docs.length / ms) * 1000);
  return table(
    ['stage (ECB+ articles, published set to 2012-06-01)', 'articles', 'articles/s'],
    [
      ['tokenize (for reference)', docs.length, rate(tokenizeMs)],
      ['findDates', docs.length, rate(datesMs)],
      ['findQuantities', docs.length, rate(quantitiesMs)],
    ],
  );
}

const section: BenchSection = {
  name: 'dates',
  async run() {
    const docs = loadTempEval();
    const ours = evaluate(docs, storylineTimexes);
    const bare = evaluate(docs, chronoTimexes);
    const row = (name: string, c: Counts, ms: number) => {
      const [rp, rr, rf] = f1(c.relaxed, c.system, c.gold);
      const [, , sf] = f1(c.strict, c.system, c.gold);
      const [vp, vr, vf] = f1(c.value, c.system, c.gold);
      return [name, c.gold, c.system, rp, rr, rf, sf, vp, vr, vf, Math.round((docs.length / ms) * 1000)];
    };
    const types = [...ours.all ? ours.byType.keys() : []].sort();
    const typeRows = types.map((t) => {
      const c = ours.byType.get(t)!;
      const b = bare.byType.get(t) ?? empty();
      return [t, c.gold, c.relaxed / c.gold, c.relaxed ? c.value / c.relaxed : 0, b.relaxed / b.gold, b.relaxed ? b.value / b.relaxed : 0];
    });
    return [
      `TempEval-3 TBAQ (${docs.length} articles, ${ours.all.gold} TIMEX3; the DCT is the publication date). ` +
        'Relaxed: any overlap, one-to-one. Value F1 as TempEval-3 computes it: an expression counts when it is matched ' +
        'and its value is exactly the gold value (precision over all system expressions, recall over all gold ones).',
      '',
      table(
        ['system', 'gold', 'found', 'relaxed P', 'relaxed R', 'relaxed F1', 'strict F1', 'value P', 'value R', 'value F1', 'docs/s'],
        [row('Storyline findDates (tokenize + findDates)', ours.all, ours.ms), row('bare chrono-node (casual, forwardDate false)', bare.all, bare.ms)],
      ),
      '',
      'Targets: relaxed F1 >= 0.88, value F1 >= 0.80. Anchor from the TempEval-3 task paper: HeidelTime about 0.90 relaxed ' +
        'and 0.78 value F1 (on the held-out platinum articles, which are not used here).',
      '',
      'Per gold type: recall of the extent, and accuracy of the value on matched expressions.',
      '',
      table(['type', 'gold', 'Storyline found', 'Storyline value acc.', 'chrono found', 'chrono value acc.'], typeRows),
      '',
      'Speed of the components on ECB+ development articles (one core, after a warm-up by the TempEval run):',
      '',
      speed(),
    ].join('\n');
  },
};

export default section;
