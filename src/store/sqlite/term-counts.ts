import type Database from 'better-sqlite3';
import type { TermStats } from '../store.js';
import { FOLD_AFTER, LogFollower } from './log-follower.js';

/**
 * Document frequencies of the linker's terms in SQLite (table link_df, the article count under
 * the term ''), maintained through a log (migration 6).
 *
 * Why a log: a report adds one to the count of ~120 terms spread over the whole of link_df, so
 * updating link_df in place dirtied most of its pages on every link (60 of the ~100 pages a link
 * wrote at 100k articles, and about 1.2 ms of its 10). Instead, each link appends one row to
 * link_df_log (+1 or -1 and the terms), and every FOLD_AFTER rows one link folds the log into
 * link_df. Reading adds the log's rows to link_df's counts (./log-follower.ts), so counts stay
 * exact for every connection, also those of other processes.
 */
export class TermCounts {
  /** The log's rows as this connection last read them, summed. */
  private pending = new Map<string, number>();
  private pendingTotal = 0;
  private readonly log: LogFollower<{ id: number; delta: number; terms: string }>;
  private readonly append: Database.Statement;
  private readonly base: Database.Statement;
  private readonly foldCounts: Database.Statement;
  private readonly dropEmpty: Database.Statement;
  private readonly clear: Database.Statement;
  private readonly snapshot: (terms: readonly string[]) => TermStats;

  constructor(
    db: Database.Database,
    private readonly foldAfter = FOLD_AFTER,
  ) {
    this.log = new LogFollower(
      db,
      'link_df_log',
      'delta, terms',
      (row) => {
        this.pendingTotal += row.delta;
        for (const term of JSON.parse(row.terms) as string[]) this.pending.set(term, (this.pending.get(term) ?? 0) + row.delta);
      },
      () => {
        this.pending = new Map();
        this.pendingTotal = 0;
      },
    );
    this.append = db.prepare('INSERT INTO link_df_log (delta, terms) VALUES (?, ?)');
    this.base = db.prepare('SELECT term, df FROM link_df WHERE term IN (SELECT value FROM json_each(?))').raw();
    this.foldCounts = db.prepare(`
      INSERT INTO link_df (term, df)
        SELECT value, sum(delta) FROM (SELECT delta, terms FROM link_df_log UNION ALL SELECT delta, '[""]' FROM link_df_log), json_each(terms) WHERE true GROUP BY value
      ON CONFLICT(term) DO UPDATE SET df = df + excluded.df`);
    this.dropEmpty = db.prepare(`DELETE FROM link_df WHERE df <= 0 AND term IN (SELECT value FROM link_df_log, json_each(terms) WHERE delta < 0)`);
    this.clear = db.prepare('DELETE FROM link_df_log');
    this.snapshot = this.log.reader((terms: readonly string[]) => {
      const df = new Map<string, number>();
      let total = this.pendingTotal;
      for (const [term, n] of this.base.all(JSON.stringify(['', ...terms])) as [string, number][]) {
        if (term === '') total += n;
        else df.set(term, n);
      }
      for (const term of new Set(terms)) {
        const extra = this.pending.get(term);
        if (extra) df.set(term, (df.get(term) ?? 0) + extra);
      }
      for (const [term, n] of df) if (n <= 0) df.delete(term);
      return { total, df };
    });
  }

  /** How many articles there are, and how many of them have each term. */
  stats(terms: readonly string[]): TermStats {
    return this.snapshot(terms);
  }

  /** Counts an article's terms (a JSON array of distinct terms) in (+1) or out (-1); runs inside the caller's write transaction. */
  record(termsJson: string, delta: 1 | -1): void {
    this.append.run(delta, termsJson);
    if (this.log.size() >= this.foldAfter) this.fold();
  }

  /** Moves the log's counts into link_df and empties the log (the caller's transaction). */
  private fold(): void {
    this.foldCounts.run();
    this.dropEmpty.run();
    this.clear.run();
    this.log.reset();
  }
}
