import type { ArticleSummary } from './api';
import { href } from './router';

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorBox({ message }: { message: string }) {
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

export function ArticleRef({ a }: { a: ArticleSummary }) {
  const meta = [a.outlet, a.published].filter(Boolean).join(' · ');
  return (
    <>
      <a href={href.article(a.id)}>{a.title || a.source || a.id}</a>
      {meta && <span className="muted"> — {meta}</span>}
    </>
  );
}

export function dateSpan(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  if (!first || !last || first === last) return (first ?? last)!;
  return `${first} – ${last}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Stories 1–50 of 1,234" and the way to the pages before and after: links (`to` gives an address) or buttons (`to` gives an action). */
export function Pager({ what, offset, limit, shown, total, to }: { what: string; offset: number; limit: number; shown: number; total: number; to: (offset: number) => string | (() => void) }) {
  if (offset === 0 && shown >= total) return null;
  const step = (target: number, label: string) => {
    const go = to(target);
    return typeof go === 'string' ? (
      <a href={go}>{label}</a>
    ) : (
      <button type="button" className="link" onClick={go}>
        {label}
      </button>
    );
  };
  return (
    <p className="pager">
      <span className="muted">{shown ? `${what} ${offset + 1}–${offset + shown} of ${total.toLocaleString('en')}` : `No more ${what.toLowerCase()}`}</span>
      {offset > 0 && step(Math.max(0, offset - limit), 'Previous')}
      {offset + shown < total && step(offset + shown, 'Next')}
    </p>
  );
}
