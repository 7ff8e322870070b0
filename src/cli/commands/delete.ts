import { Command } from 'commander';
import { type GlobalOptions, withStore } from '../context.js';
import { print, printJson, UsageError } from '../output.js';

/** `storyline delete ID...`: removes articles and all made of them; whole ids only (a prefix unique today may not be tomorrow). */
export function deleteCommand(globals: () => GlobalOptions): Command {
  return new Command('delete')
    .description('delete articles (whole ids) and all made of them: analysis, links, and their raw input when no other article came from it')
    .argument('<ids...>', 'article ids, whole')
    .option('--json', 'print JSON')
    .action(async (ids: string[], flags: { json?: boolean }) => {
      const results = await withStore(globals(), async (store) => {
        const out: { id: string; deleted: boolean }[] = [];
        for (const id of ids) out.push({ id, deleted: await store.deleteArticle(id) });
        return out;
      });
      if (flags.json) printJson(results);
      else for (const r of results) print(r.deleted ? `deleted ${r.id}` : `${r.id}: no such article (deleting needs the whole id)`);
      const missing = results.filter((r) => !r.deleted);
      if (missing.length) throw new UsageError(`${missing.length} of ${ids.length} not found: ${missing.map((r) => r.id).join(', ')}`);
    });
}
