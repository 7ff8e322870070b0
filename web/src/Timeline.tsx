import type { FactChange, StoryDetail } from './api';
import { ArticleRef } from './Common';
import { href } from './router';

type TimelineEvent = StoryDetail['events'][number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** How long after `a` the date `b` is, at the precision both dates have (null when unknown). */
export function gapLabel(a: string | null, b: string | null): string | null {
  if (!a || !b || !/^\d{4}/.test(a) || !/^\d{4}/.test(b)) return null;
  if (DAY.test(a) && DAY.test(b)) {
    const days = Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
    if (days <= 0) return 'the same day';
    if (days < 14) return `${days} day${days === 1 ? '' : 's'} later`;
    if (days < 60) return `${Math.round(days / 7)} weeks later`;
    if (days < 700) return `${Math.round(days / 30.4)} months later`;
    return `${Math.round(days / 365.25)} years later`;
  }
  const years = Number(b.slice(0, 4)) - Number(a.slice(0, 4));
  if (years > 0) return `${years} year${years === 1 ? '' : 's'} later`;
  return years === 0 ? 'later the same year' : null;
}

const DATE_SOURCE: Record<string, string> = {
  published: 'from the reports’ publication dates',
  mentioned: 'from dates the reports mention',
  inferred: 'inferred',
};

const value = (v: FactChange['a']) => (v === null ? '—' : String(v));

/**
 * Events in the server's order (the timeline: dated by date, undated placed by what the reports
 * say), each with its reports, what changed since the event before, and where its reports disagree.
 */
export function Timeline({ events, changes, conflicts }: { events: TimelineEvent[]; changes: FactChange[]; conflicts: FactChange[] }) {
  return (
    <ol className="timeline" aria-label="Timeline">
      {events.map((e, i) => {
        const prev = events[i - 1];
        const gap = prev ? gapLabel(prev.date, e.date) : null;
        const changed = changes.filter((f) => f.toEvent === e.id && f.fromEvent !== e.id);
        const disputed = conflicts.filter((f) => f.toEvent === e.id && f.fromEvent === e.id);
        return (
          <li key={e.id} className="event" data-event={e.id}>
            {gap && <p className="gap">{gap}</p>}
            <div className="event-card">
              <p className="event-date">
                <span className="event-no">Event {i + 1}</span> <time dateTime={e.date ?? undefined}>{e.date ?? 'undated'}</time>
                {e.dateSource && DATE_SOURCE[e.dateSource] && <span className="muted date-source"> ({DATE_SOURCE[e.dateSource]})</span>}
              </p>
              {e.dateNote && <p className="date-note small muted">{e.dateNote}</p>}
              <h3 className="event-title">{e.title}</h3>
              <ul className="plain reports" aria-label={`Reports of event ${i + 1}`}>
                {e.reports.map((a) => (
                  <li key={a.id}>
                    <ArticleRef a={a} />
                  </li>
                ))}
              </ul>
              <EventFacts facts={changed} status="changed" label="Changed since an earlier event" between="→" />
              <EventFacts facts={disputed} status="conflict" label="Where its reports disagree" between="vs" />
              <p className="event-actions">
                {prev?.reports[0] && e.reports[0] && <a href={href.compare(prev.reports[0].id, e.reports[0].id)}>Compare with the previous event</a>}
                {e.reports.length > 1 && <a href={href.compare(e.reports[0].id, e.reports[1].id)}>Compare reports of this event</a>}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** Facts on an event's card: what changed since an earlier event, or where its reports disagree. */
function EventFacts({ facts, status, label, between }: { facts: FactChange[]; status: 'changed' | 'conflict'; label: string; between: string }) {
  if (!facts.length) return null;
  return (
    <ul className={`plain small event-facts ${status}`} aria-label={label}>
      {facts.map((f, k) => (
        <li key={k}>
          <span className={`badge badge-${status}`}>{status}</span> {f.subject}, {f.attribute}: {value(f.a)} {between} {value(f.b)} <a href={href.compare(f.articleA, f.articleB)}>compare the reports</a>
        </li>
      ))}
    </ul>
  );
}
