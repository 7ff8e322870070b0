import type { Fact } from './api';
import type { FactChange } from './model';
import { href } from './router';

const show = (v: Fact['a']) => (v === null || v === undefined ? '—' : String(v));

/** Facts side by side: subject, attribute, a, b, status (and optionally where they come from). */
export function FactTable({ facts, caption, labels = ['A', 'B'] }: { facts: FactChange[]; caption: string; labels?: [string, string] }) {
  if (!facts.length) return <p className="muted">No {caption.toLowerCase()}.</p>;
  const withLinks = facts.some((f) => 'articleA' in f && f.articleA && f.articleB);
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
            {withLinks && <th scope="col">Reports</th>}
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
              {withLinks && <td>{'articleA' in f && f.articleA && f.articleB && <a href={href.compare(f.articleA, f.articleB)}>compare</a>}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
