import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { dropSchemas } from '../store/pg.js';

/** Settings that make retries and take-overs happen within seconds instead of minutes. */
export const FAST_QUEUE_ENV = { STORYLINE_JOB_TIMEOUT: '3', STORYLINE_QUEUE_MAINTENANCE: '1', STORYLINE_JOB_RETRY_DELAY: '1', STORYLINE_JOB_RETRIES: '2' };

/** A `storyline worker` process (the built CLI), its JSON log lines collected as they come. */
export class WorkerProcess {
  readonly child: ChildProcess;
  readonly lines: Record<string, unknown>[] = [];
  readonly exited: Promise<number | null>;
  private waiters: { test: (l: Record<string, unknown>) => boolean; resolve: () => void }[] = [];

  constructor(db: string, args: string[] = [], env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [join(ROOT, 'bin/storyline'), '--db', db, 'worker', '--poll-ms', '100', '--allow-private', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...FAST_QUEUE_ENV, ...env, STORYLINE_DB: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let buffer = '';
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const part of parts) {
        let line: Record<string, unknown>;
        try {
          line = JSON.parse(part) as Record<string, unknown>;
        } catch {
          line = { msg: 'not json', text: part };
        }
        this.lines.push(line);
        this.waiters = this.waiters.filter((w) => (w.test(line) ? (w.resolve(), false) : true));
      }
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Resolves when the worker logs a line that passes `test`. */
  waitFor(test: (line: Record<string, unknown>) => boolean): Promise<void> {
    if (this.lines.some(test)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
}

/** A local web server for URL inputs; `handle` sees each request with its number for that path (1, 2, ...). */
export async function webServer(handle: (path: string, nth: number, res: ServerResponse, req: IncomingMessage) => void): Promise<{ server: Server; base: string; hits: Map<string, number[]> }> {
  const hits = new Map<string, number[]>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const times = hits.get(path) ?? [];
    times.push(Date.now());
    hits.set(path, times);
    handle(path, times.length, res, req);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

/** `count` short reports, each about a different town, written as text files into `dir`. */
export function writeReports(dir: string, count: number): string[] {
  const towns = ['Riverton', 'Lakeside', 'Hillcrest', 'Brookfield', 'Fairview', 'Oakdale', 'Maplewood', 'Stonebridge'];
  return Array.from({ length: count }, (_, i) => {
    const town = `${towns[i % towns.length]} ${Math.floor(i / towns.length) + 1}`;
    const path = join(dir, `report-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(
      path,
      `${town} Opens New Library\n\nThe town of ${town} opened its new public library on Saturday after ${i + 2} years of building work. ` +
        `"Reading is for everyone," said librarian Maria Quinn, who expects ${(i + 1) * 150} visitors in the first week.\n\nThe library cost ${i + 3} million euros.`,
    );
    return path;
  });
}

/**
 * What a test of killed workers leaves behind, freed after it: the answers it held back, the
 * workers still alive (killed), the database's schemas (dropped).
 */
export async function releaseAll(db: string, held: readonly ServerResponse[], workers: readonly WorkerProcess[]): Promise<void> {
  for (const res of held) res.destroy();
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
  await dropSchemas([db]);
}
