/**
 * `npx tsx scripts/analysis-snapshot.ts OUT.jsonl`: runs `analyzeDoc` over every PolNeAR and
 * ECB+ article (as bench/sections/analysis.ts loads them, with the publication dates it gives),
 * ECB+ again with a fixed publication date (so that its relative dates resolve), and the
 * TempEval-3 articles with their creation dates, and writes one JSON line per article: its
 * sentences and tokens (as a hash) and everything the analysis found. Two snapshots taken
 * before and after a change to src/analyze must be byte-identical when the change is meant
 * to keep the output as it is (a speed-up); prints the file's SHA-256 to compare.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDoc } from '../src/analyze/index.js';
import { loadTempEval } from '../bench/sections/dates.js';

const SHARED = resolve(import.meta.dirname, '../../shared/datasets');

interface Input {
  corpus: string;
  id: string;
  body: string;
  published: string | null;
}

function folder(name: string, path: string[], published?: string): Input[] {
  const dir = join(SHARED, ...path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      corpus: name,
      id: f,
      body: readFileSync(join(dir, f), 'utf8'),
      published: published ?? /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? null,
    }));
}

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/analysis-snapshot.ts OUT.jsonl');
const inputs: Input[] = [
  ...folder('polnear', ['polnear-dev', 'text']),
  ...folder('ecbplus', ['ecbplus-dev', 'docs']),
  ...folder('ecbplus-dated', ['ecbplus-dev', 'docs'], '2013-06-14'),
  ...(existsSync(join(SHARED, 'tempeval3-dev')) ? loadTempEval().map((d) => ({ corpus: 'tempeval', id: d.id, body: d.text, published: d.dct || null })) : []),
];
const lines: string[] = [];
const started = process.cpuUsage();
for (const input of inputs) {
  const doc = analyzeDoc({ title: null, body: input.body, published: input.published });
  const tokens = createHash('sha256').update(JSON.stringify(doc.sentences)).digest('hex').slice(0, 16);
  const { entities, quotes, quantities, dates } = doc;
  lines.push(JSON.stringify({ corpus: input.corpus, id: input.id, tokens, entities, quotes, quantities, dates }));
}
const cpu = process.cpuUsage(started);
const text = lines.join('\n') + '\n';
writeFileSync(out, text);
const hash = createHash('sha256').update(text).digest('hex');
process.stdout.write(`${inputs.length} articles, ${((cpu.user + cpu.system) / 1000 / inputs.length).toFixed(2)} ms CPU each; sha256 ${hash}\n`);
