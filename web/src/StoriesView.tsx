import { type FormEvent } from 'react';
import { api, q, type SearchHit } from './api';
import { dateSpan, ErrorBox, Loading, plural } from './Common';
import { loadStories } from './model';
import { href } from './router';
import { useArticleCountPoll, useData } from './useData';

export function StoriesView({ query }: { query: string }) {
  const stories = useData(`stories?${query}`, () => loadStories(query));
  const hits = useData(`search?${query}`, () => (query ? api<SearchHit[]>(`/api/search${q({ q: query })}`).catch(() => []) : Promise.resolve([])));
  useArticleCountPoll(stories.reload);

  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    window.location.hash = href.stories(String(new FormData(ev.currentTarget).get('q') ?? '').trim());
  };

  return (
    <section aria-labelledby="stories-h">
      <h1 id="stories-h">{query ? `Stories about “${query}”` : 'Stories'}</h1>
      <form role="search" className="inline-form" onSubmit={submit}>
        <label htmlFor="story-q">Find stories</label>
        <input id="story-q" name="q" type="search" key={query} defaultValue={query} placeholder="a name, a place, a word" />
        <button type="submit">Search</button>
        {query && <a href={href.stories()}>Show all</a>}
      </form>
      {stories.error && <ErrorBox message={stories.error} />}
      {!stories.data && !stories.error && <Loading what="stories" />}
      {stories.data && stories.data.length === 0 && (
        <p>
          {query ? 'No story matches.' : 'No reports yet. '}
          {!query && <a href={href.ingest()}>Add some.</a>}
        </p>
      )}
      {stories.data && stories.data.length > 0 && (
        <ul className="cards" aria-label="Stories">
          {stories.data.map((s) => (
            <li key={s.id} className="card story-card">
              <a href={href.story(s.id)} className="card-title">
                {s.title}
              </a>
              <div className="counts">
                <span>{plural(s.reports, 'report')}</span>
                <span>{plural(s.events, 'event')}</span>
                <span>{plural(s.outlets, 'outlet')}</span>
                <span>{dateSpan(s.first, s.last)}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
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
