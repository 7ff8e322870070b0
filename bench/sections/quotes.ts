/**
 * Quotes on PolNeAR's dev part: direct quotes found (gold = Content spans that open with a
 * quotation mark: ", “, or the '' of its New York Times texts) and their speaker right (where the
 * gold Source is a name, not a pronoun nor a description like "the president"; right when the
 * surnames match, or one is the other's acronym: "the IMF" and "International Monetary Fund"),
 * beside a bare baseline in
 * the same run (every span between quotation marks, speaker = nearest capitalised name before it).
 *
 * PolNeAR annotates a quotation interrupted by its attribution ("“A,” Berg said. “B.”") as ONE
 * attribution whose content has several fragments ("Content 2103 2168;2170 2425" in the .ann
 * files; brat also splits a content at a line break), or, in a few files, a second content
 * ("Content:T52 Content2:T56"). The fragments are read as such: a
 * predicted quote's overlap with a gold is its overlap with the gold's fragments (not with the
 * narration between them). Matching is one-to-one and greedy by that overlap; then a gold with
 * several fragments may take one more predicted quote for each fragment its match does not
 * touch (the other parts of one interrupted quotation), and those parts are neither hits nor
 * false positives. A matched gold's speaker is right when every predicted part it took names
 * the source.
 *
 * Reported speech the same way, on the attributions without quotation marks. PolNeAR annotates
 * every attribution, thoughts and polls included ("he figures that ...", "voters like ..."), so
 * recall counts those whose cue is a verb of saying (SAYING, fixed here, not the analysis's own
 * lexicon), while a reported quote is right when it overlaps any attribution's content (from
 * its first fragment's start to its last one's end), and its speaker is scored against the
 * attribution it overlaps most.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDoc } from '../../src/analyze/index.js';
import type { BenchSection } from '../run.js';
import { table } from '../util.js';

const DIR = resolve(import.meta.dirname, '../../../shared/datasets/polnear-dev');
const PRONOUNS = /^(he|she|they|it|we|i|you|him|her|them|his|its|their|who|which|that)$/i;

interface Span {
  start: number;
  end: number;
}

interface Gold extends Span {
  source: string | null;
  /** The content's fragments, in order; one for a content written in one piece. */
  fragments: Span[];
}

interface Attribution extends Gold {
  cue: string;
}

