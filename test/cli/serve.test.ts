import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMIT } from '../../src/api/limits.js';
import { readLimit } from '../../src/cli/commands/serve.js';

describe('serve --read-limit', () => {
  it('is off at 0, and otherwise allows bursts of ten seconds of requests', () => {
    expect(readLimit(0)).toBeNull();
    expect(readLimit(DEFAULT_READ_LIMIT.perMinute)).toEqual(DEFAULT_READ_LIMIT);
    expect(readLimit(60_000)).toEqual({ perMinute: 60_000, burst: 10_000 });
    expect(readLimit(3)).toEqual({ perMinute: 3, burst: 1 });
  });
});
