import { ArticleRef } from './Common';
import type { TimelineEvent } from './model';
import { href } from './router';

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

/** Events on a time axis, oldest first, each with its reports. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="timeline" aria-label="Timeline">
      {events.map((e, i) => {
        const prev = events[i - 1];
        const gap = prev ? gapLabel(prev.date, e.date) : null;
        return (
          <li key={e.id} className="event" data-event={e.id}>
            {gap && <p className="gap">{gap}</p>}
            <div className="event-card">
              <p className="event-date">
                <time dateTime={e.date ?? undefined}>{e.date ?? 'undated'}</time>
                {e.dateSource === 'mentioned' && <span className="muted"> (from dates the reports mention)</span>}
                {e.dateSource === 'inferred' && <span className="muted"> (inferred)</span>}
              </p>
              {e.dateNote && <p className="date-note small muted">{e.dateNote}</p>}
              <h3 className="event-title">{e.title}</h3>
              <ul className="plain reports">
                {e.articles.map((a) => (
                  <li key={a.id}>
                    <ArticleRef a={a} />
                  </li>
                ))}
              </ul>
              <p className="event-actions">
                {prev?.articles[0] && e.articles[0] && <a href={href.compare(prev.articles[0].id, e.articles[0].id)}>Compare with the previous event</a>}
                {e.articles.length > 1 && <a href={href.compare(e.articles[0].id, e.articles[1].id)}>Compare reports of this event</a>}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
