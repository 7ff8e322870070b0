/**
 * `storyline` as a separate process for bench sections (load, api): the built CLI (bin/storyline,
 * so `npm run build` first), a server on a free loopback port, and a keep-alive client for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Words to search the ECB+ articles (and the generated reports) for. */
export const SEARCH_WORDS = ['police', 'earthquake', 'said', 'rehab', 'killed', 'president', 'court', 'fire', 'apple', 'hospital'];

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

/** Runs `storyline --db DB ARGS...` (the built CLI) with its output piped. */
export function storyline(db: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'bin/storyline'), '--db', db, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STORYLINE_DB: '' } });
}

/** A child's exit code and whole output, once it has closed. */
export function collect(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => out.push(b));
  child.stderr?.on('data', (b: Buffer) => err.push(b));
  return new Promise((res) => child.on('close', (code) => res({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() })));
}

async function waitForServer(base: string, server: ChildProcess, done: ReturnType<typeof collect>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (server.exitCode !== null) throw new Error(`storyline serve exited with ${server.exitCode}: ${(await done).stderr.slice(0, 500)}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('storyline serve did not answer within 20 s');
}

export interface Served {
  /** http://127.0.0.1:PORT */
  base: string;
  pid: number;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts `storyline serve` on DB at a free loopback port and waits until it answers. */
export async function serve(db: string, args: string[] = []): Promise<Served> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = storyline(db, ['serve', '--port', String(port), ...args]);
  const done = collect(server);
  try {
    await waitForServer(base, server, done);
  } catch (err) {
    server.kill('SIGTERM');
    throw err;
  }
  return {
    base,
    pid: server.pid!,
    async stop() {
      server.kill('SIGTERM');
      await done;
    },
  };
}

/** A running process's peak resident set (VmHWM) in MiB, or NaN where /proc does not say. */
export function peakRssMiB(pid: number): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** GET over the agent's keep-alive connection; resolves with the status and the whole body once it has arrived. */
export function getRaw(agent: http.Agent, base: string, path: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(base + path, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** GET and parse the answer as JSON (a body that is not JSON rejects). */
export async function get(agent: http.Agent, base: string, path: string): Promise<{ status: number; body: unknown }> {
  const { status, body } = await getRaw(agent, base, path);
  return { status, body: JSON.parse(body.toString('utf8')) };
}
