import { api, ApiError, type IngestResult } from './api';

const KEY = 'storyline-token';
export const savedToken = (): string => {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
};
export const saveToken = (token: string): void => {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    /* storage disabled: the token lives in the field only */
  }
};

const authHeaders = (token: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** What an ingest call gave: the new report ids and the per-input errors. */
export interface Outcome {
  added: string[];
  unchanged: number;
  errors: string[];
}

/** Reads any of the API's ingest answers ({status, articles, errors} or {inputs: [...]}). */
export function outcomeOf(raw: unknown): Outcome {
  const out: Outcome = { added: [], unchanged: 0, errors: [] };
  const visit = (x: unknown) => {
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (Array.isArray(o.inputs)) o.inputs.forEach(visit);
    if (Array.isArray(o.results)) o.results.forEach(visit);
    if (Array.isArray(o.articles)) out.added.push(...o.articles.map((a) => (typeof a === 'string' ? a : String((a as { id?: unknown }).id ?? ''))).filter(Boolean));
    if (o.status === 'unchanged') out.unchanged++;
    if (Array.isArray(o.errors))
      for (const e of o.errors) out.errors.push(typeof e === 'string' ? e : e && typeof e === 'object' ? [(e as Record<string, unknown>).source, (e as Record<string, unknown>).reason ?? (e as Record<string, unknown>).error].filter(Boolean).join(': ') : String(e));
  };
  visit(raw);
  out.added = [...new Set(out.added)];
  return out;
}

export function describeError(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return `Refused (401): ${err.message}. Enter the token the server was started with.`;
    if (err.status === 403) return `Refused (403): ${err.message}.`;
    if (err.status === 413) return `Too large (413): ${err.message}.`;
    if (err.status === 429) return `Slow down (429): ${err.message}.`;
    return err.status ? `Failed (${err.status}): ${err.message}` : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

export async function ingestText(token: string, text: string, title: string): Promise<Outcome> {
  const r = await api<IngestResult>('/api/ingest', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders(token) },
    body: JSON.stringify(title ? { text, title } : { text }),
  });
  return outcomeOf(r);
}

export async function ingestUrl(token: string, url: string): Promise<Outcome> {
  return outcomeOf(await api<unknown>('/api/ingest/url', { method: 'POST', headers: { 'content-type': 'application/json', ...authHeaders(token) }, body: JSON.stringify({ url }) }));
}

/** Uploads files as multipart/form-data (field "files"), reporting upload progress 0..1. */
function upload(token: string, files: File[], progress: (fraction: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest/files');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (ev) => ev.lengthComputable && progress(ev.loaded / ev.total);
    xhr.onerror = () => reject(new ApiError(0, 'The upload failed: the server cannot be reached.'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.send(form);
  });
}

export async function ingestFiles(token: string, files: File[], progress: (message: string, fraction: number | null) => void): Promise<Outcome> {
  const r = await upload(token, files, (f) => progress(f < 1 ? 'Uploading…' : 'Reading, cleaning and linking…', f));
  const error = r.body && typeof r.body === 'object' && typeof (r.body as { error?: unknown }).error === 'string' ? (r.body as { error: string }).error : null;
  if (r.status >= 200 && r.status < 300) return outcomeOf(r.body);
  if (!(r.status === 404 && error?.startsWith('no such endpoint'))) throw new ApiError(r.status, error ?? `HTTP ${r.status}`);
  // An older server without POST /api/ingest/files: send each file's text through /api/ingest.
  const total: Outcome = { added: [], unchanged: 0, errors: [] };
  for (const [i, f] of files.entries()) {
    progress(`Sending ${f.name} (${i + 1} of ${files.length}) as text…`, i / files.length);
    try {
      const r2 = outcomeOf(await api<unknown>('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json', ...authHeaders(token) }, body: JSON.stringify({ text: await f.text(), name: f.name }) }));
      total.added.push(...r2.added);
      total.unchanged += r2.unchanged;
      total.errors.push(...r2.errors);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) throw err;
      total.errors.push(`${f.name}: ${describeError(err)}`);
    }
  }
  return total;
}
