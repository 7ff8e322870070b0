/**
 * `npm run build && node scripts/component-times.mjs [pol|ecb]`: CPU ms per article of each
 * analysis component, as bin/storyline runs it (the compiled dist/). The process first reads
 * every other article of the corpus (PolNeAR by default, or ECB+), so that its word caches are
 * warm with other texts, then times each component over the other half three times: the first
 * reading is what a new article costs a running process (issue 3's speed target), the second and
 * third show what caches and V8's warm-up save. Needs ../shared/datasets beside the checkout.
 * CPU time (user + system of this process) is less disturbed by other jobs than wall time, not
 * immune: compare before and after on the same machine state, alternating, and take the minimum.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { PIPELINE, analyzeDoc } = await import(`${process.env.DIST ?? `${root}/dist`}/analyze/index.js`);
const corpus = process.argv[2] ?? 'pol';
const data = resolve(root, '../shared/datasets');
const dir = corpus === 'ecb' ? `${data}/ecbplus-dev/docs` : `${data}/polnear-dev/text`;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const warm = texts.filter((_, i) => i % 2 === 0);
const timed = texts.filter((_, i) => i % 2 === 1);
for (const body of warm) analyzeDoc({ title: null, body, published: null });

function reading(label) {
  const cpu = PIPELINE.map(() => 0);
  for (const body of timed) {
    const doc = { title: null, body, published: null, sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
    PIPELINE.forEach((component, k) => {
      const before = process.cpuUsage();
      component(doc);
      const spent = process.cpuUsage(before);
      cpu[k] += spent.user + spent.system;
    });
  }
  const ms = (micros) => (micros / 1000 / timed.length).toFixed(3);
  console.log(`${label}  ${PIPELINE.map((c, k) => `${c.name} ${ms(cpu[k])}`).join('  ')}  total ${ms(cpu.reduce((a, b) => a + b))}`);
}
reading('first ');
reading('second');
reading('third ');
