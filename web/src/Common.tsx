import type { Listed, StoryRow } from './api';
import { DATE_MARKS } from '../../src/link/date-marks';
import { leadOf } from '../../src/link/text';
import { href } from './router';

/** The first sentence of a body, cut at a word (an untitled report's name, as the linker makes event titles). */
export { leadOf };

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorBox({ message }: { message: string }) {
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

/**
 * Where a report came from, as a reader may see it: a URL as it is, a file by its name alone (the
 * folders are the server's business), pasted text as such.
 */
export function sourceName(source: string): string {
  if (/^https?:\/\//i.test(source)) return source;
  if (source === 'pasted') return 'pasted text';
  return source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1) || source;
}

/** What a report is called: its title, else its first sentence, else the name of its file. */
export function reportTitle(a: Listed | { id: string; title: string | null; source: string; body: string }): string {
  const lead = 'body' in a ? leadOf(a.body) : a.lead;
  return a.title || lead || sourceName(a.source) || `report ${a.id}`;
}

/** Outlet, date, and, for a report without a title, the name of its file. */
export function reportMeta(a: { title: string | null; outlet: string | null; published: string | null; source: string }): string {
  return [a.outlet, a.published, !a.title && sourceName(a.source)].filter(Boolean).join(' · ');
}

export function ArticleRef({ a }: { a: Listed }) {
  const meta = reportMeta(a);
  return (
    <>
      <a href={href.article(a.id)}>{reportTitle(a)}</a>
      {meta && <span className="muted"> — {meta}</span>}
    </>
  );
}

export function dateSpan(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  if (!first || !last || first === last) return (first ?? last)!;
  return `${first} – ${last}`;
}

/** The kind of a story's first or last date: approximate when it is an event's date that no publication date gives. */
function markOf(story: Pick<StoryRow, 'events'>, date: string): keyof typeof DATE_MARKS | null {
  const events = story.events.filter((e) => e.date === date);
  if (!events.length || events.some((e) => e.dateSource === 'published' || !e.dateSource)) return null;
  return events.some((e) => e.dateSource === 'mentioned') ? 'mentioned' : events.some((e) => e.dateSource === 'inferred') ? 'inferred' : null;
}

/** A story's span of dates, each end marked (~, ?) and explained on hover when it does not come from publication dates. */
export function StorySpan({ story }: { story: Pick<StoryRow, 'events' | 'counts'> }) {
  const { first, last } = story.counts;
  if (!first && !last) return <span>undated</span>;
  const one = (d: string) => {
    const kind = markOf(story, d);
    return kind ? (
      <span className="approx" title={DATE_MARKS[kind].legend}>
        {DATE_MARKS[kind].mark(d)}
      </span>
    ) : (
      d
    );
  };
  if (!first || !last || first === last) return <span>{one((first ?? last)!)}</span>;
  return (
    <span>
      {one(first)} – {one(last)}
    </span>
  );
}

/** The legend of the marks used in these stories' date spans, once below them. */
export function DateLegend({ stories }: { stories: Pick<StoryRow, 'events' | 'counts'>[] }) {
  const used = new Set(stories.flatMap((s) => [s.counts.first, s.counts.last].flatMap((d) => (d ? [markOf(s, d)] : []))).filter((k) => k !== null));
  if (!used.size) return null;
  return (
    <p className="small muted date-legend">
      {[...used].map((k) => (
        <span key={k}>{DATE_MARKS[k].legend}. </span>
      ))}
    </p>
  );
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 outlets", or "outlet unknown" when no report names one. */
export const outlets = (n: number) => (n ? plural(n, 'outlet') : 'outlet unknown');

/** "Stories 1–50 of 1,234" and the way to the pages before and after: links (`to` gives an address) or buttons (`to` gives an action). */
export function Pager({ what, offset, limit, shown, total, to }: { what: string; offset: number; limit: number; shown: number; total: number; to: (offset: number) => string | (() => void) }) {
  if (offset === 0 && shown >= total) return null;
  const step = (target: number, label: string) => {
    const go = to(target);
    return typeof go === 'string' ? (
      <a href={go}>{label}</a>
    ) : (
      <button type="button" className="link" onClick={go}>
        {label}
      </button>
    );
  };
  return (
    <p className="pager">
      <span className="muted">{shown ? `${what} ${offset + 1}–${offset + shown} of ${total.toLocaleString('en')}` : `No more ${what.toLowerCase()}`}</span>
      {offset > 0 && step(Math.max(0, offset - limit), 'Previous')}
      {offset + shown < total && step(offset + shown, 'Next')}
    </p>
  );
}
