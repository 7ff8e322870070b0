/** An input that could not be ingested: names the input and says why, in words a user can act on. */
export class IngestError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = 'IngestError';
  }
}
