import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../src/cli/commands/read.js';

describe('date options (--date, --from, --to)', () => {
  it('take a day of the calendar as YYYY-MM-DD', () => {
    for (const day of ['2024-02-29', '2000-02-29', '2023-12-31', '0050-01-01']) expect(calendarDay(day)).toBe(day);
  });

  it('refuse a day the calendar does not have, or another form', () => {
    for (const value of ['2024-02-30', '2023-02-29', '1900-02-29', '2024-13-45', '2024-00-10', '2024-04-31', '', '2024-2-3', 'yesterday', '2024-02-29T00:00']) {
      expect(() => calendarDay(value), value).toThrow(InvalidArgumentError);
    }
  });
});
