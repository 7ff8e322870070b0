import type { ReactNode } from 'react';
import type { FactComparison } from './api';

const show = (v: FactComparison['a']) => (v === null || v === undefined ? '—' : String(v));

/** Facts side by side: subject, attribute, a, b, status, and optionally where they come from (`where`). */
export function FactTable<F extends FactComparison>({ facts, caption, labels = ['A', 'B'], where }: { facts: F[]; caption: string; labels?: readonly [string, string]; where?: { header: string; cell: (f: F) => ReactNode } }) {
  if (!facts.length) return <p className="muted">No {caption.toLowerCase()}.</p>;
  return (
    <div className="table-wrap">
      <table className="facts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Subject</th>
            <th scope="col">Attribute</th>
            <th scope="col">{labels[0]}</th>
            <th scope="col">{labels[1]}</th>
            <th scope="col">Status</th>
            {where && <th scope="col">{where.header}</th>}
          </tr>
        </thead>
        <tbody>
          {facts.map((f, i) => (
            <tr key={i} className={`fact status-${f.status}`}>
              <td>{f.subject}</td>
              <td>{f.attribute}</td>
              <td>{show(f.a)}</td>
              <td>{show(f.b)}</td>
              <td>
                <span className={`badge badge-${f.status}`}>{f.status}</span>
              </td>
              {where && <td>{where.cell(f)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
