import multipart from '@fastify/multipart';
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import type { Upload } from '../../ingest/index.js';
import type { IngestSummary, InputReport } from '../../service/ingest.js';
import type { Store } from '../../store/store.js';
import type { ApiWrites } from '../ingest.js';
import { forApi, HttpError, IdParams, IngestBody, IngestUrlBody, parse } from '../schemas.js';
import type { StoryCache } from '../story-cache.js';

export interface UploadLimits {
  /** Files in one request. */
  files: number;
  /** Bytes of one file. */
  fileBytes: number;
  /** Bytes of all files of one request together. */
  totalBytes: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { files: 50, fileBytes: 20 * 2 ** 20, totalBytes: 64 * 2 ** 20 };

/** 201 when something new was stored, 422 when every input failed, else 200 (all known already). */
function statusOf(summary: IngestSummary): number {
  if (summary.added) return 201;
  return summary.inputs.length && summary.inputs.every((i) => i.status === 'failed') ? 422 : 200;
}

/**
 * Reads the files of a multipart request (field "files"), within the limits, or says which limit
 * it broke. A file over the size limit is not read; it is named in `tooLarge` and the others go on.
 */
async function uploadsOf(req: Parameters<preHandlerHookHandler>[0], limits: UploadLimits): Promise<{ uploads: Upload[]; tooLarge: InputReport[] }> {
  if (!req.isMultipart()) throw new HttpError(415, 'send the files as multipart/form-data, each in a field named "files"');
  const uploads: Upload[] = [];
  const tooLarge: InputReport[] = [];
  let total = 0;
  try {
    for await (const part of req.files({ limits: { files: limits.files, fileSize: limits.fileBytes }, throwFileSizeLimit: false })) {
      const name = part.filename || `upload-${uploads.length + tooLarge.length + 1}`;
      const bytes = await part.toBuffer();
      if (part.file.truncated) {
        const reason = `is larger than ${limits.fileBytes} bytes, the limit for one file: not read`;
        tooLarge.push({ source: name, status: 'failed', articles: [], errors: [{ source: name, reason }] });
        continue;
      }
      total += bytes.length;
      if (total > limits.totalBytes) throw new HttpError(413, `the files together are larger than ${limits.totalBytes} bytes: send them in several requests`);
      uploads.push({ name, bytes, contentType: part.mimetype });
    }
  } catch (err) {
    if (err instanceof HttpError) throw err;
    const e = err as Error & { code?: string };
    if (e.code === 'FST_FILES_LIMIT') throw new HttpError(413, `more than ${limits.files} files in one request: send them in several`);
    throw new HttpError(400, `the upload could not be read: ${e.message}`);
  }
  if (!uploads.length && !tooLarge.length) throw new HttpError(400, 'no file in the request: send each file in a field named "files"');
  return { uploads, tooLarge };
}

/** The summary with every reason worded for an API client (no CLI options). */
function forClient(summary: IngestSummary): IngestSummary {
  return { ...summary, inputs: summary.inputs.map((i) => ({ ...i, errors: i.errors.map((e) => ({ ...e, reason: forApi(e.reason) })) })) };
}

/** The write endpoints: each needs the token (`requireToken`). */
export async function writeRoutes(
  app: FastifyInstance,
  { store, writes, stories, requireToken, uploads }: { store: Store; writes: ApiWrites; stories: StoryCache; requireToken: preHandlerHookHandler; uploads: UploadLimits },
): Promise<void> {
  await app.register(multipart, { limits: { files: uploads.files, fileSize: uploads.fileBytes, fields: 10, parts: uploads.files + 10 } });

  app.post('/api/ingest', { preHandler: requireToken }, async (req, reply) => {
    const body = parse(IngestBody, req.body, 'body');
    const result = await writes.text(body);
    return reply.status(result.status === 'added' ? 201 : 200).send(result);
  });

  // A page or a feed by URL, through the same ingestion job as the CLI (SSRF guard on: no private addresses).
  app.post('/api/ingest/url', { preHandler: requireToken }, async (req, reply) => {
    const { url } = parse(IngestUrlBody, req.body, 'body');
    const summary = forClient(await writes.sources([url]));
    const input = summary.inputs[0];
    if (!input || input.status === 'failed') return reply.status(422).send({ error: input?.errors.map((e) => `${e.source}: ${e.reason}`).join('; ') ?? `${url}: nothing read` });
    return reply.status(input.status === 'added' ? 201 : 200).send({ status: input.status, articles: input.articles, errors: input.errors, ...(input.warnings && { warnings: input.warnings }) });
  });

  // Files dropped on the page: each read like a file on disk (text, HTML, Markdown, feeds, JSON lines); one bad file never stops the others.
  app.post('/api/ingest/files', { preHandler: requireToken }, async (req, reply) => {
    const { uploads: files, tooLarge } = await uploadsOf(req, uploads);
    const read = files.length ? await writes.uploads(files) : { inputs: [], added: 0, unchanged: 0, failed: 0 };
    const summary = forClient({ ...read, inputs: [...read.inputs, ...tooLarge], failed: read.failed + tooLarge.length });
    return reply.status(statusOf(summary)).send(summary);
  });

  // Deleting takes an exact id: a prefix that happens to be unique today must not delete tomorrow's article.
  app.delete('/api/articles/:id', { preHandler: requireToken }, async (req) => {
    // Ids are lower-case hex; one copied in upper case is the same id (GET accepts it too).
    const id = parse(IdParams, req.params, 'path').id.toLowerCase();
    if (!(await store.deleteArticle(id))) throw new HttpError(404, `no article with id ${JSON.stringify(id)} (deleting needs the whole id)`);
    stories.clear();
    return { deleted: id };
  });
}
