import { endianness } from 'node:os';

/**
 * The linker's candidate index as both stores keep it: for each key (an LSH band, a name, a top
 * term), the articles filed under it, as a posting list of link sequence numbers (the order in
 * which articles were linked) packed 4 bytes each, little-endian, into blobs of at most CHUNK ids.
 * One row per (key, article) made the database step through, group and sort every posting of a
 * query (~16k for a report of a common story at 100k articles: 3-4 ms in SQLite, 7-8 ms in
 * PostgreSQL); as blobs, a query reads ~40 rows and counts the ids in a typed array (1-2 ms).
 *
 * Written by hand: the databases' own full-text indexes rank documents by BM25, not by the number
 * of keys an article shares, and cannot return the counts the linker ranks by.
 */
export const CHUNK = 256;

const LITTLE_ENDIAN = endianness() === 'LE';

/** The ids in a blob, read in place when the machine's byte order and the alignment allow it. */
export function idsOf(blob: Buffer): Uint32Array {
  if (LITTLE_ENDIAN && blob.byteOffset % 4 === 0) return new Uint32Array(blob.buffer, blob.byteOffset, blob.byteLength >> 2);
  const ids = new Uint32Array(blob.byteLength >> 2);
  for (let i = 0; i < ids.length; i++) ids[i] = blob.readUInt32LE(i * 4);
  return ids;
}

/** Ids packed little-endian, whatever the machine: a store moves between machines. */
export function packIds(ids: readonly number[]): Buffer {
  const blob = Buffer.alloc(ids.length * 4);
  ids.forEach((id, i) => blob.writeUInt32LE(id, i * 4));
  return blob;
}

/** `blob` without `id`, or null when `id` is not in it. */
export function withoutId(blob: Buffer, id: number): number[] | null {
  const ids = [...idsOf(blob)];
  return ids.includes(id) ? ids.filter((x) => x !== id) : null;
}

/** The article ids of `seqs`, in their order, from (seq, article id) rows; a seq without a row is left out. */
export function articlesInOrder(seqs: readonly number[], rows: Iterable<readonly [number, string]>): string[] {
  const ids = new Map(rows);
  return seqs.map((s) => ids.get(s)).filter((id): id is string => id !== undefined);
}

/** Counts how many of a query's posting lists hold each id; one per store, reused query after query. */
export class PostingCounter {
  /** Counts by id, reset after each query (only the touched ids). */
  private counts = new Uint16Array(1 << 16);

  /** The `limit` ids found in most of the lists (packed blobs, or ids not yet packed), most shared first, then the oldest (lowest id). */
  top(lists: Iterable<Buffer | readonly number[]>, limit: number): number[] {
    const touched: number[] = [];
    let most = 0;
    for (const list of lists) {
      const ids = Buffer.isBuffer(list) ? idsOf(list) : list;
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
