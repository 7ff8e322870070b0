import type { Article } from '../types.js';
import { describeDateValue } from '../analyze/dates/describe.js';

/** A readable terminal form of an article and what was read in it. */
export function formatArticle(a: Article): string {
  const lines: string[] = [];
  lines.push(a.title ?? '(no title)');
  lines.push([a.outlet, a.published, a.authors.join(', ')].filter(Boolean).join(' · ') || '(outlet and date unknown)');
  lines.push(`id ${a.id} · ${a.source}`);
  for (const w of a.warnings ?? []) lines.push(`warning: ${w}`);
  lines.push('', a.body, '');
  if (a.entities.length) {
    lines.push('Named:');
    for (const e of a.entities) lines.push(`  ${e.type.padEnd(12)} ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''} ×${e.mentions.length}`);
  }
  if (a.quotes.length) {
    lines.push('Quotes:');
    for (const q of a.quotes) lines.push(`  ${q.speaker ?? '(unknown)'}: ${q.direct ? '“' : ''}${q.text.length > 100 ? q.text.slice(0, 99) + '…' : q.text}${q.direct ? '”' : ''}`);
  }
  if (a.quantities.length) {
    lines.push('Counted:');
    for (const q of a.quantities) lines.push(`  ${q.text}  →  ${q.value}${q.unit ? ' ' + q.unit : ''} (${q.kind}${q.subject ? `, ${q.subject}` : ''}${q.attribute ? ` ${q.attribute}` : ''})`);
  }
  if (a.dates.length) {
    lines.push('When:');
    for (const d of a.dates) lines.push(`  ${d.text}  →  ${describeDateValue(d) ?? 'unresolved'}`);
  }
  if (a.links.length) {
    lines.push('Links:');
    for (const l of a.links) lines.push(`  [${l.kind}] ${l.text}${l.url && l.url !== l.text ? ` <${l.url}>` : ''}`);
  }
  if (a.credits.length) lines.push('Credits:', ...a.credits.map((c) => `  ${c}`));
  if (a.removed.length) lines.push(`Removed by cleaning: ${a.removed.length} (${[...new Set(a.removed.map((r) => r.reason))].join(', ')})`);
  return lines.join('\n');
}
