import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/types.js';
import { analyzeDoc } from '../../src/analyze/index.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

/**
 * The seeds as the cleaner will hand them over: hard-wrapped lines inside a paragraph joined
 * ("66-\nyear-old" -> "66-year-old", "state-\nrun" -> "state-run"), paragraphs kept apart.
 * The whole pipeline runs, with whatever entity recogniser is in place.
 */
function seedQuantities(name: string): Quantity[] {
  const raw = readFileSync(sharedPath('seeds', name), 'utf8');
  const body = raw
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/-\n(?=\p{Ll})/gu, '-').replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .join('\n\n');
  return analyzeDoc({ title: null, body, published: null }).quantities;
}

const find = (all: Quantity[], value: number, kind: Quantity['kind']) => {
  const q = all.find((x) => x.value === value && x.kind === kind);
  if (!q) throw new Error(`no ${kind} ${value} in ${JSON.stringify(all.map((x) => x.text))}`);
  return q;
};

const TOKAYEV = /^Kassym-Jomart Tokayev$/;
const NAZARBAYEV = /^Nursultan Nazarbayev$/;

describe.skipIf(!hasShared)('quantities of the user seeds', () => {
  it('seed 000: vote share, arrests, two ages, rivals', () => {
    const all = seedQuantities('000_c7b15ebcd17baa92.txt');
    const share = find(all, 71, 'percent');
    expect(share).toMatchObject({ attribute: 'vote share', approximate: true, text: 'nearly 71 percent' });
    expect(share.subject).toMatch(TOKAYEV);
    expect(find(all, 500, 'count')).toMatchObject({ subject: 'people', attribute: 'arrested' });
    expect(find(all, 66, 'age').subject).toMatch(TOKAYEV);
    expect(find(all, 78, 'age').subject).toMatch(NAZARBAYEV);
    const rivals = find(all, 6, 'count');
    expect(rivals.attribute).toBe('rivals');
    expect(rivals.subject).toMatch(TOKAYEV);
  });

  it('seed 003: vote share, age, the dead, opponents as rivals', () => {
    const all = seedQuantities('003_4150f387e525f317.txt');
    const share = find(all, 81, 'percent');
    expect(share).toMatchObject({ attribute: 'vote share', approximate: true });
    expect(share.subject).toMatch(TOKAYEV);
    expect(find(all, 69, 'age').subject).toMatch(TOKAYEV);
    expect(find(all, 238, 'count')).toMatchObject({ subject: 'deaths', attribute: 'dead' });
    const opponents = find(all, 5, 'count');
    expect(opponents).toMatchObject({ attribute: 'rivals', unit: 'opponents' });
    expect(opponents.subject).toMatch(TOKAYEV);
  });

  it('the same fact reads the same in both reports: Tokayev\'s rivals and vote share', () => {
    const a = seedQuantities('000_c7b15ebcd17baa92.txt');
    const b = seedQuantities('003_4150f387e525f317.txt');
    const key = (q: Quantity) => `${q.subject}|${q.attribute}`;
    expect(key(find(a, 6, 'count'))).toBe(key(find(b, 5, 'count')));
    expect(key(find(a, 71, 'percent'))).toBe(key(find(b, 81, 'percent')));
  });
});
