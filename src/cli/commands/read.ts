import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { isCalendarDay } from '../../analyze/dates/calendar.js';
import type { Article } from '../../types.js';
import { type GlobalOptions, resolveArticleId, withStore } from '../context.js';
import { print, printJson, truncate, UsageError } from '../output.js';
import { formatArticle } from '../format.js';

/** A date option's value: a day of the calendar as YYYY-MM-DD ("2024-02-30" is not one). */
export function calendarDay(value: string): string {
  if (!isCalendarDay(value)) throw new InvalidArgumentError('expected a day of the calendar as YYYY-MM-DD');
  return value;
}

/** What to say when `articles` lists nothing: the store is empty, or the filters match none of what it holds. */
export function noArticles(filters: Record<string, string | undefined>, stored: number): string {
  const given = Object.entries(filters).filter(([, v]) => v !== undefined);
  if (!stored) return 'no articles yet: storyline ingest FOLDER';
  if (!given.length) return 'no articles';
  return `no article matches ${given.map(([k, v]) => `--${k} ${JSON.stringify(v)}`).join(' ')} (of ${stored} stored)`;
}

export function articlesCommand(globals: () => GlobalOptions): Command {
  return new Command('articles')
    .description('list stored articles: id, source, title, outlet, published')
    .option('--json', 'print JSON')
    .option('--outlet <name>', 'only this outlet')
    .option('--from <date>', 'published on or after YYYY-MM-DD', calendarDay)
    .option('--to <date>', 'published on or before YYYY-MM-DD', calendarDay)
    .option('--story <id>', 'only the articles of this story')
    .option('--entity <name>', 'only the articles naming this person, organisation or place (any case)')
    .action(async (flags: { json?: boolean; outlet?: string; from?: string; to?: string; story?: string; entity?: string }) => {
      const filters = { outlet: flags.outlet, from: flags.from, to: flags.to, story: flags.story, entity: flags.entity };
      const { rows, stored } = await withStore(globals(), async (store) => {
        const rows = await store.listArticles(filters);
        return { rows, stored: rows.length ? rows.length : await store.countArticles() };
      });
      if (flags.json) return printJson(rows);
      for (const a of rows) print(`${a.id}  ${a.published ?? '----------'}  ${truncate(a.outlet ?? '-', 20).padEnd(20)}  ${a.title ?? a.source}`);
      if (!rows.length) print(noArticles(filters, stored));
    });
}

export function showCommand(globals: () => GlobalOptions): Command {
  return new Command('show')
    .description('one article, cleaned and analysed')
    .argument('<id>', 'article id (or a unique prefix)')
    .option('--json', 'print JSON')
    .action(async (id: string, flags: { json?: boolean }) => {
      const article = await withStore(globals(), async (store) => store.getArticle(await resolveArticleId(store, id)));
      if (flags.json) return printJson(article);
      print(formatArticle(article!));
    });
}

export function analyzeCommand(): Command {
  return new Command('analyze')
    .description('read one text without storing it: clean it and analyse it')
    .argument('[file]', "a file, or - (the default) for stdin", '-')
    .option('--date <YYYY-MM-DD>', 'publication date to resolve relative dates against', calendarDay)
    .option('--raw', 'analyse the text exactly as given (no cleaning): offsets are into the input')
    .option('--json', 'print JSON')
    .action(async (file: string, flags: { date?: string; raw?: boolean; json?: boolean }) => {
      let bytes: Uint8Array;
      try {
        bytes = file === '-' ? readFileSync(0) : readFileSync(file);
      } catch (err) {
        throw new UsageError(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      // Loaded here, not at start-up: the analysis models are only needed by this command.
      const [{ analyze }, { containerKind, expandContainer, sha256 }, { decodeBytes }, { buildArticle }] = await Promise.all([
        import('../../analyze/index.js'),
        import('../../ingest/containers.js'),
        import('../../ingest/decode.js'),
        import('../../service/ingest.js'),
      ]);
      const source = file === '-' ? 'stdin' : file;
      const { text, encoding } = decodeBytes(bytes, source);
      let article: Article;
      if (flags.raw) {
        const analysis = analyze({ title: null, body: text, published: flags.date ?? null });
        article = { id: sha256(text).slice(0, 16), source, title: null, outlet: null, authors: [], published: flags.date ?? null, url: null, body: text, links: [], removed: [], credits: [], ...analysis };
      } else {
        const container = { source, rawHash: sha256(bytes), text, encoding, name: source };
        const { documents } = await expandContainer(container);
        if (!documents.length) throw new UsageError(`${source}: holds no document (${containerKind(container)})`);
        const doc = documents[0];
        if (flags.date) doc.hints = { ...doc.hints, published: flags.date };
        article = buildArticle(doc);
      }
      if (flags.json) return printJson(article);
      print(formatArticle(article));
    });
}
