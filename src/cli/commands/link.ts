import { Command } from 'commander';
import { DATE_MARKS, dateMark } from '../../link/date-marks.js';
import { compareArticles, listStories } from '../../link/index.js';
import type { Comparison, StoryView } from '../../types.js';
import { type GlobalOptions, resolveArticleId, withStore } from '../context.js';
import { print, printJson } from '../output.js';

export function formatStories(stories: StoryView[]): string {
  const lines: string[] = [];
  const marked = new Set<(typeof DATE_MARKS)[keyof typeof DATE_MARKS]>();
  for (const s of stories) {
    const n = s.events.reduce((k, e) => k + e.articles.length, 0);
    lines.push(`Story ${s.id}: ${s.title}  (${s.events.length} event${s.events.length === 1 ? '' : 's'}, ${n} report${n === 1 ? '' : 's'})`);
    for (const e of s.events) {
      const mark = e.date ? dateMark(e.dateSource) : undefined;
      if (mark) marked.add(mark);
      const date = !e.date ? 'undated' : mark ? mark.mark(e.date) : e.date;
      lines.push(`  ${date.padEnd(11)}  event ${e.id}: ${e.title}  [${e.articles.join(' ')}]`);
      if (e.dateNote) lines.push(`               ${e.dateSource === 'inferred' ? 'dated by age' : 'placed by age'}: ${e.dateNote}`);
    }
  }
  for (const mark of Object.values(DATE_MARKS)) if (marked.has(mark)) lines.push(mark.legend);
  return lines.join('\n') || 'no stories yet: storyline ingest FOLDER';
}

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
