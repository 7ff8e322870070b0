import { type DragEvent, type FormEvent, useRef, useState } from 'react';
import { describeError, ingestFiles, ingestText, ingestUrl, type Outcome, savedToken, saveToken } from './ingest';
import { plural } from './Common';
import { href } from './router';

type State = { kind: 'idle' } | { kind: 'busy'; message: string; fraction: number | null; rows: Outcome[] } | { kind: 'done'; rows: Outcome[] } | { kind: 'error'; message: string };

export function IngestView() {
  const [token, setToken] = useState(savedToken);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = state.kind === 'busy';

  const run = async (what: string, job: () => Promise<Outcome[]>) => {
    setState({ kind: 'busy', message: what, fraction: null, rows: [] });
    try {
      setState({ kind: 'done', rows: await job() });
      return true;
    } catch (err) {
      setState({ kind: 'error', message: describeError(err) });
      return false;
    }
  };

  const onToken = (value: string) => {
    setToken(value);
    saveToken(value);
  };

  const paste = async (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const data = new FormData(form);
    const text = String(data.get('text') ?? '');
    if (!text.trim()) return setState({ kind: 'error', message: 'Paste the text of a report first.' });
    if (await run('Reading, cleaning and linking the text…', async () => [await ingestText(token, text, String(data.get('title') ?? '').trim())])) form.reset();
  };

  const byUrl = async (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const url = String(new FormData(form).get('url') ?? '').trim();
    if (!url) return setState({ kind: 'error', message: 'Give the address of a page or a feed.' });
    if (await run(`Fetching ${url}…`, async () => [await ingestUrl(token, url)])) form.reset();
  };

  const sendFiles = async (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    if (!files.length) return setState({ kind: 'error', message: 'Choose or drop some files first.' });
    const ok = await run('Uploading…', () => ingestFiles(token, files, (rows, message, fraction) => setState({ kind: 'busy', message, fraction, rows })));
    if (ok) {
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const drop = (ev: DragEvent<HTMLElement>) => {
    ev.preventDefault();
    setDragging(false);
    setFiles([...ev.dataTransfer.files]);
  };

  return (
    <section aria-labelledby="ingest-h" className="ingest">
      <h1 id="ingest-h">Add reports</h1>
      <p className="token-row">
        <label htmlFor="token">Token</label>
        <input id="token" name="token" type="password" autoComplete="off" value={token} onChange={(e) => onToken(e.target.value)} placeholder="STORYLINE_TOKEN" aria-describedby="token-help" />
        <span id="token-help" className="muted small">
          The server's STORYLINE_TOKEN; kept in this tab only.
        </span>
      </p>

      <div className="status" aria-live="polite">
        {state.kind === 'busy' && (
          <div role="status" className="busy">
            <p>
              {state.message} <progress max={1} {...(state.fraction !== null && { value: state.fraction })} aria-label="Progress" />
            </p>
            {state.rows.length > 0 && <Outcomes rows={state.rows} />}
          </div>
        )}
        {state.kind === 'error' && (
          <p className="error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === 'done' && <Done rows={state.rows} />}
      </div>

      <div className="ingest-grid">
        <form onSubmit={paste} className="card" aria-labelledby="paste-h">
          <h2 id="paste-h">Paste a report</h2>
          <p>
            <label htmlFor="paste-title">Title (optional)</label>
            <input id="paste-title" name="title" type="text" maxLength={500} />
          </p>
          <p>
            <label htmlFor="paste-text">Text</label>
            <textarea id="paste-text" name="text" rows={10} placeholder="Paste the text of a news report here" />
          </p>
          <button type="submit" disabled={busy}>
            Add the text
          </button>
        </form>

        <form onSubmit={sendFiles} className="card" aria-labelledby="files-h">
          <h2 id="files-h">Files</h2>
          <label
            htmlFor="files"
            className={`dropzone${dragging ? ' dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
          >
            Drop .txt, .html, .md, .xml or .json files here, or choose them
          </label>
          <input id="files" ref={fileInput} name="files" type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
          {files.length > 0 && (
            <ul className="plain small">
              {files.map((f) => (
                <li key={f.name}>
                  {f.name} <span className="muted">({Math.ceil(f.size / 1024)} KB)</span>
                </li>
              ))}
            </ul>
          )}
          <button type="submit" disabled={busy}>
            Add the files
          </button>
        </form>

        <form onSubmit={byUrl} className="card" aria-labelledby="url-h">
          <h2 id="url-h">From the web</h2>
          <p>
            <label htmlFor="url">Address of a page or a feed</label>
            <input id="url" name="url" type="url" placeholder="https://…" />
          </p>
          <button type="submit" disabled={busy}>
            Fetch and add
          </button>
        </form>
      </div>
    </section>
  );
}

const STATE: Record<Outcome['state'], string> = { waiting: 'waiting', working: 'working…', added: 'stored', unchanged: 'duplicate: already stored', failed: 'error' };

/** Each input's outcome: stored (with its reports), a duplicate, or why it failed. */
function Outcomes({ rows }: { rows: Outcome[] }) {
  return (
    <ul className="plain outcomes" aria-label="Each input">
      {rows.map((r, i) => (
        <li key={i} className={`outcome outcome-${r.state}`}>
          <span className={`badge badge-${r.state}`}>{STATE[r.state]}</span> <span className="outcome-name">{r.name}</span>
          {r.articles.map((id) => (
            <a key={id} href={href.article(id)} className="small">
              {id}
            </a>
          ))}
          {r.errors.length > 0 && <span className="error small"> {r.errors.join('; ')}</span>}
          {r.warnings?.map((w) => (
            <span key={w} className="warning small" role="note">
              {' '}
              {w}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

function Done({ rows }: { rows: Outcome[] }) {
  const added = new Set(rows.filter((r) => r.state === 'added').flatMap((r) => r.articles)).size;
  const failed = rows.filter((r) => r.state === 'failed').length;
  const known = rows.filter((r) => r.state === 'unchanged').length;
  const parts = [
    added ? `Added ${plural(added, 'report')}.` : failed ? 'Nothing added.' : 'Nothing new: already stored.',
    known && (added || failed) ? `${known} already stored.` : '',
    failed ? `${failed} failed.` : '',
  ];
  return (
    <div role="status" className="done">
      <p>
        {parts.filter(Boolean).join(' ')} <a href={href.stories()}>See the stories</a>
      </p>
      <Outcomes rows={rows} />
    </div>
  );
}
