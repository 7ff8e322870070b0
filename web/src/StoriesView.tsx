import { type FormEvent } from 'react';
import { getEntities, getStories, searchArticles } from './api';
import { DateLegend, ErrorBox, Loading, outlets, Pager, plural, StorySpan } from './Common';
import { href } from './router';
import { useArticleCountPoll, useData } from './useData';

/** Names matching a search, shown above the stories. */
const NAMES_SHOWN = 8;

export function StoriesView({ query, offset }: { query: string; offset: number }) {
  const stories = useData(`stories?${query}&${offset}`, () => getStories(query, offset));
  const hits = useData(`search?${query}`, () => (query ? searchArticles(query).catch(() => []) : Promise.resolve([])));
  const names = useData(`names?${query}`, async () => (query ? (await getEntities({ q: query, limit: NAMES_SHOWN }).catch(() => null))?.items ?? [] : []));
  useArticleCountPoll(stories.reload);

  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    window.location.hash = href.stories(String(new FormData(ev.currentTarget).get('q') ?? '').trim());
  };

  const page = stories.data;
  return (
    <section aria-labelledby="stories-h">
      <h1 id="stories-h">{query ? `Stories about “${query}”` : 'Stories'}</h1>
      <form role="search" className="inline-form" onSubmit={submit}>
        <label htmlFor="story-q">Find stories</label>
        <input id="story-q" name="q" type="search" key={query} defaultValue={query} placeholder="a name, a place, a word" />
        <button type="submit">Search</button>
        {query && <a href={href.stories()}>Show all</a>}
      </form>
      {names.data && names.data.length > 0 && (
        <p className="names">
          <span className="muted">Names: </span>
          {names.data.map((e) => (
            <a key={`${e.type}/${e.name}`} href={href.entity(e.name)} title={`${e.type}, named in ${plural(e.articles, 'report')}`}>
              {e.name}
            </a>
          ))}
        </p>
      )}
      {stories.error && <ErrorBox message={stories.error} />}
      {!page && !stories.error && <Loading what="stories" />}
      {page && page.total === 0 && (
        <p>
          {query ? 'No story matches.' : 'No reports yet. '}
          {!query && <a href={href.ingest()}>Add some.</a>}
        </p>
      )}
      {page && page.items.length > 0 && (
        <ul className="cards" aria-label="Stories">
          {page.items.map((s) => (
            <li key={s.id} className="card story-card">
              <a href={href.story(s.id)} className="card-title">
                {s.title}
              </a>
              <div className="counts">
                <span>{plural(s.counts.reports, 'report')}</span>
                <span>{plural(s.counts.events, 'event')}</span>
                <span>{outlets(s.counts.outlets)}</span>
                <StorySpan story={s} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {page && <DateLegend stories={page.items} />}
      {page && page.total > 0 && <Pager what="Stories" offset={page.offset} limit={page.limit} shown={page.items.length} total={page.total} to={(o) => href.stories(query, o)} />}
      {query && hits.data && hits.data.length > 0 && (
        <section aria-labelledby="hits-h">
          <h2 id="hits-h">Reports mentioning “{query}”</h2>
          <ul className="plain">
            {hits.data.map((h) => (
              <li key={h.id}>
                <a href={href.article(h.id)}>{h.title || h.id}</a>
                {h.snippet && <span className="muted"> — {h.snippet}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
