import { getArticle } from './api';
import { ErrorBox, Loading, leadOf, sourceName } from './Common';
import { HighlightedBody, Legend } from './HighlightedBody';
import { href } from './router';
import { useData } from './useData';

/** Only http(s) links become clickable; anything else (javascript:, data:) stays text. */
const safeUrl = (u: string | null) => (u && /^https?:\/\//i.test(u) ? u : null);

export function ArticleView({ id }: { id: string }) {
  const article = useData(`article/${id}`, () => getArticle(id));
  if (article.error) return <ErrorBox message={article.error} />;
  if (!article.data) return <Loading what="the report" />;
  const a = article.data;
  const named = a.entities.filter((e) => e.type === 'person' || e.type === 'organization');
  return (
    <article aria-labelledby="article-h" className="article">
      <h1 id="article-h">{a.title || leadOf(a.body, 240)}</h1>
      {!a.title && <p className="muted small">No title: its first sentence is shown.</p>}
      <p className="meta">
        {[a.outlet, a.published, a.authors.join(', ')].filter(Boolean).join(' · ') || 'no outlet, date or author known'}
        {safeUrl(a.url) && (
          <>
            {' · '}
            <a href={safeUrl(a.url)!} rel="noreferrer noopener" target="_blank">
              original
            </a>
          </>
        )}
      </p>
      {(a.warnings ?? []).map((w, i) => (
        <p className="warning" role="note" key={i}>
          {w}
        </p>
      ))}
      <p className="muted small">
        Report {a.id} from {sourceName(a.source)}
        {a.storyId && (
          <>
            {' · '}
            <a href={href.story(a.storyId)}>its story</a>
          </>
        )}
        {' · '}
        <a href={href.compare(a.id)}>compare with another report</a>
      </p>
      <Legend />
      <div className="article-grid">
        <HighlightedBody article={a} />
        <aside className="article-side">
          {named.length > 0 && (
            <section>
              <h2>Named</h2>
              <ul className="plain entities">
                {named.map((e) => (
                  <li key={e.name}>
                    <a href={href.entity(e.name)}>{e.name}</a> <span className="muted">({e.type === 'organization' ? 'organisation' : e.type})</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {a.quotes.length > 0 && (
            <section>
              <h2>Who said what</h2>
              <ul className="plain quotes">
                {a.quotes.map((x, i) => (
                  <li key={i}>
                    <strong>{x.speaker ?? 'unknown speaker'}</strong>
                    {x.cue && <span className="muted"> ({x.cue})</span>}: <span className={x.direct ? 'direct' : 'reported'}>{x.text}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
      {a.links.length > 0 && (
        <section>
          <h2>Links</h2>
          <ul className="plain links">
            {a.links.map((l, i) => (
              <li key={i}>
                <span className="badge">{l.kind}</span> {safeUrl(l.url) ? <a href={safeUrl(l.url)!} rel="noreferrer noopener" target="_blank">{l.text || l.url}</a> : l.text}
                {l.url && l.text && l.url !== l.text && <span className="muted url"> {l.url}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {a.credits.length > 0 && (
        <section>
          <h2>Credits</h2>
          <ul className="plain">
            {a.credits.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      {a.removed.length > 0 && (
        <details className="removed">
          <summary>What cleaning removed ({a.removed.length})</summary>
          <ul className="plain">
            {a.removed.map((r, i) => (
              <li key={i}>
                <span className="badge">{r.reason}</span> {r.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
