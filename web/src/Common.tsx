import type { ReactNode } from 'react';
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

/** A note that the view is running on less than it would like (an older server). */
export function Degraded({ children }: { children: ReactNode }) {
  return <p className="note">{children}</p>;
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
