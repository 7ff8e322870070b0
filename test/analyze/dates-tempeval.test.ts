import { describe, expect, it } from 'vitest';
import { hasShared } from '../helpers/shared.js';
import { loadTempEval } from '../../bench/sections/dates.js';
import type { AnalysisDoc } from '../../src/analyze/doc.js';
import { tokenize } from '../../src/analyze/tokens.js';
import { findDates } from '../../src/analyze/dates/index.js';

/** TimeML value syntax: dates, weeks, quarters, seasons, decades, times, durations, sets, references. */
const TIMEML_VALUE =
  /^(?:\d{2,4}(?:-(?:\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?)?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?|P(?:T?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|Q|DE|CE))+(?:T\d+[HMS])?|XXXX-(?:WXX-(?:[1-7]|WE)(?:T(?:MO|AF|EV|NI))?|\d{2}|XX-XXT(?:MO|AF|EV|NI))|PRESENT_REF|PAST_REF|FUTURE_REF)$/;

describe.skipIf(!hasShared)('TempEval-3 TBAQ (../shared/datasets/tempeval3-dev)', () => {
  const docs = hasShared ? loadTempEval() : [];

  it('the TimeML reader keeps each TIMEX3 extent on its own text', () => {
    expect(docs.length).toBeGreaterThan(200);
    for (const doc of docs) {
      expect(doc.dct).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('every expression found is the text it covers, and every value is TimeML', () => {
    for (const doc of docs.slice(0, 80)) {
      const analysis: AnalysisDoc = { title: null, body: doc.text, published: doc.dct, sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
      tokenize(analysis);
      findDates(analysis);
      for (const d of analysis.dates) {
        expect(doc.text.slice(d.start, d.end)).toBe(d.text);
        expect(d.text).toBe(d.text.trim());
        if (d.value !== null) expect(d.value, `${d.text} in ${doc.id}`).toMatch(TIMEML_VALUE);
      }
    }
  });
});
