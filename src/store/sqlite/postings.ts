import type Database from 'better-sqlite3';
import { CHUNK, packIds, PostingCounter, withoutId } from '../postings.js';
import { FOLD_AFTER, LogFollower } from './log-follower.js';

/**
 * The linker's candidate index in SQLite: table link_postings, in the format of ../postings.ts,
 * written through a log (migration 7).
 *
 * Why a log: a link files its article under ~45 keys, and appending it to each key's last chunk
 * in place rewrote ~45 pages spread over link_postings: 1.6 of the 7 ms a link took at 100k
 * articles, and more of its slowest 5%. Instead, each link appends one row to link_postings_log
 * (its link number, +1 or -1, its keys), and every FOLD_AFTER rows one link folds the log into
 * link_postings, where a key shared by many of those links has its chunk rewritten once. A
 * query counts the log's rows beside the chunks (./log-follower.ts), so every connection sees
 * every link at once. The price: the link that folds takes longer (100-200 ms at 100k
 * articles, once in FOLD_AFTER links; bench/RESULTS.md, link-scale, column max).
 */
interface LogRow {
  id: number;
  seq: number;
  delta: number;
  keys: string;
}

export class Postings {
  private readonly counter = new PostingCounter();
  /** The log's rows as this connection last read them: ids added under each key, ids removed. */
  private added = new Map<string, number[]>();
  private removed = new Set<number>();
  private readonly log: LogFollower<LogRow>;
  private readonly read: Database.Statement;
  private readonly last: Database.Statement;
  private readonly write: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly ofKey: Database.Statement;
  private readonly drop: Database.Statement;
  private readonly append: Database.Statement;
  private readonly rows: Database.Statement;
  private readonly clear: Database.Statement;
  private readonly query: (keys: readonly string[], limit: number) => number[];

  constructor(
    db: Database.Database,
    private readonly foldAfter = FOLD_AFTER,
  ) {
    this.log = new LogFollower<LogRow>(
      db,
      'link_postings_log',
      'seq, delta, keys',
      (row) => {
        if (row.delta < 0) return void this.removed.add(row.seq);
        for (const key of new Set(JSON.parse(row.keys) as string[])) {
          const ids = this.added.get(key);
          if (ids) ids.push(row.seq);
          else this.added.set(key, [row.seq]);
        }
      },
      () => {
        this.added = new Map();
        this.removed = new Set();
      },
    );
    this.read = db.prepare('SELECT ids FROM link_postings WHERE key IN (SELECT value FROM json_each(?))').pluck();
    this.last = db.prepare('SELECT chunk, ids FROM link_postings WHERE key = ? ORDER BY chunk DESC LIMIT 1');
    this.write = db.prepare('UPDATE link_postings SET ids = ? WHERE key = ? AND chunk = ?');
    this.insert = db.prepare('INSERT INTO link_postings (key, chunk, ids) VALUES (?, ?, ?)');
    this.ofKey = db.prepare('SELECT chunk, ids FROM link_postings WHERE key = ?');
    this.drop = db.prepare('DELETE FROM link_postings WHERE key = ? AND chunk = ?');
    this.append = db.prepare('INSERT INTO link_postings_log (seq, delta, keys) VALUES (?, ?, ?)');
    this.rows = db.prepare('SELECT id, seq, delta, keys FROM link_postings_log ORDER BY id');
    this.clear = db.prepare('DELETE FROM link_postings_log');
    // The chunks and the log seen at the same moment, whatever other connections write.
    this.query = this.log.reader((keys: readonly string[], limit: number) => {
      const unique = [...new Set(keys)];
      const lists: (Buffer | number[])[] = this.read.all(JSON.stringify(unique)) as Buffer[];
      for (const key of unique) {
        const ids = this.added.get(key);
        if (ids) lists.push(ids);
      }
      // Removed ids may still be in the chunks until the next fold: ask for as many more.
      const best = this.counter.top(lists, limit + this.removed.size);
      return best.filter((id) => !this.removed.has(id)).slice(0, limit);
    });
  }

  /** Files `id` under each of `keysJson` (a JSON array), the caller's transaction; an id is filed once. */
  add(keysJson: string, id: number): void {
    this.record(id, 1, keysJson);
  }

  /** Takes `id` out of the lists of each of `keysJson` (those it was filed under), the caller's transaction. */
  remove(keysJson: string, id: number): void {
    this.record(id, -1, keysJson);
  }

  /** The `limit` ids filed under most of `keys`, most shared first, then the oldest. */
  top(keys: readonly string[], limit: number): number[] {
    return this.query(keys, limit);
  }

  private record(id: number, delta: 1 | -1, keysJson: string): void {
    this.append.run(id, delta, keysJson);
    if (this.log.size() >= this.foldAfter) this.fold();
  }

  /** Moves the log into link_postings, key by key, and empties it (the caller's transaction). */
  private fold(): void {
    const added = new Map<string, number[]>();
    const removed: { id: number; keys: string[] }[] = [];
    const gone = new Set<number>();
    const addedHere = new Set<number>();
    for (const row of this.rows.all() as LogRow[]) {
      const keys = new Set(JSON.parse(row.keys) as string[]);
      if (row.delta < 0) {
        gone.add(row.seq);
        // Filed by this same log: it never reached the chunks.
        if (!addedHere.has(row.seq)) removed.push({ id: row.seq, keys: [...keys] });
        continue;
      }
      addedHere.add(row.seq);
      for (const key of keys) {
        const ids = added.get(key);
        if (ids) ids.push(row.seq);
        else added.set(key, [row.seq]);
      }
    }
    // In key order: neighbouring keys share pages of link_postings, which then stay in cache.
    for (const key of [...added.keys()].sort()) this.appendIds(key, added.get(key)!.filter((id) => !gone.has(id)));
    for (const { id, keys } of removed) for (const key of keys) this.removeId(key, id);
    this.clear.run();
    this.log.reset();
  }

  /** Appends ids (higher than any filed under `key`) to its last chunk, and new chunks as it fills. */
  private appendIds(key: string, ids: number[]): void {
    if (!ids.length) return;
    const tail = this.last.get(key) as { chunk: number; ids: Buffer } | undefined;
    let chunk = tail ? tail.chunk : 0;
    let room = tail ? CHUNK - tail.ids.byteLength / 4 : CHUNK;
    if (tail && room > 0) {
      this.write.run(Buffer.concat([tail.ids, packIds(ids.slice(0, room))]), key, chunk);
      ids = ids.slice(room);
    }
    if (tail) chunk++;
    for (room = CHUNK; ids.length; chunk++, ids = ids.slice(room)) this.insert.run(key, chunk, packIds(ids.slice(0, room)));
  }

  /** Takes `id` out of `key`'s chunks; a chunk left empty is dropped. */
  private removeId(key: string, id: number): void {
    for (const row of this.ofKey.all(key) as { chunk: number; ids: Buffer }[]) {
      const rest = withoutId(row.ids, id);
      if (!rest) continue;
      if (rest.length) this.write.run(packIds(rest), key, row.chunk);
      else this.drop.run(key, row.chunk);
    }
  }
}
