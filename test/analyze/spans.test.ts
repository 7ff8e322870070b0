import { describe, expect, it } from 'vitest';
import { DisjointSpans, SpanSet, lowerBound } from '../../src/analyze/spans.js';
import { chronoMatches, chronoPieces, chunks } from '../../src/analyze/dates/chrono.js';
import { findDateMentions } from '../../src/analyze/dates/index.js';
import { applyRules, ruleScan } from '../../src/analyze/dates/rules.js';
import { splitSentences } from '../../src/analyze/tokens.js';

describe('spans', () => {
  it('lowerBound finds the first key at or above a value', () => {
    const xs = [1, 3, 3, 7];
    expect([0, 1, 3, 4, 7, 8].map((v) => lowerBound(xs, v, (x) => x))).toEqual([0, 0, 1, 3, 3, 4]);
  });

  it('SpanSet answers overlap against the union of its spans', () => {
    const set = new SpanSet([{ start: 10, end: 20 }, { start: 0, end: 2 }, { start: 15, end: 30 }, { start: 40, end: 40 }]);
    expect(set.overlaps(2, 10)).toBe(false);
    expect(set.overlaps(1, 3)).toBe(true);
    expect(set.overlaps(29, 35)).toBe(true);
    expect(set.overlaps(30, 45)).toBe(false);
    expect(set.overlaps(12, 12)).toBe(false);
  });

  it('DisjointSpans keeps what overlaps nothing chosen before, in order of start', () => {
    const d = new DisjointSpans<{ start: number; end: number }>();
    expect([d.add({ start: 5, end: 15 }), d.add({ start: 0, end: 6 }), d.add({ start: 14, end: 20 }), d.add({ start: 15, end: 20 }), d.add({ start: 0, end: 5 })]).toEqual([
      true, false, false, true, true,
    ]);
    expect(d.chosen.map((s) => s.start)).toEqual([0, 5, 15]);
  });
});

describe('dates on long and repetitive texts', () => {
  it('cuts long texts for chrono at paragraph breaks, covering the text', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} was written on Monday.`).join('\n\n');
    const parts = chunks(text, 1000);
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (const p of parts) expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
    expect(parts.slice(0, -1).every((p) => p.text.endsWith('\n'))).toBe(true);
  });

  it('chrono reads only runs of sentences with a calendar word or a digit, and finds the same dates there', () => {
    const body = 'The vote was held on Sunday. Turnout was high. Observers praised it.\n\nOn March 5, 2019, he resigned at 10:30. Crowds gathered outside. They stayed two days.';
    const pieces = chronoPieces(body, splitSentences(body));
    expect(pieces.map((p) => p.text)).toEqual(['The vote was held on Sunday.', 'On March 5, 2019, he resigned at 10:30.', 'They stayed two days.']);
    for (const p of pieces) expect(body.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
    const anchor = { year: 2019, month: 3, day: 10 };
    expect(chronoMatches(body, anchor, pieces).length).toBeGreaterThanOrEqual(3);
    expect(chronoMatches(body, anchor, pieces)).toEqual(chronoMatches(body, anchor));
  });

  it('the date rules read only runs of sentences with a word they need, and give offsets in the whole body', () => {
    const body = 'Turnout was high. The vote came three years ago. Observers praised it.\n\nCritics disagreed. Prices fell in the 1990s and again last week.';
    const sentences = splitSentences(body);
    const scan = ruleScan(body, sentences);
    expect(scan.text).not.toContain('Turnout');
    expect(scan.text).not.toContain('Critics');
    const context = { text: body, anchor: { year: 2020, month: 6, day: 1 }, dayFirst: null };
    const found = applyRules(context, scan).map((m) => body.slice(m.start, m.end));
    expect(found).toEqual(expect.arrayContaining(['three years ago', 'the 1990s', 'last week']));
    expect(applyRules(context, scan)).toEqual(expect.arrayContaining(applyRules(context)));
    expect(applyRules(context).length).toBe(applyRules(context, scan).length);
  });

  it('a report of thousands of dates finds each one, at its offsets', () => {
    const unit = 'The council met on March 5, 2019, and again two years ago.\n\n';
    const body = unit.repeat(1500);
    const dates = findDateMentions({ body, published: '2020-06-01', sentences: splitSentences(body) });
    expect(dates.filter((d) => d.value === '2019-03-05')).toHaveLength(1500);
    expect(dates.filter((d) => d.text === 'two years ago' && d.value === '2018')).toHaveLength(1500);
    for (const d of dates) expect(body.slice(d.start, d.end)).toBe(d.text);
  });
});
