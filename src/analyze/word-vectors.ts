/**
 * The summed feature weights of the words a tagger has cached (the part-of-speech tagger's and
 * the entity tagger's): one block of `slots` floats per word, one after the other in one array,
 * grown by doubling. A word's block is found by where it starts; read `array` again after
 * allocating, which may replace it.
 */
export class WordVectors {
  array: Float32Array;
  private used = 0;

  constructor(private readonly slots: number) {
    this.array = new Float32Array(1024 * slots);
  }

  /** Room for one more word's weights (zeros): where they start. */
  allocate(): number {
    if (this.used + this.slots > this.array.length) {
      const grown = new Float32Array(2 * this.array.length);
      grown.set(this.array);
      this.array = grown;
    }
    const at = this.used;
    this.used += this.slots;
    this.array.fill(0, at, this.used); // a cleared cache leaves its weights behind
    return at;
  }

  /**
   * Forgets every word but the first `kept`; with `limit`, gives back the memory past that many
   * words (grown by one sentence of tens of thousands of distinct words: a table, a dump).
   */
  reset(kept = 0, limit?: number): void {
    this.used = kept * this.slots;
    if (limit !== undefined && this.array.length > limit * this.slots) this.array = this.array.slice(0, limit * this.slots);
  }
}
