import { dateSpan, Degraded, ErrorBox, Loading, plural } from './Common';
import { FactTable } from './FactTable';
import { loadStory } from './model';
import { href } from './router';
import { Timeline } from './Timeline';
import { useArticleCountPoll, useData } from './useData';

export function StoryPage({ id }: { id: string }) {
  const story = useData(`story/${id}`, () => loadStory(id));
  // Live: when a new report arrives, the story is read again (it may have a new event).
  useArticleCountPoll(story.reload);
  if (story.error && !story.data) return <ErrorBox message={story.error} />;
  if (!story.data) return <Loading what="the story" />;
  const s = story.data;
  const reports = s.events.reduce((n, e) => n + e.articles.length, 0);
  const dates = s.events.map((e) => e.date).filter((d): d is string => !!d);
  const people = s.involved.filter((x) => x.type === 'person');
  const orgs = s.involved.filter((x) => x.type === 'organization');
  return (
    <article aria-labelledby="story-h">
      <p className="crumbs">
        <a href={href.stories()}>Stories</a>
      </p>
      <h1 id="story-h">{s.title}</h1>
      <p className="counts">
        <span>{plural(s.events.length, 'event')}</span>
        <span>{plural(reports, 'report')}</span>
        <span>{dateSpan(dates[0] ?? null, dates[dates.length - 1] ?? null)}</span>
        {story.loading && <span className="muted">updating…</span>}
      </p>
      {story.error && <ErrorBox message={story.error} />}
      {s.computed && <Degraded>This server has no story endpoint (GET /api/stories/:id): facts and names were worked out in the page.</Degraded>}
      <div className="story-grid">
        <section aria-labelledby="timeline-h" className="story-main">
          <h2 id="timeline-h">Timeline</h2>
          <Timeline events={s.events} />
        </section>
        <aside className="story-side" aria-label="Who is involved">
          <h2>People</h2>
          <EntityList items={people} />
          <h2>Organisations</h2>
          <EntityList items={orgs} />
        </aside>
      </div>
      <section aria-labelledby="changes-h">
        <h2 id="changes-h">What changed between events</h2>
        <FactTable facts={s.changes} caption="Facts that changed between events" labels={['Earlier', 'Later']} />
      </section>
      <section aria-labelledby="conflicts-h">
        <h2 id="conflicts-h">Conflicts within an event</h2>
        <FactTable facts={s.conflicts} caption="Conflicting accounts of one event" />
      </section>
    </article>
  );
}

const SHOWN = 12;

function EntityList({ items }: { items: { name: string; count: number }[] }) {
  if (!items.length) return <p className="muted">None named.</p>;
  const item = (x: { name: string; count: number }) => (
    <li key={x.name}>
      <a href={href.entity(x.name)}>{x.name}</a>
      {x.count > 0 && <span className="muted"> ({x.count})</span>}
    </li>
  );
  return (
    <>
      <ul className="plain entities">{items.slice(0, SHOWN).map(item)}</ul>
      {items.length > SHOWN && (
        <details>
          <summary>{items.length - SHOWN} more</summary>
          <ul className="plain entities">{items.slice(SHOWN).map(item)}</ul>
        </details>
      )}
    </>
  );
}
