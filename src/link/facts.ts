import type { FactComparison } from '../types.js';
import type { Fact } from './features.js';
import { companyKey } from '../words.js';

/**
 * Can two values of the same attribute of the same subject both hold at one time?
 * - "same": equal, or within what outlets' rounding explains (70.8% vs 71%, "about 500" vs "nearly 500");
 * - "differ": different, but close enough that two accounts of one event could disagree;
 * - "incompatible": cannot both hold at one time (aged 66 vs 69; 71% vs 81% of a vote; 6 vs 5 rivals).
 */
export type Compatibility = 'same' | 'differ' | 'incompatible';

export function compatibility(a: Fact, b: Fact): Compatibility {
  const d = Math.abs(a.value - b.value);
  const big = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  if (d === 0) return 'same';
  switch (a.kind) {
    case 'age':
      return d >= 2 ? 'incompatible' : 'differ';
    case 'percent': {
      // One figure rounded as the rounder of the two is written: 70.8% and 71% (to a whole point), 0.25%
      // and 0.3% (to a tenth); not 0.25% and 0.75%, nor 2.4% and 0.9%. "About" allows a point or two of a large share.
      const rounding = Math.max(roundedTo(a.value), roundedTo(b.value)) / 2;
      const rough = (a.approximate || b.approximate) && d <= 1.5 && d <= 0.05 * big;
      return d <= rounding + 1e-9 || rough ? 'same' : d <= 3 && d <= 0.5 * big ? 'differ' : 'incompatible';
    }
    case 'count':
    case 'money':
    case 'measure': {
      // Agencies measure one earthquake a few tenths apart (6.1 and 6.3); a whole point is another quake.
      if (a.unit === 'magnitude') return d <= 0.5 ? 'differ' : 'incompatible';
      const rough = a.approximate || b.approximate;
      if (rough && big <= 20 && d / big <= 0.25) return 'same'; // "at least 14" and "at least 15" dead
      if (big <= 20) return 'incompatible'; // small counts are counted exactly: 6 rivals are not 5
      if (rough && d <= Math.max(roundingOf(a, b) / 2, 0.02 * big)) return 'same';
      return d / big <= 0.35 ? 'differ' : 'incompatible';
    }
    default:
      return d / big <= 0.1 ? 'same' : 'differ';
  }
}

/** The step a figure is written to: 1 for "71", 0.1 for "70.8", 0.01 for "0.25". */
function roundedTo(value: number): number {
  for (let step = 1; step >= 1e-4; step /= 10) if (Math.abs(value / step - Math.round(value / step)) < 1e-6) return step;
  return 1e-4;
}

/**
 * The rounding of the rounder of two figures: 10 to the power of its trailing zeros ("about
 * 320,000" is rounded to 10,000, "1,240" to 10). "About 500" and 480 are one figure rounded;
 * "about 320,000" and "about 312,000" employees are two.
 */
function roundingOf(a: Fact, b: Fact): number {
  const unit = (v: number) => {
    let u = 1;
    for (let x = Math.round(Math.abs(v)); x >= 10 && x % 10 === 0; x /= 10) u *= 10;
    return u;
  };
  return Math.max(unit(a.value), unit(b.value));
}

export interface AlignedFact {
  a: Fact;
  b: Fact;
  compatibility: Compatibility;
}

export function alignFacts(a: readonly Fact[], b: readonly Fact[]): AlignedFact[] {
  const out: AlignedFact[] = [];
  // Subjects by match key, companies without their legal form: "Erdoğan's vote share" in one report is "Erdogan's" in another, "Apple Inc's revenue" "Apple's".
  const subjects = b.map((f) => companyKey(f.subject));
  for (const x of a) {
    const subject = companyKey(x.subject);
    const y = b.find((f, k) => f.attribute === x.attribute && f.kind === x.kind && subjects[k] === subject);
    if (y) out.push({ a: x, b: y, compatibility: compatibility(x, y) });
  }
  return out;
}

/** A value as a reader writes it: "71%", "66", "500", "12,000", "81.8 billion USD", "1.2 million". */
export function describeValue(f: Fact): string {
  if (f.kind === 'percent') return `${f.value}%`;
  if (f.kind === 'age') return `${f.value}`;
  const figure = readableNumber(f.value);
  return f.unit && f.kind !== 'count' ? `${figure} ${f.unit}` : figure;
}

const SCALES: readonly [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
/**
 * Millions and more by their scale's word when that loses nothing ("81.8 billion", "19.95
 * billion"; 1,234,567 stays whole); others with their thousands separated.
 */
function readableNumber(value: number): string {
  const scale = SCALES.find(([size]) => Math.abs(value) >= size);
  const scaled = scale ? value / scale[0] : NaN;
  if (scale && Math.abs(scaled * 1000 - Math.round(scaled * 1000)) < 1e-6) return `${Number(scaled.toFixed(3))} ${scale[1]}`;
  return THOUSANDS.format(value);
}
/** One formatter for every value: toLocaleString builds one per call, which made linking (evidence for every candidate) three times as slow. */
const THOUSANDS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * The fact table of a comparison: agree, conflict (same event, values differ) or changed
 * (different events). Within one event any difference is a conflict, even one rounding explains
 * (71% vs 70.8%): outlets disagreeing is news to a reader, though no evidence of two events.
 * Across events, values within rounding agree.
 */
export function factTable(aligned: readonly AlignedFact[], sameEvent: boolean): FactComparison[] {
  return aligned.map(({ a, b, compatibility: c }) => ({
    subject: a.subject,
    attribute: a.attribute,
    a: describeValue(a),
    b: describeValue(b),
    status: a.value === b.value || (c === 'same' && !sameEvent) ? 'agree' : sameEvent ? 'conflict' : 'changed',
  }));
}
