import { type FormEvent, useEffect, useRef } from 'react';
import { ArticleView } from './ArticleView';
import { CompareView } from './CompareView';
import { EntityView } from './EntityView';
import { IngestView } from './IngestView';
import { href, useRoute } from './router';
import { StoriesView } from './StoriesView';
import { StoryPage } from './StoryPage';

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const key = `${route.view}/${route.arg}`;
  // A new view takes the focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [key]);

  const search = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const value = String(new FormData(ev.currentTarget).get('q') ?? '').trim();
    window.location.hash = href.stories(value);
  };

  let view;
  if (route.view === 'story') view = <StoryPage id={route.arg} />;
  else if (route.view === 'article') view = <ArticleView id={route.arg} />;
  else if (route.view === 'compare') view = <CompareView a={route.params.get('a') ?? ''} b={route.params.get('b') ?? ''} />;
  else if (route.view === 'ingest') view = <IngestView />;
  else if (route.view === 'entity') view = <EntityView name={route.arg} />;
  else view = <StoriesView query={route.params.get('q') ?? ''} offset={Math.max(0, Math.floor(Number(route.params.get('offset')) || 0))} />;

  return (
    <>
      <a className="skip" href="#main" onClick={(ev) => { ev.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <header className="top">
        <a href={href.stories()} className="brand">
          Storyline
        </a>
        <nav aria-label="Views">
          <a href={href.stories()} aria-current={route.view === 'stories' ? 'page' : undefined}>
            Stories
          </a>
          <a href={href.compare()} aria-current={route.view === 'compare' ? 'page' : undefined}>
            Compare
          </a>
          <a href={href.ingest()} aria-current={route.view === 'ingest' ? 'page' : undefined}>
            Add reports
          </a>
        </nav>
        <form role="search" onSubmit={search} className="top-search">
          <input name="q" type="search" placeholder="Search stories" aria-label="Search stories" key={route.params.get('q') ?? ''} defaultValue={route.params.get('q') ?? ''} />
        </form>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {view}
      </main>
    </>
  );
}
