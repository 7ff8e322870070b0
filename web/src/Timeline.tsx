import { ArticleRef } from './Common';
import type { TimelineEvent } from './model';
import { href } from './router';

/** Days between two ISO-ish dates (YYYY, YYYY-MM, YYYY-MM-DD), or null. */
function daysBetween(a: string | null, b: string | null): number | null {
  const t = (d: string | null) => (d && /^\d{4}(-\d{2}){0,2}$/.test(d) ? Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d) : NaN);
  const x = t(a);
  const y = t(b);
  return Number.isNaN(x) || Number.isNaN(y) ? null : Math.round((y - x) / 86_400_000);
}

export function gapLabel(days: number): string {
  if (days <= 0) return 'the same day';
  if (days < 14) return `${days} day${days === 1 ? '' : 's'} later`;
  if (days < 60) return `${Math.round(days / 7)} weeks later`;
  if (days < 700) return `${Math.round(days / 30.4)} months later`;
  return `${Math.round(days / 365.25)} years later`;
}

/** Events on a time axis, oldest first, each with its reports. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="timeline" aria-label="Timeline">
      {events.map((e, i) => {
        const prev = events[i - 1];
        const gap = prev ? daysBetween(prev.date, e.date) : null;
        return (
          <li key={e.id} className="event" data-event={e.id}>
            {gap !== null && <p className="gap">{gapLabel(gap)}</p>}
            <div className="event-card">
              <p className="event-date">
                <time dateTime={e.date ?? undefined}>{e.date ?? 'undated'}</time>
                {e.dateSource === 'mentioned' && <span className="muted"> (from dates the reports mention)</span>}
              </p>
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
