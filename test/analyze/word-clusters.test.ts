import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CLUSTERS_PATH, loadClusters, readClusters } from '../../src/analyze/word-clusters.js';

describe('word clusters', () => {
  const clusters = loadClusters();
  const fine = (w: string) => clusters.clusterOf(w);
  const coarse = (w: string) => Math.floor(clusters.clusterOf(w) / clusters.fine);

  it('the shipped clusters put words of one kind together and others apart', () => {
    expect(fine('tashkent')).toBeGreaterThanOrEqual(0);
    expect(fine('bishkek')).toBe(fine('tashkent'));
    expect(fine('tuesday')).toBe(fine('monday'));
    expect(coarse('medvedev')).toBe(coarse('putin'));
    expect(fine('tashkent')).not.toBe(fine('monday'));
    expect(coarse('putin')).not.toBe(coarse('tashkent'));
  });

  it('a word that is not clustered is -1, and words are looked up lowercase', () => {
    expect(fine('qwzxqwzx')).toBe(-1);
    expect(fine('Tashkent')).toBe(-1);
  });

  it('reads a clusters file, and names a file that is not one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clusters-'));
    const good = join(dir, 'good.txt.gz');
    writeFileSync(good, gzipSync('2 2\nred blue\ncat\ndog\nparis london\n'));
    const read = readClusters(good);
    expect([read.clusterOf('blue'), read.clusterOf('cat'), read.clusterOf('london'), read.clusterOf('rome')]).toEqual([0, 1, 3, -1]);
    const bad = join(dir, 'bad.txt.gz');
    writeFileSync(bad, gzipSync('hello world\n'));
    expect(() => readClusters(bad)).toThrow(`${bad}: not a word-clusters file`);
    expect(() => readClusters(good.replace('good', 'missing'))).toThrow(/missing\.txt\.gz: cannot read the word clusters/);
    const plain = join(dir, 'plain.txt.gz');
    writeFileSync(plain, '2 2\nred blue\ncat\ndog\nparis london\n');
    expect(() => readClusters(plain)).toThrow(`${plain}: cannot read the word clusters`);
    const short = join(dir, 'short.txt.gz');
    writeFileSync(short, gzipSync('2 2\nred blue\ncat\ndog\n'));
    expect(() => readClusters(short)).toThrow(`${short}: not a word-clusters file`);
    expect(CLUSTERS_PATH).toMatch(/models[/\\]word-clusters\.txt\.gz$/);
  });
});
