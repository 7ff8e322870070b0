import type { ReactNode } from 'react';
import type { Article } from './api';
import { describeDateValue } from '../../src/analyze/dates/describe';

/** One highlighted span of the body and what it means. */
export interface Mark {
  start: number;
  end: number;
  kind: 'person' | 'organization' | 'place' | 'other' | 'quote' | 'quantity' | 'date';
  note: string;
}

export function marksOf(a: Article): Mark[] {
  const n = a.body.length;
  const ok = (m: { start: number; end: number }) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= n && m.start < m.end;
  const unit = (u: string | null) => (u ? ` ${u}` : '');
  return [
    ...a.entities.flatMap((e) => e.mentions.filter(ok).map((m) => ({ start: m.start, end: m.end, kind: e.type, note: `${e.type}: ${e.name}${e.aliases.length ? ` (also ${e.aliases.join(', ')})` : ''}` }))),
    ...a.quotes.filter(ok).map((x) => ({ start: x.start, end: x.end, kind: 'quote' as const, note: `${x.direct ? 'quote' : 'reported speech'} by ${x.speaker ?? 'an unknown speaker'}` })),
    ...a.quantities.filter(ok).map((x) => ({
      start: x.start,
      end: x.end,
      kind: 'quantity' as const,
      note: `${x.kind}: ${x.approximate ? '≈' : ''}${x.value}${unit(x.unit)}${x.subject ? ` — ${x.subject}${x.attribute ? `, ${x.attribute}` : ''}` : ''}`,
    })),
    ...a.dates.filter(ok).map((x) => ({ start: x.start, end: x.end, kind: 'date' as const, note: `date: ${describeDateValue(x) ?? 'not resolved'}` })),
  ];
}

/**
 * The body as paragraphs of React text, with every annotated stretch wrapped in a focusable
 * <mark> whose title (and tooltip) explains it. Spans may overlap (a name inside a quote): the
 * text is cut at every boundary and each piece carries all the spans covering it. Nothing is
 * ever parsed as markup.
 */
export function HighlightedBody({ article }: { article: Article }) {
  const body = article.body;
  const marks = marksOf(article);
  const cuts = new Set<number>([0, body.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  for (let i = body.indexOf('\n\n'); i >= 0; i = body.indexOf('\n\n', i + 2)) {
    cuts.add(i);
    cuts.add(i + 2);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const paragraphs: ReactNode[][] = [[]];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const text = body.slice(s, e);
    if (text === '\n\n') {
      paragraphs.push([]);
      continue;
    }
    const covering = marks.filter((m) => m.start <= s && m.end >= e);
    const current = paragraphs[paragraphs.length - 1];
    if (!covering.length) {
      current.push(text);
      continue;
    }
    const note = [...new Set(covering.map((m) => m.note))].join('\n');
    const kinds = [...new Set(covering.map((m) => m.kind))];
    current.push(
      <mark key={s} className={kinds.map((k) => `hl hl-${k}`).join(' ')} title={note} data-note={note} tabIndex={0}>
        {text}
      </mark>,
    );
  }
  return (
    <div className="body">
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

export function Legend() {
  return (
    <p className="legend" aria-label="Highlight colours">
      <span className="hl hl-person">person</span> <span className="hl hl-organization">organisation</span> <span className="hl hl-place">place</span>{' '}
      <span className="hl hl-quantity">quantity</span> <span className="hl hl-date">date</span> <span className="hl hl-quote">quote</span>
    </p>
  );
}
