import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isoWeek, weekday, type Day } from '../../src/analyze/dates/calendar.js';
import { durationValue } from '../../src/analyze/dates/vocabulary.js';
import { resolve } from '../../src/analyze/dates/meaning.js';

const day = (iso: string): Day => {
  const [year, month, d] = iso.split('-').map(Number);
  return { year, month, day: d };
};

describe('calendar arithmetic', () => {
  it('ISO weeks at year boundaries', () => {
    expect(isoWeek(day('2019-12-30'))).toEqual({ year: 2020, week: 1 });
    expect(isoWeek(day('2021-01-03'))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(day('2019-06-12'))).toEqual({ year: 2019, week: 24 });
  });
  it('adding months keeps the day where the month allows it', () => {
    expect(addMonths(day('2019-03-31'), -1)).toEqual(day('2019-02-28'));
    expect(addMonths(day('2020-01-15'), -13)).toEqual(day('2018-12-15'));
  });
  it('addDays and daysBetween are inverse, and weekdays step by one', () => {
    const anyDay = fc.record({ year: fc.integer({ min: 1800, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const moved = addDays(d, n);
        return daysBetween(d, moved) === n && weekday(moved) === (((weekday(d) + n) % 7) + 7) % 7;
      }),
    );
  });
});

describe('TimeML values', () => {
  it('durations with fractions go to the next unit', () => {
    expect(durationValue(2.5, 'years')).toBe('P2Y6M');
    expect(durationValue(5.5, 'hours')).toBe('PT5H30M');
    expect(durationValue(3, 'decades')).toBe('P30Y');
    expect(durationValue(null, 'weeks')).toBe('PXW');
  });
  it('an offset needs an anchor; a value does not', () => {
    expect(resolve({ kind: 'offset', unit: 'week', offset: -1 }, null, 'unknown')).toBeNull();
    expect(resolve({ kind: 'value', type: 'DATE', value: '199' }, null, 'unknown')).toBe('199');
    expect(resolve({ kind: 'offset', unit: 'quarter', offset: -1 }, day('2019-01-10'), 'unknown')).toBe('2018-Q4');
  });
});
