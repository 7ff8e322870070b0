import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';

describe('queue commands on a SQLite store', () => {
  const db = join(tempDir('storyline-queue-cli-'), 'store.db');

  it('refuse to enqueue or work, as a usage error naming what is needed', () => {
    for (const args of [['ingest', '--queue', '-'], ['worker']]) {
      const r = cli(db, args, 'Some text');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/needs a PostgreSQL store/);
      expect(r.stdout).toBe('');
    }
  });

  it('status and migrate still answer', () => {
    expect(cli(db, ['migrate', '--json']).json()).toEqual({ backend: 'sqlite', schemaVersion: expect.any(Number), queue: null });
    expect(cli(db, ['status', '--json']).json()).toEqual({ articles: 0, queue: null });
  });
});
