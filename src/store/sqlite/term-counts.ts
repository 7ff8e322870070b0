import type Database from 'better-sqlite3';

/**
 * Document frequencies of the linker's terms in SQLite (table link_df, the article count under
 * the term ''), maintained through a log (migration 6).
 *
 * Why a log: a report adds one to the count of ~120 terms spread over the whole of link_df, so
 * updating link_df in place dirtied most of its pages on every link (60 of the ~100 pages a link
 * wrote at 100k articles, and about 1.2 ms of its 10). Instead, each link appends one row to
 * link_df_log (+1 or -1 and the terms), which touches one page, and every FOLD_AFTER rows one
 * link folds the log into link_df. Reading adds the log's rows to link_df's counts; a connection
 * keeps what it summed of the log and reads only rows added since, so counts stay exact for
 * every connection, also those of other processes, which notice a fold by the rows it removed.
 */
export const FOLD_AFTER = 256;

export class TermCounts {
  /** The log as this connection last summed it: counts of rows `first`..`upTo`. */
  private pending = new Map<string, number>();
  private pendingTotal = 0;
  private first = 0;
  private upTo = 0;
  private readonly append: Database.Statement;
  private readonly span: Database.Statement;
  private readonly since: Database.Statement;
  private readonly base: Database.Statement;
  private readonly foldCounts: Database.Statement;
  private readonly dropEmpty: Database.Statement;
  private readonly clear: Database.Statement;
  private readonly snapshot: (terms: readonly string[]) => { total: number; df: Map<string, number> };

  constructor(
    private readonly db: Database.Database,
    private readonly foldAfter = FOLD_AFTER,
  ) {
    this.append = db.prepare('INSERT INTO link_df_log (delta, terms) VALUES (?, ?)');
    this.span = db.prepare('SELECT min(id) AS low, max(id) AS high FROM link_df_log');
    this.since = db.prepare('SELECT id, delta, terms FROM link_df_log WHERE id > ? ORDER BY id');
    this.base = db.prepare('SELECT term, df FROM link_df WHERE term IN (SELECT value FROM json_each(?))').raw();
    this.foldCounts = db.prepare(`
      INSERT INTO link_df (term, df)
        SELECT value, sum(delta) FROM (SELECT delta, terms FROM link_df_log UNION ALL SELECT delta, '[""]' FROM link_df_log), json_each(terms) WHERE true GROUP BY value
      ON CONFLICT(term) DO UPDATE SET df = df + excluded.df`);
    this.dropEmpty = db.prepare(`DELETE FROM link_df WHERE df <= 0 AND term IN (SELECT value FROM link_df_log, json_each(terms) WHERE delta < 0)`);
    this.clear = db.prepare('DELETE FROM link_df_log');
    // One read transaction: link_df and the log seen at the same moment, whatever other connections write.
    this.snapshot = db.transaction((terms: readonly string[]) => {
      this.catchUp();
      const df = new Map<string, number>();
      let total = this.pendingTotal;
      for (const [term, n] of this.base.all(JSON.stringify(['', ...terms])) as [string, number][]) {
        if (term === '') total += n;
        else df.set(term, n);
      }
      for (const term of terms) {
        const extra = this.pending.get(term);
        if (extra) df.set(term, (df.get(term) ?? 0) + extra);
      }
      for (const [term, n] of df) if (n <= 0) df.delete(term);
      return { total, df };
    });
  }

  /** How many articles there are, and how many of them have each term. */
  stats(terms: readonly string[]): { total: number; df: Map<string, number> } {
    return this.snapshot(terms);
  }

  /** Counts an article's terms (a JSON array of distinct terms) in (+1) or out (-1); runs inside the caller's write transaction. */
  record(termsJson: string, delta: 1 | -1): void {
    const id = Number(this.append.run(delta, termsJson).lastInsertRowid);
    const { low } = this.span.get() as { low: number };
    if (id - low + 1 >= this.foldAfter) this.fold();
  }

  /** Moves the log's counts into link_df and empties the log (the caller's transaction). */
  private fold(): void {
    this.foldCounts.run();
    this.dropEmpty.run();
    this.clear.run();
    this.reset();
  }

  private reset(): void {
    this.pending = new Map();
    this.pendingTotal = 0;
    this.first = 0;
    this.upTo = 0;
  }

  /** Brings this connection's sum of the log up to date; rows it summed that are gone were folded (by any connection). */
  private catchUp(): void {
    const { low, high } = this.span.get() as { low: number | null; high: number | null };
    if (this.first && (low === null || low > this.first)) this.reset();
    if (high === null || high <= this.upTo) return;
    for (const row of this.since.all(this.upTo) as { id: number; delta: number; terms: string }[]) {
      if (!this.first) this.first = row.id;
      this.upTo = row.id;
      this.pendingTotal += row.delta;
      for (const term of JSON.parse(row.terms) as string[]) this.pending.set(term, (this.pending.get(term) ?? 0) + row.delta);
    }
  }
}
