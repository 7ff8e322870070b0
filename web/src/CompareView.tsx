import { type FormEvent, useState } from 'react';
import { type Article, type Comparison, getArticle, getArticles, getComparison, searchArticles } from './api';
import { ErrorBox, Loading, Pager, reportMeta, reportTitle } from './Common';
import { FactTable } from './FactTable';
import { href } from './router';
import { useData } from './useData';

const RELATION: Record<string, string> = {
  duplicate: 'the same report (a duplicate)',
  'same-event': 'the same event, reported twice',
  'same-story': 'the same story, different events',
  unrelated: 'unrelated',
};

type Side = 'a' | 'b';

/** A weight with its sign: +0.12, −0.08. */
const signed = (w: number) => `${w < 0 ? '−' : '+'}${Math.abs(w).toFixed(2)}`;

export function CompareView({ a, b }: { a: string; b: string }) {
  const left = useData(`article/${a}`, () => (a ? getArticle(a) : Promise.resolve(null)));
  const right = useData(`article/${b}`, () => (b ? getArticle(b) : Promise.resolve(null)));
  const result = useData(`compare/${a}/${b}`, () => (a && b ? getComparison(a, b) : Promise.resolve(null)));
  const choose = (side: Side, id: string) => {
    window.location.hash = side === 'a' ? href.compare(id, b) : href.compare(a, id);
  };

  return (
    <section aria-labelledby="compare-h">
      <h1 id="compare-h">Compare two reports</h1>
      <div className="sides">
        <SideCard label="A" id={a} article={left.data} error={left.error} />
        <SideCard label="B" id={b} article={right.data} error={right.error} />
      </div>
      {a && b && (
        <p className="swap">
          <a href={href.compare(b, a)}>Swap A and B</a>
        </p>
      )}
      {result.error && <ErrorBox message={result.error} />}
      {a && b && !result.data && !result.error && <Loading what="the comparison" />}
      {result.data && <ComparisonResult c={result.data} />}
      <Picker a={a} b={b} choose={choose} />
    </section>
  );
}

function SideCard({ label, id, article, error }: { label: string; id: string; article: Article | null; error: string | null }) {
  if (!id || error || !article)
    return (
      <div className="side card">
        <p className="side-label">{label}</p>
        {error ? <ErrorBox message={error} /> : id ? <Loading what="the report" /> : <p className="muted">No report chosen yet: find one below.</p>}
      </div>
    );
  const first = article.body.split('\n\n').slice(0, 2);
  return (
    <div className="side card">
      <p className="side-label">{label}</p>
      <h2 className="side-title">
        <a href={href.article(article.id)}>{reportTitle(article)}</a>
      </h2>
      <p className="meta">{reportMeta(article) || 'no outlet or date'}</p>
      {first.map((p, i) => (
        <p key={i} className="excerpt">
          {p}
        </p>
      ))}
    </div>
  );
}

function ComparisonResult({ c }: { c: Comparison }) {
  return (
    <>
      <p className={`relation relation-${c.relation}`}>
        <strong>{c.relation}</strong> — {RELATION[c.relation] ?? c.relation} <span className="muted">(score {c.score.toFixed(2)})</span>
      </p>
      <h2>Why</h2>
      <ul className="evidence">
        {c.evidence.map((e, i) => (
          <li key={i} className={e.weight === undefined ? 'verdict' : e.weight < 0 ? 'against' : 'for'}>
            <strong>{e.kind}</strong>: {e.detail}
            {e.weight !== undefined && e.weight !== 0 && <span className="muted weight"> ({signed(e.weight)})</span>}
          </li>
        ))}
      </ul>
      {c.evidence.some((e) => e.weight) && <p className="small muted">In brackets: what each item adds to (+) or takes from (−) the score of one event; the verdict does the sum.</p>}
      <h2>Facts</h2>
      <FactTable facts={c.facts} caption="Facts side by side" />
    </>
  );
}

/** Reports offered in the picker at a time. */
const PICK = 20;
/** What a user may type for an article id (or the first characters of one). */
const ID_PREFIX = /^[0-9a-f]{4,64}$/i;

interface Choice {
  id: string;
  title: string;
  detail: string;
}

/** Reports whose text has every word of `query`; an id (prefix) typed in finds that report first. */
async function findReports(query: string): Promise<Choice[]> {
  const [byId, hits] = await Promise.all([ID_PREFIX.test(query) ? getArticle(query).catch(() => null) : null, searchArticles(query, PICK)]);
  const out: Choice[] = byId ? [{ id: byId.id, title: reportTitle(byId), detail: reportMeta(byId) }] : [];
  for (const h of hits) if (h.id !== byId?.id) out.push({ id: h.id, title: h.title || `report ${h.id}`, detail: h.snippet });
  return out;
}

/** Every report, a page at a time, in the order they were added. */
async function browseReports(offset: number): Promise<{ items: Choice[]; total: number }> {
  const page = await getArticles({ limit: PICK, offset });
  return { total: page.total, items: page.items.map((x) => ({ id: x.id, title: reportTitle(x), detail: reportMeta(x) })) };
}

/** Finds reports by words (or id) or pages through all of them, and picks one as A or B. */
function Picker({ a, b, choose }: { a: string; b: string; choose: (side: Side, id: string) => void }) {
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const found = useData(`pick/${query}/${offset}`, async () => (query ? { items: await findReports(query), total: null } : browseReports(offset)));
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    setQuery(String(new FormData(ev.currentTarget).get('q') ?? '').trim());
    setOffset(0);
  };
  const list = found.data;
  return (
    <section aria-labelledby="pick-h" className="picker">
      <h2 id="pick-h">{a && b ? 'Choose other reports' : 'Choose the reports'}</h2>
      <form role="search" className="inline-form" onSubmit={submit}>
        <label htmlFor="pick-q">Find reports</label>
        <input id="pick-q" name="q" type="search" key={query} defaultValue={query} placeholder="words of the text, or an id" />
        <button type="submit">Search</button>
        {query && (
          <button type="button" className="link" onClick={() => setQuery('')}>
            Show all reports
          </button>
        )}
      </form>
      {found.error && <ErrorBox message={found.error} />}
      {!list && !found.error && <Loading what="reports" />}
      {list && list.items.length === 0 && <p className="muted">{query ? `No report has every word of “${query}”.` : 'No reports yet.'}</p>}
      {list && list.items.length > 0 && (
        <ul className="plain pick-results" aria-label={query ? `Reports matching “${query}”` : 'All reports'}>
          {list.items.map((x) => (
            <li key={x.id} className="pick-row">
              <span className="pick-text">
                <a href={href.article(x.id)} className="pick-title">
                  {x.title}
                </a>
                {x.detail && <span className="muted small"> — {x.detail}</span>}
              </span>
              <span className="pick-buttons">
                {(['a', 'b'] as const).map((side) => {
                  const chosen = (side === 'a' ? a : b) === x.id;
                  return (
                    <button key={side} type="button" disabled={chosen} aria-label={`${chosen ? 'Chosen' : 'Use'} as ${side.toUpperCase()}: ${x.title}`} onClick={() => choose(side, x.id)}>
                      {chosen ? 'Chosen' : 'Use'} as {side.toUpperCase()}
                    </button>
                  );
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {list && list.total !== null && <Pager what="Reports" offset={offset} limit={PICK} shown={list.items.length} total={list.total} to={(o) => () => setOffset(o)} />}
    </section>
  );
}