/** Cues that report speech: the verbs of saying of news English, and "according to". */
const SAYING = /\b(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|according|claim\w*|argu\w*|state[sd]?|stating|note[sd]?|noting|explain\w*|write|writes|wrote|written|announc\w*|insist\w*|warn\w*|report\w*|tweet\w*|declar\w*|suggest\w*|acknowledg\w*|admit\w*|predict\w*)\b/i;
/** Quotation marks opening a content: a direct quote (PolNeAR's New York Times texts, from an archive, write '' for “ and ”). */
const QUOTATION = /^(?:["“]|'')/;

function readAttributions(name: string): Attribution[] {
  const ann = readFileSync(join(DIR, 'attributions', name.replace(/\.txt$/, '.ann')), 'utf8').split('\n');
  const spans = new Map<string, { type: string; start: number; end: number; text: string; fragments: Span[] }>();
  for (const line of ann) {
    const m = /^(T\d+)\t(\w+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    if (!m) continue;
    const fragments = m[3].split(';').map((f) => f.split(' ').map(Number)).map(([start, end]) => ({ start, end })).sort((a, b) => a.start - b.start);
    spans.set(m[1], { type: m[2], start: fragments[0].start, end: Math.max(...fragments.map((f) => f.end)), text: m[4], fragments });
  }
  const out: Attribution[] = [];
  for (const line of ann) {
    if (!line.startsWith('E')) continue;
    // An attribution's content: its Content span, and a Content2 where a second part was annotated apart.
    const contents = [...line.matchAll(/Content\d*:(T\d+)/g)].map((m) => spans.get(m[1])).filter((x) => x !== undefined);
    if (!contents.length) continue;
    const fragments = contents.flatMap((x) => x.fragments).sort((a, b) => a.start - b.start);
    const c = { start: fragments[0].start, end: Math.max(...fragments.map((f) => f.end)), fragments };
    const source = spans.get(/Source:(T\d+)/.exec(line)?.[1] ?? '')?.text ?? null;
    const cue = spans.get(/Cue:(T\d+)/.exec(line)?.[1] ?? '')?.text ?? '';
    out.push({ start: c.start, end: c.end, source, cue, fragments: c.fragments });
  }
  return out;
}

/** A name's surname: its last word but a possessive and a generational suffix ("Joseph R. Biden Jr." is Biden). */
const surname = (s: string) => words(s.replace(/['’]s$/, '').replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/, '')).pop()!;
const words = (s: string) => s.trim().toLowerCase().split(/\s+/);
/** A name without its leading article ("the IMF" is IMF). */
const bare = (s: string) => s.trim().replace(/^(?:the|a|an)\s+/i, '');

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Whether a gold source is a name, where the target scores speakers: a word past a leading
 * article is capitalised ("the Kremlin", "President Obama", "Mayor Bill de Blasio"), not a
 * description ("the president", "The mayor", "officials"), which a speaker resolved to the
 * person it describes could never match by surname.
 */
const isName = (source: string) => /\p{Lu}/u.test(bare(source));

/** The initials of a name's capitalised words: "International Monetary Fund" is IMF. */
const initials = (s: string) => bare(s).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
/** Whether `short` is the acronym of `long`: the source "the IMF" of the speaker resolved to "International Monetary Fund". */
const acronymOf = (short: string, long: string) => /^\p{Lu}{2,6}$/u.test(bare(short)) && initials(long) === bare(short);

function speakerRight(source: string | null, speaker: string | null): boolean | null {
  if (!source || PRONOUNS.test(source.trim()) || !isName(source)) return null;
  // Right when the source names the speaker's surname, or the speaker's name holds the source's
  // last word: a family name written first ("Ban" of "Ban Ki-moon", "Lou" of "Lou Jiwei"); or
  // when one is the other's acronym (a speaker is resolved to its entity's canonical name).
  if (speaker === null) return false;
  return source.toLowerCase().includes(surname(speaker)) || words(speaker).includes(surname(source)) || acronymOf(source, speaker) || acronymOf(speaker, source);
}

/** Reported speech: precision against every attribution without quotation marks, recall on those with a verb of saying. */
function evaluateReported(pred: Quoted[][], attributions: Attribution[][]) {
  let predicted = 0, hit = 0, saying = 0, found = 0, named = 0, right = 0, charP = 0, charR = 0;
  pred.forEach((p, i) => {
    const all = attributions[i];
    for (const q of p) {
      predicted++;
      const best = all.filter((g) => overlap(q, g) > 0).sort((x, y) => overlap(q, y) - overlap(q, x))[0];
      if (!best) continue;
      hit++;
      charP += overlap(q, best) / (q.end - q.start);
      charR += overlap(q, best) / (best.end - best.start);
      const ok = speakerRight(best.source, q.speaker);
      if (ok !== null) [named, right] = [named + 1, right + (ok ? 1 : 0)];
    }
    for (const g of all) {
      if (!SAYING.test(g.cue)) continue;
      saying++;
      if (p.some((q) => overlap(q, g) > 0)) found++;
    }
  });
  const P = hit / (predicted || 1), R = found / (saying || 1);
  return { P, R, F: (2 * P * R) / (P + R || 1), speaker: right / (named || 1), named, saying, charP: charP / (hit || 1), charR: charR / (hit || 1) };
}

interface Quoted {
  start: number;
  end: number;
  speaker: string | null;
}

/** A predicted quote's overlap with a gold content: with its fragments, not the narration between them. */
const goldOverlap = (q: Span, g: Gold) => g.fragments.reduce((sum, f) => sum + Math.max(0, overlap(q, f)), 0);

function evaluate(pred: Quoted[][], gold: Gold[][]) {
  let tp = 0, fp = 0, fn = 0, named = 0, right = 0, parts = 0;
  pred.forEach((p, i) => {
    const used = new Set<number>();
    const taken = new Map<Gold, number[]>();
    const bestFor = (score: (q: Quoted) => number) => {
      let best = -1, most = 0;
      p.forEach((q, k) => {
        const o = score(q);
        if (!used.has(k) && o > most) [best, most] = [k, o];
      });
      return best;
    };
    for (const g of gold[i]) {
      const best = bestFor((q) => goldOverlap(q, g));
      if (best < 0) {
        fn++;
        continue;
      }
      used.add(best);
      taken.set(g, [best]);
      tp++;
    }
    // The other parts of an interrupted quotation: one more predicted quote per fragment untouched so far.
    for (const [g, ks] of taken) {
      for (const f of g.fragments) {
        if (ks.some((k) => overlap(p[k], f) > 0)) continue;
        const part = bestFor((q) => overlap(q, f));
        if (part < 0) continue;
        used.add(part);
        ks.push(part);
        parts++;
      }
      const oks = ks.map((k) => speakerRight(g.source, p[k].speaker));
      if (oks[0] !== null) [named, right] = [named + 1, right + (oks.every(Boolean) ? 1 : 0)];
    }
    fp += p.length - used.size;
  });
  const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
  return { P, R, F: (2 * P * R) / (P + R || 1), speaker: right / (named || 1), named, parts };
}

/** The bare baseline for reported speech: each sentence with a common verb of saying, whole, spoken by the capitalised name nearest to the verb. */
function baselineReported(text: string): Quoted[] {
  const out: Quoted[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const sentence = m[0];
    const verb = /\b(?:said|says|told|according to)\b/.exec(sentence);
    if (!verb) continue;
    const names = [...sentence.matchAll(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu)];
    const nearest = names.sort((x, y) => Math.abs(x.index! - verb.index) - Math.abs(y.index! - verb.index))[0];
    out.push({ start: m.index!, end: m.index! + sentence.length, speaker: nearest?.[0] ?? null });
  }
  return out;
}

const section: BenchSection = {
  name: 'quotes',
  async run() {
    if (!existsSync(DIR)) return 'PolNeAR (../shared/datasets/polnear-dev) absent: skipped.';
    const dev = readFileSync(join(DIR, 'split.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t')).filter(([, s]) => s === 'dev').map(([f]) => f);
    const ours: Quoted[][] = [];
    const base: Quoted[][] = [];
    const oursReported: Quoted[][] = [];
    const baseReported: Quoted[][] = [];
    const gold: Gold[][] = [];
    const reported: Attribution[][] = []; // every attribution but the direct quotes
    const t0 = performance.now();
    for (const f of dev) {
      const text = readFileSync(join(DIR, 'text', f), 'utf8');
      const attributions = readAttributions(f);
      gold.push(attributions.filter((a) => QUOTATION.test(text.slice(a.start, a.end))));
      reported.push(attributions.filter((a) => !QUOTATION.test(text.slice(a.start, a.end))));
      const published = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? null;
      const quotes = analyzeDoc({ title: null, body: text, published }).quotes;
      ours.push(quotes.filter((q) => q.direct));
      oursReported.push(quotes.filter((q) => !q.direct));
      baseReported.push(baselineReported(text));
      base.push([...text.matchAll(/["“][^"”]{1,2000}["”]|''[^\n]{1,2000}?''/g)].map((m) => {
        const before = text.slice(Math.max(0, m.index! - 200), m.index!).match(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu);
        return { start: m.index!, end: m.index! + m[0].length, speaker: before?.pop() ?? null };
      }));
    }
    const ms = performance.now() - t0;
    const o = evaluate(ours, gold);
    const b = evaluate(base, gold);
    const r = evaluateReported(oursReported, reported);
    const rb = evaluateReported(baseReported, reported);
    return [
      `${dev.length} dev articles, ${gold.flat().length} gold direct quotes (${gold.flat().filter((g) => g.fragments.length > 1).length} of them in several fragments: a quotation interrupted by its attribution, or split at a line break); speaker scored on the ${o.named} matched quotes whose gold source is a name (right when every predicted part of it names the source).`,
      `A gold quote in several fragments may be matched by one predicted quote per fragment: the first is the hit, the other parts (${o.parts} for Storyline, ${b.parts} for the baseline) are neither hits nor false positives. Overlap is counted on the fragments, not on the narration between them.`,
      '',
      table(['system', 'direct P', 'direct R', 'direct F1', 'speaker right'], [
        ['Storyline findQuotes (whole analysis)', o.P, o.R, o.F, o.speaker],
        ['baseline: quotation marks + nearest name before', b.P, b.R, b.F, b.speaker],
      ]),
      '',
      `Targets: direct F1 >= 0.90, speaker >= 0.85.`,
      '',
      `Reported speech (no quotation marks): precision against every attribution without quotation marks, recall on the ${r.saying} whose cue is a verb of saying; speaker scored on the ${r.named} matched quotes whose source is a name; content chars = share of a matched quote's characters inside the attribution's content (P) and of the content inside the quote (R).`,
      '',
      table(['system', 'reported P', 'reported R', 'reported F1', 'speaker right', 'content chars P', 'content chars R'], [
        ['Storyline findQuotes (whole analysis)', r.P, r.R, r.F, r.speaker, r.charP, r.charR],
        ['baseline: sentence with said/says/told/according to + nearest name', rb.P, rb.R, rb.F, rb.speaker, rb.charP, rb.charR],
      ]),
      '',
      `(The whole analysis of these ${dev.length} articles, each read once as scored, took ${((dev.length / ms) * 1000).toFixed(0)} articles/s; the analysis section measures speed.)`,
    ].join('\n');
  },
};
export default section;
