import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import type { BoilerplateRule } from '../../clean/rules.js';
import type { InputReport } from '../../service/ingest.js';
import { type GlobalOptions, withStore } from '../context.js';
import { log, print, printJson, UsageError } from '../output.js';
import { calendarDay } from './read.js';

export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

export function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError('expected a port, 1 to 65535');
  return n;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** The rules of `--rules FILE`, or a usage error naming the file and what is wrong with it (missing, not JSON, a bad rule). */
function userRules(file: string, loadRules: (path: string) => BoilerplateRule[]): BoilerplateRule[] {
  try {
    return loadRules(file);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

interface IngestFlags {
  json?: boolean;
  date?: string;
  rules?: string;
  maxBytes?: number;
  maxChars?: number;
  timeout?: number;
  maxRedirects?: number;
  allowPrivate?: boolean;
  progress?: boolean;
}

export function ingestCommand(globals: () => GlobalOptions): Command {
  return new Command('ingest')
    .description("store reports: files, folders (recursive), URLs of pages or RSS/Atom feeds, '-' for stdin")
    .argument('<source...>', 'files, folders, http(s) URLs, or - for stdin')
    .option('--json', 'print one JSON document with every input and its outcome')
    .option('--date <YYYY-MM-DD>', 'publication date of the reports that state none of their own (an undated .txt); a report with its own date keeps it', calendarDay)
    .option('--rules <file>', 'extra boilerplate rules (JSON: [{"name","pattern","flags","action","maxLength"}])')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', positiveInt)
    .option('--max-chars <n>', 'refuse a plain-text or Markdown report longer than this many characters (default 1000000)', positiveInt)
    .option('--timeout <ms>', 'give up on a URL after this many milliseconds', positiveInt)
    .option('--max-redirects <n>', 'follow at most this many redirects (0: none)', nonNegativeInt)
    .option('--allow-private', 'allow URLs on loopback, link-local and private networks (refused by default: no SSRF)')
    .option('--no-progress', 'no progress bar')
    .option('--queue', 'put the inputs on the work queue for `storyline worker` (PostgreSQL) instead of processing them here')
    .action(async (sources: string[], flags: IngestFlags & { queue?: boolean }) => {
      // Queued inputs are cleaned by the workers, with their own rules: a rules file here would be silently ignored.
      if (flags.queue && flags.rules) throw new UsageError('--rules does not apply with --queue: the workers clean what is queued');
      if (flags.queue && flags.date) throw new UsageError('--date does not apply with --queue: the workers clean what is queued');
      if (flags.queue) return (await import('./worker.js')).ingestToQueue(globals(), sources, flags);
      const [{ loadRules, DEFAULT_RULES }, { ingestSources }] = await Promise.all([import('../../clean/rules.js'), import('../../service/ingest.js')]);
      const rules = flags.rules ? [...userRules(flags.rules, loadRules), ...DEFAULT_RULES] : undefined;
      const bar =
        flags.progress !== false && process.stderr.isTTY
          ? new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest {bar} {value} inputs | {added} added, {failed} failed | {source}', hideCursor: true }, cliProgress.Presets.shades_classic)
          : null;
      let n = 0;
      let added = 0;
      let failed = 0;
      bar?.start(0, 0, { added, failed, source: '' });
      const onInput = (r: InputReport) => {
        n++;
        if (r.status === 'added') added++;
        if (r.errors.length) failed++;
        if (bar) {
          bar.setTotal(n);
          bar.update(n, { added, failed, source: r.source.slice(-40) });
        }
        const lines = [...r.errors.map((e) => `error: ${e.source}: ${e.reason}`), ...(r.warnings ?? []).map((w) => `warning: ${w.source}: ${w.warning}`)];
        if (lines.length) {
          bar?.stop();
          for (const line of lines) log(line);
          bar?.start(n, n, { added, failed, source: '' });
        }
      };
      const summary = await withStore(globals(), (store) =>
        ingestSources(store, sources, {
          rules,
          ...(flags.date && { fallbackDate: flags.date }),
          onInput,
          read: { ...(flags.maxBytes && { maxBytes: flags.maxBytes }), ...(flags.maxChars && { maxChars: flags.maxChars }), ...(flags.timeout && { timeoutMs: flags.timeout }), ...(flags.maxRedirects !== undefined && { maxRedirects: flags.maxRedirects }), ...(flags.allowPrivate && { allowPrivate: true }) },
        }),
      );
      bar?.stop();
      if (flags.json) printJson(summary);
      else {
        const articles = summary.inputs.reduce((s, i) => s + (i.status === 'added' ? i.articles.length : 0), 0);
        print(`${summary.added} inputs added (${articles} articles), ${summary.unchanged} unchanged, ${summary.failed} with errors`);
      }
      if (summary.failed) process.exitCode = 1;
    });
}
