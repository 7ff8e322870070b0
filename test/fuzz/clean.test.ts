import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import type { CleanedDocument, RawDocument, RawFormat } from '../../src/types.js';
import { anyText, newsHtml, newsText, pageOf, report, reportHtml, runs } from './arbitraries.js';

function raw(text: string, format: RawFormat, title?: string): RawDocument {
  return { source: 'fuzz', rawHash: '0'.repeat(64), docHash: '1'.repeat(64), format, text, encoding: 'UTF-8', hints: title ? { title } : {} };
}

/** Characters that are not white space: cleaning may turn a line break into a blank line, never add words. */
const visible = (s: string) => s.replace(/\s+/gu, '').length;

/** What every cleaned document must be, whatever went in. */
function checkShape(out: CleanedDocument, input: string): void {
  expect(typeof out.body).toBe('string');
  expect(visible(out.body)).toBeLessThanOrEqual(visible(input));
  expect(out.body).not.toMatch(/\r/);
  expect(out.body).not.toMatch(/\n{3,}/); // paragraphs are separated by exactly one blank line
  expect(out.body).toBe(out.body.trim());
  for (const l of out.links) expect(typeof l.text).toBe('string');
  for (const r of out.removed) expect(typeof r.reason).toBe('string');
  if (out.published !== null) expect(out.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

describe('cleaning never throws and never makes text up', () => {
  it.each(['text', 'markdown'] as const)('%s: news-like text', (format) => {
    fc.assert(
      fc.property(newsText, (text) => checkShape(clean(raw(text, format)), text)),
      runs(300),
    );
  });

  it.each(['text', 'markdown', 'html'] as const)('%s: any string at all', (format) => {
    fc.assert(
      fc.property(anyText, (text) => checkShape(clean(raw(text, format)), text)),
      runs(format === 'html' ? 100 : 300),
    );
  });

  it('html: random, sometimes broken, pages', () => {
    fc.assert(
      fc.property(newsHtml, (html) => checkShape(clean(raw(html, 'html')), html)),
      runs(150),
    );
  });
});

/**
 * Idempotence, defined for a cleaner with rules for the head of a document: a report cleaned
 * once, written out again as its title and body in the same format, cleans to itself: nothing
 * left is boilerplate, a byline, a date line, a caption or a wrap. The generated reports start
 * with prose, as reports do (random text whose first kept line looks like a title or a byline
 * again is outside the definition).
 */
describe('cleaning is idempotent: the cleaned body, cleaned again, stays the same', () => {
  it('text', () => {
    fc.assert(
      fc.property(report, ({ text }) => {
        const first = clean(raw(text, 'text'));
        const second = clean(raw(first.title ? `${first.title}\n\n${first.body}` : first.body, 'text'));
        expect(second.removed).toEqual([]);
        expect(second.title).toBe(first.title);
        expect(second.body).toBe(first.body);
      }),
      runs(300),
    );
  });

  it('html', () => {
    fc.assert(
      fc.property(reportHtml, (html) => {
        const first = clean(raw(html, 'html'));
        fc.pre(first.body !== ''); // a page the extractor finds no article in has nothing to clean again
        const second = clean(raw(pageOf(first.title ?? '', first.body.split('\n\n')), 'html'));
        expect(second.body).toBe(first.body);
      }),
      runs(150),
    );
  });
});
