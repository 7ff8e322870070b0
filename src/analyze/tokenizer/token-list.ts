/**
 * The tokens of one text as wink-nlp would make them, in flat typed arrays: each token's
 * offsets into the text and whether spaces came right before it (wink's sentence splitter reads
 * a straight quote after a space as opening, glued to a word as closing). Reused from one text
 * to the next, grown as needed.
 */
export class TokenList {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  spaced = new Uint8Array(1024);
  count = 0;
  /** Whether the next token pushed follows spaces (wink gives them to the first token of a piece only). */
  private pendingSpace = false;

  reset(): void {
    this.count = 0;
    this.pendingSpace = false;
  }

  /** The next token pushed follows spaces (or not). */
  followSpaces(spaced: boolean): void {
    this.pendingSpace = spaced;
  }

  push(start: number, end: number): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.spaced[i] = this.pendingSpace ? 1 : 0;
    this.pendingSpace = false;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const spaced = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    spaced.set(this.spaced);
    this.starts = starts;
    this.ends = ends;
    this.spaced = spaced;
  }
}
