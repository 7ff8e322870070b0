import type Database from 'better-sqlite3';
import { CHUNK, packIds, PostingCounter, withoutId } from '../postings.js';

/** The linker's candidate index in SQLite: table link_postings, in the format of ../postings.ts. */
export class Postings {
  private readonly counter = new PostingCounter();
  private readonly read: Database.Statement;
  private readonly last: Database.Statement;
  private readonly write: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly ofKey: Database.Statement;
  private readonly drop: Database.Statement;

  constructor(db: Database.Database) {
    this.read = db.prepare('SELECT ids FROM link_postings WHERE key IN (SELECT value FROM json_each(?))').pluck();
    this.last = db.prepare('SELECT chunk, ids FROM link_postings WHERE key = ? ORDER BY chunk DESC LIMIT 1');
    this.write = db.prepare('UPDATE link_postings SET ids = ? WHERE key = ? AND chunk = ?');
    this.insert = db.prepare('INSERT INTO link_postings (key, chunk, ids) VALUES (?, ?, ?)');
    this.ofKey = db.prepare('SELECT chunk, ids FROM link_postings WHERE key = ?');
    this.drop = db.prepare('DELETE FROM link_postings WHERE key = ? AND chunk = ?');
  }

  /** Files `id` under each key (the caller's transaction; an id is filed once). */
  add(keys: Iterable<string>, id: number): void {
    const packed = packIds([id]);
    for (const key of new Set(keys)) {
      const tail = this.last.get(key) as { chunk: number; ids: Buffer } | undefined;
      if (tail && tail.ids.byteLength < CHUNK * 4) this.write.run(Buffer.concat([tail.ids, packed]), key, tail.chunk);
      else this.insert.run(key, tail ? tail.chunk + 1 : 0, packed);
    }
  }

  /** Takes `id` out of each key's list; a chunk left empty is dropped. */
  remove(keys: Iterable<string>, id: number): void {
    for (const key of new Set(keys)) {
      for (const row of this.ofKey.all(key) as { chunk: number; ids: Buffer }[]) {
        const rest = withoutId(row.ids, id);
        if (!rest) continue;
        if (rest.length) this.write.run(packIds(rest), key, row.chunk);
        else this.drop.run(key, row.chunk);
      }
    }
  }

  /** The `limit` ids filed under most of `keys`, most shared first, then the oldest. */
  top(keys: readonly string[], limit: number): number[] {
    return this.counter.top(this.read.all(JSON.stringify([...new Set(keys)])) as Buffer[], limit);
  }
}
