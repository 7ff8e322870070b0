import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { clean } from '../../src/clean/index.js';
import type { Analysis } from '../../src/types.js';
import { anyText, newsText, published, runs } from './arbitraries.js';

/** Every offset the analysers give is a non-empty span inside the body, and names what it spans. */
function checkSpans(a: Analysis, body: string): void {
  const inside = (s: { start: number; end: number }) => {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(body.length);
  };
  for (const e of a.entities) {
    expect(e.name.trim()).not.toBe('');
    for (const m of e.mentions) {
      inside(m);
      expect(body.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const d of a.dates) {
    inside(d);
    expect(body.slice(d.start, d.end)).toBe(d.text);
  }
  for (const q of a.quantities) {
    inside(q);
    expect(body.slice(q.start, q.end)).toBe(q.text);
    expect(Number.isNaN(q.value)).toBe(false);
  }
  for (const q of a.quotes) inside(q);
}

describe('the analysers never throw and keep every offset inside the body', () => {
  it('on cleaned news-like text', () => {
    fc.assert(
      fc.property(newsText, published, (text, date) => {
        const body = clean({ source: 'fuzz', rawHash: '0', docHash: '1', format: 'text', text, encoding: 'UTF-8', hints: {} }).body;
        checkSpans(analyze({ title: null, body, published: date }), body);
      }),
      runs(150),
    );
  });

  it('on raw text as given (analyze --raw), odd characters included', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, anyText), published, fc.option(fc.string({ maxLength: 40 })), (body, date, title) => {
        checkSpans(analyze({ title, body, published: date }), body);
      }),
      runs(150),
    );
  });
});
