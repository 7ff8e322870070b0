import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../src/cli/commands/read.js';
import { cli, tempDir } from '../helpers/cli.js';

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

describe('articles with nothing to list', () => {
  const db = join(tempDir(), 'none.db');
  it('says the store is empty, or that the filters match none of what it holds', () => {
    expect(cli(db, ['articles', '--entity', 'nobody']).stdout.trim()).toBe('no articles yet: storyline ingest FOLDER');
    expect(cli(db, ['ingest', '-'], 'Ferry Strike Ends\n\nThe ferry between the islands resumed on Monday after a two-week strike by its crews ended.').code).toBe(0);
    const r = cli(db, ['articles', '--entity', 'nobody', '--from', '2020-01-01']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('no article matches --from "2020-01-01" --entity "nobody" (of 1 stored)');
  });
});
