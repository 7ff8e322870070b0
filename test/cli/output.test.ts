import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/types.js';
import { cli, ROOT, tempDir } from '../helpers/cli.js';

/** Runs the CLI with a stdout whose reader is gone before it writes (`storyline articles | head -0`). */
function withClosedStdout(db: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/storyline'), '--db', db, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STORYLINE_DB: '' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('what the CLI prints', () => {
  const dir = tempDir();
  const db = join(dir, 'out.db');
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  writeFileSync(a, 'Bridge Closed After Cracks Found\n\nThe regional council closed the old bridge on Tuesday after engineers found deep cracks in two of its pillars.\n');
  writeFileSync(b, 'Ferry Service Resumes\n\nThe ferry between the islands resumed on Friday after a two-week strike by its crews ended.\n');
  const ids = () => cli(db, ['articles', '--json']).json<ArticleSummary[]>().map((x) => x.id);

  it('ends every text and JSON output with a newline', () => {
    expect(cli(db, ['ingest', a, b]).stdout).toMatch(/ added .*\n$/);
    const [x, y] = ids();
    for (const args of [['articles'], ['show', x], ['stories'], ['compare', x, y], ['delete', '0000'], ['status'], ['--help'], ['--version']]) {
      const r = cli(db, args);
      expect(r.stdout, args.join(' ')).toMatch(/[^\n]\n$/);
      const json = cli(db, [...args, '--json']);
      if (json.code === 0 && args[0] !== '--help' && args[0] !== '--version') {
        expect(json.stdout, `${args.join(' ')} --json`).toMatch(/[}\]]\n$/);
        expect(() => json.json()).not.toThrow();
      }
    }
  });

  it('ends quietly with 0 when the reader of its output has gone (| head), whatever the command', async () => {
    const [x, y] = ids();
    for (const args of [['articles'], ['articles', '--json'], ['show', x], ['show', x, '--json'], ['stories'], ['compare', x, y], ['--help']]) {
      const r = await withClosedStdout(db, args);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
    }
  });
});
