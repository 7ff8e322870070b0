/**
 * Ingest + clean throughput on real article folders: cleaning alone (decode + clean, no
 * analysis) and the whole ingestion job into a fresh SQLite store (read, clean, analyse, store,
 * link), with articles/s and the process's peak RSS.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clean } from '../../src/clean/index.js';
import { expandContainer, sha256 } from '../../src/ingest/containers.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { ingestSources } from '../../src/service/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { BenchSection } from '../run.js';
import { measure, table } from '../util.js';

const SHARED = resolve(import.meta.dirname, '../../../shared/datasets');
const FOLDERS = [
  ['ECB+ dev', join(SHARED, 'ecbplus-dev/docs')],
  ['PolNeAR', join(SHARED, 'polnear-dev/text')],
] as const;

async function cleanOnly(folder: string): Promise<number> {
  let n = 0;
  for (const name of readdirSync(folder)) {
    const bytes = readFileSync(join(folder, name));
    const { text, encoding } = decodeBytes(bytes, name);
    const { documents } = await expandContainer({ source: name, rawHash: sha256(bytes), text, encoding, name });
    for (const d of documents) {
      clean(d);
      n++;
    }
  }
  return n;
}

const section: BenchSection = {
  name: 'ingest',
  async run() {
    const rows: (string | number)[][] = [];
    for (const [label, folder] of FOLDERS) {
      if (!existsSync(folder)) {
        rows.push([label, 'absent', '', '', '', '']);
        continue;
      }
      const files = readdirSync(folder).length;
      const kb = readdirSync(folder).reduce((s, f) => s + readFileSync(join(folder, f)).length, 0) / files / 1024;
      const c = await measure(() => cleanOnly(folder));
      const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
      const store = new SqliteStore(join(dir, 'bench.db'));
      const full = await measure(() => ingestSources(store, [folder]));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      rows.push([
        label,
        `${files} files, ${kb.toFixed(1)} KB avg`,
        `${((c.result / c.ms) * 1000).toFixed(0)}`,
        `${((full.result.added / full.ms) * 1000).toFixed(0)}`,
        `${(full.ms / 1000).toFixed(1)}`,
        `${full.peakMiB.toFixed(0)}`,
      ]);
    }
    return [
      table(['corpus', 'size', 'clean only (articles/s)', 'full ingest (articles/s)', 'full ingest (s)', 'peak RSS (MiB)'], rows),
      '',
      'Full ingest = read + decode + clean + analyse + store (SQLite, one transaction per input) + link, on one core.',
    ].join('\n');
  },
};
export default section;
