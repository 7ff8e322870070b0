import { type FormEvent } from 'react';
import { allArticles, api, type Article, type Comparison, q } from './api';
import { ErrorBox, Loading } from './Common';
import { FactTable } from './FactTable';
import { href } from './router';
import { useData } from './useData';

const RELATION: Record<string, string> = {
  duplicate: 'the same report (a duplicate)',
  'same-event': 'the same event, reported twice',
  'same-story': 'the same story, different events',
  unrelated: 'unrelated',
};

export function CompareView({ a, b }: { a: string; b: string }) {
  const choices = useData('articles', async () => [...(await allArticles()).values()].sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || (x.title ?? '').localeCompare(y.title ?? '')));
  const result = useData(`compare/${a}/${b}`, async () => {
    if (!a || !b) return null;
    const [x, y, c] = await Promise.all([
      api<Article>(`/api/articles/${encodeURIComponent(a)}`),
      api<Article>(`/api/articles/${encodeURIComponent(b)}`),
      api<Comparison>(`/api/compare${q({ a, b })}`),
    ]);
    return { x, y, c };
  });

  const pick = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const f = new FormData(ev.currentTarget);
    window.location.hash = href.compare(String(f.get('a') ?? ''), String(f.get('b') ?? ''));
  };

  return (
    <section aria-labelledby="compare-h">
      <h1 id="compare-h">Compare two reports</h1>
      <form className="pick" onSubmit={pick} key={`${a}/${b}/${choices.data?.length ?? 0}`}>
        {(['a', 'b'] as const).map((side) => (
          <p key={side}>
            <label htmlFor={`pick-${side}`}>Report {side.toUpperCase()}</label>
            <select id={`pick-${side}`} name={side} defaultValue={side === 'a' ? a : b}>
              <option value="">— choose —</option>
              {(choices.data ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {[o.published, o.outlet, o.title || o.source || o.id].filter(Boolean).join(' · ').slice(0, 120)}
                </option>
              ))}
            </select>
          </p>
        ))}
        <p>
          <button type="submit">Compare</button>
        </p>
      </form>
      {choices.error && <ErrorBox message={choices.error} />}
      {result.error && <ErrorBox message={result.error} />}
      {a && b && !result.data && !result.error && <Loading what="the comparison" />}
      {result.data && <ComparisonResult {...result.data} />}
    </section>
  );
}

function Side({ label, article }: { label: string; article: Article }) {
  const first = article.body.split('\n\n').slice(0, 2);
  return (
    <div className="side card">
      <p className="side-label">{label}</p>
      <h2 className="side-title">
        <a href={href.article(article.id)}>{article.title || article.source || article.id}</a>
      </h2>
      <p className="meta">{[article.outlet, article.published].filter(Boolean).join(' · ') || 'no outlet or date'}</p>
      {first.map((p, i) => (
        <p key={i} className="excerpt">
          {p}
        </p>
      ))}
    </div>
  );
}

function ComparisonResult({ x, y, c }: { x: Article; y: Article; c: Comparison }) {
  return (
    <>
      <div className="sides">
        <Side label="A" article={x} />
        <Side label="B" article={y} />
      </div>
      <p className={`relation relation-${c.relation}`}>
        <strong>{c.relation}</strong> — {RELATION[c.relation] ?? c.relation} <span className="muted">(score {c.score.toFixed(2)})</span>
      </p>
      <h2>Why</h2>
      <ul className="evidence">
        {c.evidence.map((e, i) => (
          <li key={i} className={(e.weight ?? 0) < 0 ? 'against' : 'for'}>
            <strong>{e.kind}</strong>: {e.detail}
          </li>
        ))}
      </ul>
      <h2>Facts</h2>
      <FactTable facts={c.facts} caption="Facts side by side" />
    </>
  );
}
