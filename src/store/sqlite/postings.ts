import { endianness } from 'node:os';
import type Database from 'better-sqlite3';

/**
 * The linker's candidate index in SQLite: for each key (an LSH band, a name, a top term), the
 * articles filed under it, as a posting list of link sequence numbers packed 4 bytes each into
 * blobs of at most CHUNK ids. One row per (key, article) made SQLite step through, group and sort
 * every posting of a query (~16k for a report of a common story at 100k articles, 3-4 ms); as
 * blobs, a query reads ~40 rows and counts the ids in a typed array (~0.5 ms).
 *
 * Written by hand: SQLite's own full-text index (FTS5) ranks by BM25 over documents, not by the
 * number of keys an article shares, and cannot return the counts the linker ranks by.
 */
export const CHUNK = 256;

const LITTLE_ENDIAN = endianness() === 'LE';

/** The ids in a blob, read in place when the machine's byte order and the alignment allow it. */
function idsOf(blob: Buffer): Uint32Array {
  if (LITTLE_ENDIAN && blob.byteOffset % 4 === 0) return new Uint32Array(blob.buffer, blob.byteOffset, blob.byteLength >> 2);
  const ids = new Uint32Array(blob.byteLength >> 2);
  for (let i = 0; i < ids.length; i++) ids[i] = blob.readUInt32LE(i * 4);
  return ids;
}

/** Ids packed little-endian, whatever the machine: a store file moves between machines. */
export function packIds(ids: readonly number[]): Buffer {
  const blob = Buffer.alloc(ids.length * 4);
  ids.forEach((id, i) => blob.writeUInt32LE(id, i * 4));
  return blob;
}

export class Postings {
  /** How many of the query's keys each id shares, reset after each query (only the touched ids). */
  private counts = new Uint16Array(1 << 16);
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
        const ids = [...idsOf(row.ids)];
        if (!ids.includes(id)) continue;
        const rest = ids.filter((x) => x !== id);
        if (rest.length) this.write.run(packIds(rest), key, row.chunk);
        else this.drop.run(key, row.chunk);
      }
    }
  }

  /** The `limit` ids filed under most of `keys`, most shared first, then the oldest (lowest id). */
  top(keys: readonly string[], limit: number): number[] {
    const touched: number[] = [];
    let most = 0;
    for (const blob of this.read.all(JSON.stringify([...new Set(keys)])) as Buffer[]) {
      const ids = idsOf(blob);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (id >= this.counts.length) this.grow(id);
        const c = ++this.counts[id];
        if (c === 1) touched.push(id);
        if (c > most) most = c;
      }
    }
    // The lowest count that still reaches the limit, from a histogram: only ids at or above it are sorted.
    const histogram = new Uint32Array(most + 1);
    for (const id of touched) histogram[this.counts[id]]++;
    let cut = most;
    for (let need = limit; cut > 1 && need > histogram[cut]; cut--) need -= histogram[cut];
    const counts = this.counts;
    const best = touched.filter((id) => counts[id] >= cut).sort((a, b) => counts[b] - counts[a] || a - b).slice(0, limit);
    for (const id of touched) counts[id] = 0;
    return best;
  }

  private grow(id: number): void {
    let size = this.counts.length;
    while (size <= id) size *= 2;
    const counts = new Uint16Array(size);
    counts.set(this.counts);
    this.counts = counts;
  }
}
