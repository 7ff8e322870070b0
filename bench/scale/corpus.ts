import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A corpus of any size from the ECB+ development articles: the originals, then perturbed copies
 * of them (as a wire story is re-published with edits): a sentence dropped, two swapped,
 * numbers changed, a different headline word. Every copy is a different document (a new id)
 * that still reads like the story it came from, so the linker sees realistic near-duplicates.
 * Written to a scratch folder outside the repository, never committed.
 */

/** A small deterministic PRNG (mulberry32): the same corpus on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADLINE_WORDS = ['Update', 'Latest', 'Report', 'Breaking', 'Developing', 'Analysis'];

export function perturb(text: string, copy: number, seed: number): string {
  if (copy === 0) return text;
  const rnd = random(seed);
  const lines = text.split('\n').filter((l) => l.trim());
  const body = lines.slice(1);
  if (body.length > 4) body.splice(1 + Math.floor(rnd() * (body.length - 1)), 1);
  if (body.length > 3) {
    const i = 1 + Math.floor(rnd() * (body.length - 2));
    [body[i], body[i + 1]] = [body[i + 1], body[i]];
  }
  const numbers = (s: string) => s.replace(/\b\d{1,3}\b/g, (n) => (rnd() < 0.3 ? String(Number(n) + 1 + Math.floor(rnd() * 3)) : n));
  const title = `${HEADLINE_WORDS[Math.floor(rnd() * HEADLINE_WORDS.length)]}: ${lines[0]}`;
  return [title, ...body.map(numbers), `(Copy ${copy} via a syndication feed.)`].join('\n');
}

/** Writes `size` articles into `dir` (once: an existing complete folder is reused); returns the folder. */
export function buildCorpus(sourceDir: string, dir: string, size: number): string {
  const target = join(dir, `ecbplus-x${size}`);
  if (existsSync(`${target}.complete`)) return target;
  mkdirSync(target, { recursive: true });
  const names = readdirSync(sourceDir).filter((n) => n.endsWith('.txt')).sort();
  const originals = names.map((n) => readFileSync(join(sourceDir, n), 'utf8'));
  // Sub-folders of 1000 files: a folder of 100k entries is slow to list on some file systems.
  for (let i = 0; i < size; i++) {
    const sub = join(target, String(Math.floor(i / 1000)).padStart(4, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const k = i % originals.length;
    writeFileSync(join(sub, `${String(i).padStart(7, '0')}-${names[k]}`), perturb(originals[k], Math.floor(i / originals.length), i));
  }
  writeFileSync(`${target}.complete`, String(size));
  return target;
}
