import { Command } from 'commander';
import { compareArticles, listStories } from '../../link/index.js';
import type { Comparison, StoryView } from '../../types.js';
import { type GlobalOptions, resolveArticleId, withStore } from '../context.js';
import { print, printJson } from '../output.js';

export function formatStories(stories: StoryView[]): string {
  const lines: string[] = [];
  const marks = new Set<string>();
  for (const s of stories) {
    const n = s.events.reduce((k, e) => k + e.articles.length, 0);
    lines.push(`Story ${s.id}: ${s.title}  (${s.events.length} event${s.events.length === 1 ? '' : 's'}, ${n} report${n === 1 ? '' : 's'})`);
    for (const e of s.events) {
      const mark = e.date ? DATE_MARK[e.dateSource ?? 'published'] : '';
      if (mark) marks.add(mark);
      const date = e.date ? `${mark === '~' ? '~' : ''}${e.date}${mark === '?' ? '?' : ''}` : 'undated';
      lines.push(`  ${date.padEnd(11)}  event ${e.id}: ${e.title}  [${e.articles.join(' ')}]`);
      if (e.dateNote) lines.push(`               ${e.dateSource === 'inferred' ? 'dated by age' : 'placed by age'}: ${e.dateNote}`);
    }
  }
  if (marks.has('~')) lines.push('~ no report of the event is dated: the latest day (else year) its reports mention');
  if (marks.has('?')) lines.push('? inferred from the age of a person named in a dated event');
  return lines.join('\n') || 'no stories yet: storyline ingest FOLDER';
}

/** How an event's date is marked in the terminal: published dates bare, others flagged. */
const DATE_MARK: Record<NonNullable<StoryView['events'][number]['dateSource']>, string> = { published: '', mentioned: '~', inferred: '?', unknown: '' };

export function formatComparison(c: Comparison): string {
  const lines = [`${c.relation} (score ${c.score.toFixed(2)})`];
  if (c.evidence.length) lines.push('Why:', ...c.evidence.map((e) => `  ${e.kind}: ${e.detail}`));
  if (c.facts.length) lines.push('Facts:', ...c.facts.map((f) => `  ${f.status.padEnd(8)} ${f.subject} — ${f.attribute}: ${f.a ?? '–'} | ${f.b ?? '–'}`));
  return lines.join('\n');
}

export function storiesCommand(globals: () => GlobalOptions): Command {
  return new Command('stories')
    .description('stories, their events, their articles')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const stories = await withStore(globals(), (store) => listStories(store));
      if (flags.json) return printJson(stories);
      print(formatStories(stories));
    });
}

export function compareCommand(globals: () => GlobalOptions): Command {
  return new Command('compare')
    .description('how two articles relate, why, and their facts side by side')
    .argument('<a>', 'article id')
    .argument('<b>', 'article id')
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, flags: { json?: boolean }) => {
      const comparison = await withStore(globals(), async (store) => {
        const [x, y] = [await store.getArticle(await resolveArticleId(store, a)), await store.getArticle(await resolveArticleId(store, b))];
        return compareArticles(store, x!, y!);
      });
      if (flags.json) return printJson(comparison);
      print(formatComparison(comparison));
    });
}
