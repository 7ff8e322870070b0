import type { ReactNode } from 'react';
import { type EntitySummary, type FactChange, getStory, type Listed } from './api';
import { DateLegend, ErrorBox, Loading, outlets, plural, reportTitle, StorySpan } from './Common';
import { FactTable } from './FactTable';
import { href } from './router';
import { Timeline } from './Timeline';
import { useArticleCountPoll, useData } from './useData';

export function StoryPage({ id }: { id: string }) {
  const story = useData(`story/${id}`, () => getStory(id));
  // Live: when a new report arrives, the story is read again (it may have a new event).
  useArticleCountPoll(story.reload);
  if (story.error && !story.data) return <ErrorBox message={story.error} />;
  if (!story.data) return <Loading what="the story" />;
  const s = story.data;
  const eventNo = new Map(s.events.map((e, i) => [e.id, i + 1]));
  const reports = new Map(s.events.flatMap((e) => e.reports).map((r) => [r.id, r]));
  const eventName = (eventId: string) => `event ${eventNo.get(eventId) ?? '?'}`;
  const report = (articleId: string) => <ReportLink a={reports.get(articleId)} id={articleId} />;
  return (
    <article aria-labelledby="story-h">
      <p className="crumbs">
        <a href={href.stories()}>Stories</a>
      </p>
      <h1 id="story-h">{s.title}</h1>
      <p className="counts">
        <span>{plural(s.counts.events, 'event')}</span>
        <span>{plural(s.counts.reports, 'report')}</span>
        <span>{outlets(s.counts.outlets)}</span>
        <StorySpan story={s} />
        {story.loading && <span className="muted">updating…</span>}
      </p>
      <DateLegend stories={[s]} />
      {story.error && <ErrorBox message={story.error} />}
      <div className="story-grid">
        <section aria-labelledby="timeline-h" className="story-main">
          <h2 id="timeline-h">Timeline</h2>
          <Timeline events={s.events} changes={s.changes} conflicts={s.conflicts} />
        </section>
        <aside className="story-side" aria-label="Who and where">
          <h2>People</h2>
          <EntityList items={s.people} />
          <h2>Organisations</h2>
          <EntityList items={s.organizations} />
          <h2>Places</h2>
          <EntityList items={s.places} />
        </aside>
      </div>
      <FactSection kind="changes" facts={s.changes} where={(f) => `${eventName(f.fromEvent)} → ${eventName(f.toEvent)}`} />
      <FactSection
        kind="conflicts"
        facts={s.conflicts}
        where={(f) => (
          <>
            {eventName(f.toEvent)}: A {report(f.articleA)}, B {report(f.articleB)}
          </>
        )}
      />
    </article>
  );
}

const SECTIONS = {
  changes: { title: 'What changed between events', caption: 'Facts that changed between events', labels: ['Earlier', 'Later'], header: 'Between' },
  conflicts: { title: 'Conflicts within an event', caption: 'Conflicting accounts of one event', labels: ['Report A', 'Report B'], header: 'Where' },
} as const;

/** A table of facts compared across a story, each with where it comes from and a link to compare its two reports. */
function FactSection({ kind, facts, where }: { kind: keyof typeof SECTIONS; facts: FactChange[]; where: (f: FactChange) => ReactNode }) {
  const { title, caption, labels, header } = SECTIONS[kind];
  return (
    <section aria-labelledby={`${kind}-h`} className={kind}>
      <h2 id={`${kind}-h`}>{title}</h2>
      <FactTable
        facts={facts}
        caption={caption}
        labels={labels}
        where={{
          header,
          cell: (f) => (
            <>
              {where(f)} <a href={href.compare(f.articleA, f.articleB)}>compare</a>
            </>
          ),
        }}
      />
    </section>
  );
}

function ReportLink({ a, id }: { a: Listed | undefined; id: string }) {
  return <a href={href.article(id)}>{a ? reportTitle(a) : id}</a>;
}

const SHOWN = 8;

function EntityList({ items }: { items: EntitySummary[] }) {
  if (!items.length) return <p className="muted">None named.</p>;
  const item = (x: EntitySummary) => (
    <li key={x.name}>
      <a href={href.entity(x.name)}>{x.name}</a>{' '}
      <span className="muted" title={`named in ${plural(x.articles, 'report')}, ${plural(x.mentions, 'time')}`}>
        ({x.articles})
      </span>
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
