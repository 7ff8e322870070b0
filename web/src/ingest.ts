/**
 * Adding reports: pasted text (POST /api/ingest), a page or feed by URL (POST /api/ingest/url)
 * and files (POST /api/ingest/files, multipart, field "files"). Every write carries the token
 * as `Authorization: Bearer`.
 */
import { api, ApiError, errorMessage, parseJson } from './api';

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

/**
 * One input as the server reports it (`InputReport` of src/service/ingest.ts, which the page
 * cannot import: that module is the server's pipeline, not a type file).
 */
interface InputReport {
  source: string;
  status: 'added' | 'unchanged' | 'failed';
  articles: string[];
  errors: { source: string; reason: string }[];
  warnings?: { source: string; warning: string }[];
}

/** The answer of POST /api/ingest/files (`IngestSummary` of src/service/ingest.ts). */
interface IngestSummary {
  inputs: InputReport[];
  added: number;
  unchanged: number;
  failed: number;
}

/** Where one input (a pasted text, a URL, a file) stands: waiting, being read, or its outcome. */
export interface Outcome {
  name: string;
  state: 'waiting' | 'working' | InputReport['status'];
  /** Reports it holds (new or already stored). */
  articles: string[];
  errors: string[];
  /** What its new reports' readers should know (a language other than English, a paywall's teaser). */
  warnings?: string[];
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

/** Messages about the input `name`, each prefixed with the document it is about when that is another (an item of a feed). */
const about = (name: string, items: readonly { source: string; text: string }[]) => items.map((x) => (x.source === name ? x.text : `${x.source}: ${x.text}`));
const reasons = (name: string, errors: InputReport['errors']) => about(name, errors.map((e) => ({ source: e.source, text: e.reason })));
const warningsOf = (name: string, warnings: InputReport['warnings']) => warnings && about(name, warnings.map((w) => ({ source: w.source, text: w.warning })));

const postJson = <T>(path: string, token: string, body: unknown) =>
  api<T>(path, { method: 'POST', headers: { 'content-type': 'application/json', ...authHeaders(token) }, body: JSON.stringify(body) });

export async function ingestText(token: string, text: string, title: string): Promise<Outcome> {
  const r = await postJson<Omit<InputReport, 'errors' | 'source'>>('/api/ingest', token, title ? { text, title } : { text });
  return { name: title || 'pasted text', state: r.status, articles: r.articles, errors: [], warnings: r.warnings?.map((w) => w.warning) };
}

export async function ingestUrl(token: string, url: string): Promise<Outcome> {
  const r = await postJson<Omit<InputReport, 'source'>>('/api/ingest/url', token, { url });
  return { name: url, state: r.status, articles: r.articles, errors: reasons(url, r.errors), warnings: warningsOf(url, r.warnings) };
}

/** Files sent in one request at most, and their bytes (well inside the server's 50 files / 64 MiB). */
const BATCH_FILES = 10;
const BATCH_BYTES = 8 * 2 ** 20;

/** Groups files into requests, keeping their order: a few files a request, so progress shows file by file. */
export function batches<T extends { size: number }>(files: readonly T[], maxFiles = BATCH_FILES, maxBytes = BATCH_BYTES): T[][] {
  const out: T[][] = [];
  let bytes = 0;
  for (const f of files) {
    const last = out[out.length - 1];
    if (last && last.length < maxFiles && bytes + f.size <= maxBytes) {
      last.push(f);
      bytes += f.size;
    } else {
      out.push([f]);
      bytes = f.size;
    }
  }
  return out;
}

/** One multipart request (field "files") with upload progress 0..1; waits out a rate limit (429) a few times. */
function postFiles(token: string, files: File[], progress: (fraction: number) => void, attempt = 0): Promise<IngestSummary> {
  return new Promise<IngestSummary>((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest/files');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (ev) => ev.lengthComputable && progress(ev.loaded / ev.total);
    xhr.onerror = () => reject(new ApiError(0, 'The upload failed: the server cannot be reached.'));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      const wait = Number(xhr.getResponseHeader('retry-after'));
      if (xhr.status === 429 && attempt < 3 && wait > 0 && wait <= 10) {
        setTimeout(() => postFiles(token, files, progress, attempt + 1).then(resolve, reject), wait * 1000);
        return;
      }
      // 422 with a summary: every file failed, and the summary says why for each.
      if (body && typeof body === 'object' && Array.isArray((body as IngestSummary).inputs)) resolve(body as IngestSummary);
      else reject(new ApiError(xhr.status, errorMessage(xhr.status, body, xhr.statusText)));
    };
    xhr.send(form);
  });
}

/**
 * Sends the files a few at a time and reports after every step: each file's row goes from
 * waiting to working to its outcome (stored, duplicate, or why it failed). A refused token or
 * an unreachable server stops the rest, and they say so.
 */
export async function ingestFiles(token: string, files: File[], report: (rows: Outcome[], message: string, fraction: number) => void): Promise<Outcome[]> {
  let rows: Outcome[] = files.map((f) => ({ name: f.name, state: 'waiting', articles: [], errors: [] }));
  const set = (from: number, count: number, row: (r: Outcome, i: number) => Outcome) => {
    rows = rows.map((r, i) => (i >= from && i < from + count ? row(r, i - from) : r));
  };
  let done = 0;
  for (const batch of batches(files)) {
    const start = done;
    const names = batch.length === 1 ? batch[0].name : `${batch.length} files`;
    set(start, batch.length, (r) => ({ ...r, state: 'working' }));
    report(rows, `Uploading ${names}…`, done / files.length);
    try {
      const summary = await postFiles(token, batch, (f) => report(rows, f < 1 ? `Uploading ${names}…` : `Reading, cleaning and linking ${names}…`, (done + f * batch.length * 0.5) / files.length));
      set(start, batch.length, (r, k) => {
        const input = summary.inputs[k];
        return input ? { ...r, state: input.status, articles: input.articles, errors: reasons(r.name, input.errors), warnings: warningsOf(r.name, input.warnings) } : { ...r, state: 'failed', errors: ['the server did not report on this file'] };
      });
    } catch (err) {
      const fatal = err instanceof ApiError && (err.status === 0 || err.status === 401 || err.status === 403);
      set(start, fatal ? files.length - start : batch.length, (r) => ({ ...r, state: 'failed', errors: [describeError(err)] }));
      if (fatal) break;
    }
    done += batch.length;
    report(rows, `${done} of ${files.length} files done`, done / files.length);
  }
  return rows;
}
