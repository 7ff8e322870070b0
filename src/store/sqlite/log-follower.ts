import type Database from 'better-sqlite3';

/**
 * Follows an append-only log table (`id INTEGER PRIMARY KEY AUTOINCREMENT`, so ids only grow)
 * that some connection empties now and then by folding it into a main table. A connection
 * sums what the log holds once and afterwards reads only the rows added since; rows it summed
 * that are gone were folded (by this connection or any other, in any process), and then it
 * starts again from what the log holds now. Reads go through `reader`, which reads the log and
 * the main table in one transaction, so that both are seen at one moment.
 *
 * Used by the linker's term counts (./term-counts.ts) and candidate index (./postings.ts):
 * appending one row per link touches one page, where updating the main tables in place dirtied
 * dozens of pages spread over them.
 */
/** Rows a log holds before the link that adds the last one folds it into the main table. */
export const FOLD_AFTER = 256;

export class LogFollower<Row extends { id: number }> {
  private first = 0;
  private upTo = 0;
  private readonly span: Database.Statement;
  private readonly since: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    table: string,
    columns: string,
    private readonly onRow: (row: Row) => void,
    private readonly onReset: () => void,
  ) {
    this.span = db.prepare(`SELECT min(id) AS low, max(id) AS high FROM ${table}`);
    this.since = db.prepare(`SELECT id, ${columns} FROM ${table} WHERE id > ? ORDER BY id`);
  }

  /** How many rows the log holds (the caller's transaction). */
  size(): number {
    const { low, high } = this.span.get() as { low: number | null; high: number | null };
    return low === null || high === null ? 0 : high - low + 1;
  }

  /**
   * `read` as one read transaction, after the log is caught up. Called inside a write
   * transaction of the caller's, it may see log rows that are later rolled back (and whose ids
   * are then given out again): what it read is forgotten afterwards, the next read sums the log
   * again.
   */
  reader<A extends unknown[], T>(read: (...args: A) => T): (...args: A) => T {
    const inOne = this.db.transaction((...args: A) => {
      this.catchUp();
      return read(...args);
    });
    return (...args: A) => {
      const nested = this.db.inTransaction;
      try {
        return inOne(...args);
      } finally {
        if (nested) this.reset();
      }
    };
  }

  /** Reads what was added to the log since the last call, or all of it again after a fold. */
  private catchUp(): void {
    const { low, high } = this.span.get() as { low: number | null; high: number | null };
    if (this.first && (low === null || low > this.first)) this.reset();
    if (high === null || high <= this.upTo) return;
    for (const row of this.since.all(this.upTo) as Row[]) {
      if (!this.first) this.first = row.id;
      this.upTo = row.id;
      this.onRow(row);
    }
  }

  /** Forgets what was read (after this connection folded the log). */
  reset(): void {
    this.first = 0;
    this.upTo = 0;
    this.onReset();
  }
}
