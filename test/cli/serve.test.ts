import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMIT, DEFAULT_WRITE_LIMIT } from '../../src/api/limits.js';
import { portNumber } from '../../src/cli/commands/ingest.js';
import { listenFailure, readLimit, tokenWarning, writeLimit } from '../../src/cli/commands/serve.js';
import { ROOT, tempDir } from '../helpers/cli.js';

describe('serve --read-limit', () => {
  it('is off at 0, and otherwise allows bursts of ten seconds of requests', () => {
    expect(readLimit(0)).toBeNull();
    expect(readLimit(DEFAULT_READ_LIMIT.perMinute)).toEqual(DEFAULT_READ_LIMIT);
    expect(readLimit(60_000)).toEqual({ perMinute: 60_000, burst: 10_000 });
    expect(readLimit(3)).toEqual({ perMinute: 3, burst: 1 });
  });
});

describe('serve --write-limit', () => {
  it('is off at 0, and otherwise allows bursts of twenty seconds of requests', () => {
    expect(writeLimit(0)).toBeNull();
    expect(writeLimit(DEFAULT_WRITE_LIMIT.perMinute)).toEqual(DEFAULT_WRITE_LIMIT);
    expect(writeLimit(600)).toEqual({ perMinute: 600, burst: 200 });
    expect(writeLimit(2)).toEqual({ perMinute: 2, burst: 1 });
  });

  it('is in the help, with the default and what counts', () => {
    const help = spawnSync(process.execPath, [join(ROOT, 'bin/storyline'), 'serve', '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--write-limit <perMinute> writes (POST, DELETE) a minute per client address');
    expect(help).toContain('(default 30, bursts of 10)');
    expect(help).toContain('a wrong or missing token (401) and a bad body (400) use up the same allowance');
  });

  it('limits a running server, refused requests included, and a short token is warned about', async () => {
    const port = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as { port: number }).port;
        probe.close(() => done(p));
      });
    });
    const child = spawn(process.execPath, [join(ROOT, 'bin/storyline'), '--db', join(tempDir(), 'limit.db'), 'serve', '--port', String(port), '--write-limit', '2'], {
      cwd: ROOT,
      env: { ...process.env, STORYLINE_DB: '', STORYLINE_TOKEN: 'short' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      let stderr = '';
      await new Promise<void>((ready, fail) => {
        child.stderr!.setEncoding('utf8').on('data', (c: string) => {
          stderr += c;
          if (stderr.includes('serving')) ready();
        });
        child.on('exit', () => fail(new Error(stderr)));
      });
      expect(stderr).toContain('storyline: warning: STORYLINE_TOKEN has 5 characters');
      const post = () => fetch(`http://127.0.0.1:${port}/api/ingest`, { method: 'POST', headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' }, body: '{"text":"x"}' });
      expect((await post()).status).toBe(401);
      const limited = await post();
      expect(limited.status).toBe(429);
      expect(((await limited.json()) as { error: string }).error).toMatch(/^too many writes from 127\.0\.0\.1: 2 a minute allowed \(bursts of 1\); retry in \d+ s$/);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('warns of a short token only', () => {
    expect(tokenWarning(undefined)).toBeNull();
    expect(tokenWarning('0123456789abcdef')).toBeNull();
    expect(tokenWarning('a')).toMatch(/^warning: STORYLINE_TOKEN has 1 character: /);
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
