import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../src/link/features.js';

const KEYS = ['x:9f2c', 'b:3:77aa', 'n:london', 'n:jane morrow', 't:flood', 't:dresden', 't:rescuers'];
const df = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('candidate query keys', () => {
  it('leave out the names and terms filed under more than 1000 reports, never the LSH bands or the text hash', () => {
    const stats = { total: 50_000, df: df({ 'n:london': 5000, 'n:jane morrow': 3, flood: 1200, dresden: 300, rescuers: 1000 }) };
    expect(queryKeys(KEYS, stats)).toEqual(['x:9f2c', 'b:3:77aa', 'n:jane morrow', 't:dresden', 't:rescuers']);
  });
  it('in a large store, only what more than 1% of it shares', () => {
    const stats = { total: 500_000, df: df({ 'n:london': 6000, flood: 1200, dresden: 4999 }) };
    expect(queryKeys(KEYS, stats)).toEqual(KEYS.filter((k) => k !== 'n:london'));
  });
  it('in a small store, nothing, however common', () => {
    const stats = { total: 800, df: df({ 'n:london': 800, flood: 790, dresden: 800, rescuers: 800 }) };
    expect(queryKeys(KEYS, stats)).toEqual(KEYS);
  });
});
