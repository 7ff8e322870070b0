import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMIT } from '../../src/api/limits.js';
import { portNumber } from '../../src/cli/commands/ingest.js';
import { listenFailure, readLimit } from '../../src/cli/commands/serve.js';
import { ROOT, tempDir } from '../helpers/cli.js';

describe('serve --read-limit', () => {
  it('is off at 0, and otherwise allows bursts of ten seconds of requests', () => {
    expect(readLimit(0)).toBeNull();
    expect(readLimit(DEFAULT_READ_LIMIT.perMinute)).toEqual(DEFAULT_READ_LIMIT);
    expect(readLimit(60_000)).toEqual({ perMinute: 60_000, burst: 10_000 });
    expect(readLimit(3)).toEqual({ perMinute: 3, burst: 1 });
  });
});

/** `storyline serve ...`, killed after a few seconds should it start serving after all. */
function serve(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/storyline'), '--db', join(tempDir(), 'serve.db'), 'serve', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 10_000, env: { ...process.env, STORYLINE_DB: '' } });
  return { code: r.status, stderr: r.stderr };
}

describe('serve --port', () => {
  let taken: Server;
  beforeAll(() => new Promise<void>((done) => (taken = createServer().listen(0, '127.0.0.1', done))));
  afterAll(() => new Promise<void>((done) => taken.close(() => done())));

  it('takes a port from 1 to 65535', () => {
    expect(portNumber('4173')).toBe(4173);
    expect(portNumber('65535')).toBe(65535);
    for (const bad of ['0', '65536', '70000', '-1', '80.5', 'http']) expect(() => portNumber(bad), bad).toThrow(InvalidArgumentError);
  });

  it('refuses an invalid port as bad usage, in one line', () => {
    const r = serve(['--port', '70000']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(`--port <n>' argument '70000' is invalid`)]);
  });

  it('says in one line that a port is in use, without a stack trace', () => {
    const port = (taken.address() as { port: number }).port;
    const r = serve(['--port', String(port)]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`storyline: cannot serve on 127.0.0.1:${port}: port ${port} is already in use (choose another with --port)`]);
  });

  it('names the host when it is no address of this machine', () => {
    expect(listenFailure(Object.assign(new Error('listen EADDRNOTAVAIL'), { code: 'EADDRNOTAVAIL' }), '10.255.255.1', 80)).toBe('cannot serve on 10.255.255.1:80: no such address on this machine (check --host)');
  });
});
