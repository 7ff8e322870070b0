/**
 * `npm run bench [-- name...]`: runs every section in bench/sections (or the named ones),
 * writes each section's markdown table to bench/results/NAME.md and all of them to
 * bench/RESULTS.md. A section is a module whose default export is a BenchSection.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchSection {
  name: string;
  /** Returns markdown (a heading-less table and notes). */
  run(): Promise<string>;
}

const here = dirname(fileURLToPath(import.meta.url));
const sectionsDir = join(here, 'sections');
const resultsDir = join(here, 'results');
mkdirSync(resultsDir, { recursive: true });

const wanted = process.argv.slice(2);
const files = readdirSync(sectionsDir).filter((f) => f.endsWith('.ts')).sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(sectionsDir, file)).href)) as { default: BenchSection };
  const section = mod.default;
  if (wanted.length && !wanted.includes(section.name)) continue;
  process.stderr.write(`bench: ${section.name}...\n`);
  const started = Date.now();
  try {
    const md = await section.run();
    const stamp = `_measured ${new Date().toISOString().slice(0, 10)}, ${((Date.now() - started) / 1000).toFixed(1)} s, node ${process.version}_`;
    writeFileSync(join(resultsDir, `${section.name}.md`), `## ${section.name}\n\n${md.trim()}\n\n${stamp}\n`);
  } catch (err) {
    process.stderr.write(`bench: ${section.name} failed: ${(err as Error).stack}\n`);
    process.exitCode = 1;
  }
}

const all = readdirSync(resultsDir).filter((f) => f.endsWith('.md')).sort();
const combined = ['# Storyline benchmarks', '', 'Written by `npm run bench`; each section also in bench/results/.', ''];
for (const f of all) combined.push(readFileSync(join(resultsDir, f), 'utf8').trim(), '');
writeFileSync(join(here, 'RESULTS.md'), combined.join('\n'));
if (existsSync(join(here, 'RESULTS.md'))) process.stdout.write(combined.join('\n') + '\n');
