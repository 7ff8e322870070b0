import { getEntity } from './api';
import { ArticleRef, ErrorBox, Loading, plural } from './Common';
import { href } from './router';
import { useArticleCountPoll, useData } from './useData';

const TYPE: Record<string, string> = { person: 'person', organization: 'organisation', place: 'place', other: 'other' };

/** Where a person, organisation or place appears across stories, oldest report first. */
export function EntityView({ name }: { name: string }) {
  const entity = useData(`entity/${name}`, () => getEntity(name));
  useArticleCountPoll(entity.reload);
  if (entity.error && !entity.data) return <ErrorBox message={entity.error} />;
  if (!entity.data) return <Loading what={name} />;
  const e = entity.data;
  const titleOf = new Map(e.stories.map((s) => [s.id, s.title]));
  return (
    <section aria-labelledby="entity-h">
      <p className="crumbs">
        <a href={href.stories()}>Stories</a>
      </p>
      <h1 id="entity-h">{e.name}</h1>
      <p className="counts">
        <span>{TYPE[e.type] ?? e.type}</span>
        <span>{plural(e.articles.length, 'report')}</span>
        <span>{plural(e.stories.length, 'story', 'stories')}</span>
      </p>
      {e.aliases.length > 0 && <p>Also called: {e.aliases.join(', ')}</p>}
      {e.stories.length > 0 && (
        <section aria-labelledby="entity-stories-h">
          <h2 id="entity-stories-h">Stories</h2>
          <ul className="plain entity-stories">
            {e.stories.map((s) => (
              <li key={s.id}>
                <a href={href.story(s.id)}>{s.title}</a> <span className="muted">({plural(s.articles, 'report')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>Over time</h2>
      {e.articles.length === 0 ? (
        <p className="muted">No report names {e.name}.</p>
      ) : (
        <ol className="timeline compact">
          {e.articles.map((a) => (
            <li key={a.id} className="event">
              <div className="event-card">
                <p className="event-date">{a.published ?? 'undated'}</p>
                <ArticleRef a={a} />
                <p className="small muted">
                  {plural(a.mentions, 'mention')}
                  {a.as.toLowerCase() !== e.name.toLowerCase() && ` as “${a.as}”`}
                </p>
                {a.storyId && (
                  <p className="small">
                    in <a href={href.story(a.storyId)}>{titleOf.get(a.storyId) ?? 'its story'}</a>
                  </p>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
