/** Small helpers shared by bench sections: timing, peak memory, markdown tables. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
export function table(header: string[], rows: (string | number)[][]): string {
  const fmt = (v: string | number) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v);
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(fmt).join(' | ')} |`),
  ].join('\n');
}

/** Samples RSS while `fn` runs; returns its result, elapsed ms and the peak RSS in MiB. */
export async function measure<T>(fn: () => Promise<T> | T): Promise<{ result: T; ms: number; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms: performance.now() - t0, peakMiB: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/**
 * A module of src/ as compiled by tsc into dist/ (`npm run bench` compiles first): what
 * bin/storyline runs. Speed is measured on it, not on the source as tsx runs it: tsx compiles
 * with esbuild's keepNames, which wraps every function created inside another in a __name()
 * call each time it is created, a cost users never pay (5-8% of the analysis in one process,
 * side by side). `path` is relative to src/, e.g. 'analyze/index.js'.
 */
export async function compiled<M>(path: string): Promise<M> {
  const file = resolve(import.meta.dirname, '../dist', path);
  if (!existsSync(file)) throw new Error(`bench: ${file} is missing: run \`npm run build\` (npm run bench compiles src/ first)`);
  return (await import(pathToFileURL(file).href)) as M;
}
