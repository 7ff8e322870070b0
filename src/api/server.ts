import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { IngestError } from '../ingest/errors.js';
import { compareArticles, listStories } from '../link/index.js';
import { ingestSources } from '../service/ingest.js';
import { ingestText } from '../service/ingest-text.js';
import type { Store } from '../store/store.js';
import { DEFAULT_READ_LIMIT, DEFAULT_WRITE_LIMIT, type RateLimit, RateLimiter, tokenMatches } from './limits.js';

/**
 * The HTTP API over the same services the CLI uses. Reads are open; writes need the token
 * (STORYLINE_TOKEN). Requests are validated with zod; errors are JSON with a message a person
 * can act on.
 */
export interface ServerOptions {
  store: Store;
  token?: string;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Requests per client address (GET/HEAD are reads, the rest writes); null turns one off. */
  rateLimits?: { read?: RateLimit | null; write?: RateLimit | null };
}

const ArticlesQuery = z.object({
  outlet: z.string().optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const CompareQuery = z.object({ a: z.string().min(1), b: z.string().min(1) });
const SearchQuery = z.object({ q: z.string().min(1).max(500), limit: z.coerce.number().int().min(1).max(100).default(20) });
const IngestBody = z.object({
  text: z.string().min(1, 'text is empty').max(5_000_000),
  title: z.string().max(500).optional(),
  url: z.string().url().optional(),
  name: z.string().max(200).optional(),
});

const IngestUrlBody = z.object({ url: z.string().url().refine((u) => /^https?:\/\//i.test(u), 'only http(s) URLs') });

export const SCHEMAS = { ArticlesQuery, CompareQuery, SearchQuery, IngestBody, IngestUrlBody };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpError(400, `${where}: ${r.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`);
  return r.data;
}

/** The built web page (`npm run build` runs `vite build` into web/dist). */
const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const ASSET_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function buildServer(options: ServerOptions): FastifyInstance {
  const { store } = options;
  // requestTimeout: a client that sends its request slower than this is cut off (slowloris).
  const app = Fastify({ bodyLimit: options.bodyLimit ?? 6 * 2 ** 20, logger: false, requestTimeout: 30_000 });

  const readLimit = options.rateLimits?.read === undefined ? DEFAULT_READ_LIMIT : options.rateLimits.read;
  const writeLimit = options.rateLimits?.write === undefined ? DEFAULT_WRITE_LIMIT : options.rateLimits.write;
  const limiters = { read: readLimit && new RateLimiter(readLimit), write: writeLimit && new RateLimiter(writeLimit) };
  app.addHook('onRequest', async (req, reply) => {
    const kind = req.method === 'GET' || req.method === 'HEAD' ? 'read' : 'write';
    const wait = limiters[kind]?.take(req.ip) ?? 0;
    if (wait > 0) {
      const limit = limiters[kind]!.limit;
      return reply
        .status(429)
        .header('retry-after', String(wait))
        .send({ error: `too many ${kind}s from ${req.ip}: ${limit.perMinute} a minute allowed (bursts of ${limit.burst}); retry in ${wait} s` });
    }
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    return payload;
  });

  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    if (err instanceof HttpError) return reply.status(err.status).send({ error: err.message });
    if (err instanceof IngestError) return reply.status(422).send({ error: err.message });
    if (err.statusCode === 413) return reply.status(413).send({ error: `request body too large (limit ${options.bodyLimit ?? 6 * 2 ** 20} bytes)` });
    if (err.statusCode && err.statusCode < 500) return reply.status(err.statusCode).send({ error: err.message });
    return reply.status(500).send({ error: `internal error: ${err.message}` });
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send({ error: `no such endpoint: ${req.method} ${req.url.split('?')[0]}` }));

  const requireToken = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!options.token) return reply.status(403).send({ error: 'writes are disabled: start the server with STORYLINE_TOKEN set' });
    const header = req.headers.authorization;
    const given = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (!tokenMatches(given, options.token)) return reply.status(401).send({ error: 'missing or wrong token: send "Authorization: Bearer <STORYLINE_TOKEN>"' });
  };

  const article = async (id: string) => {
    const full = (await store.getArticle(id)) ? id : await store.resolveId(id);
    const a = full ? await store.getArticle(full) : null;
    if (!a) throw new HttpError(404, `no article with id ${JSON.stringify(id)}`);
    return a;
  };

  app.get('/api/health', async () => ({ ok: true, store: store.kind, articles: await store.countArticles() }));
  app.get('/api/articles', async (req) => {
    const q = parse(ArticlesQuery, req.query, 'query');
    return { items: await store.listArticles(q), total: await store.countArticles(), limit: q.limit, offset: q.offset };
  });
  app.get('/api/articles/:id', async (req) => article((req.params as { id: string }).id));
  app.get('/api/stories', async () => listStories(store));
  app.get('/api/compare', async (req) => {
    const q = parse(CompareQuery, req.query, 'query');
    return compareArticles(store, await article(q.a), await article(q.b));
  });
  app.get('/api/search', async (req) => {
    const q = parse(SearchQuery, req.query, 'query');
    return store.search(q.q, q.limit);
  });
  app.post('/api/ingest', { preHandler: requireToken }, async (req, reply) => {
    const body = parse(IngestBody, req.body, 'body');
    const result = await ingestText(store, body);
    return reply.status(result.status === 'added' ? 201 : 200).send(result);
  });
  // A page or a feed by URL, through the same ingestion job as the CLI (SSRF guard on: no private addresses).
  app.post('/api/ingest/url', { preHandler: requireToken }, async (req, reply) => {
    const { url } = parse(IngestUrlBody, req.body, 'body');
    const summary = await ingestSources(store, [url]);
    const input = summary.inputs[0];
    if (!input || input.status === 'failed') return reply.status(422).send({ error: input?.errors.map((e) => `${e.source}: ${e.reason}`).join('; ') ?? `${url}: nothing read` });
    return reply.status(input.status === 'added' ? 201 : 200).send({ status: input.status, articles: input.articles, errors: input.errors });
  });
  app.get('/api/openapi.json', async () => openApi());

  // The web page: index.html at /, Vite's hashed files under /assets/ (a plain name, no path).
  const notBuilt = (reply: FastifyReply) => reply.status(404).send({ error: 'web page not built: run npm run build' });
  app.get('/', async (_req, reply) => {
    const path = join(WEB_DIST, 'index.html');
    if (!existsSync(path)) return notBuilt(reply);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(readFileSync(path));
  });
  app.get('/assets/:file', async (req, reply) => {
    const { file } = req.params as { file: string };
    const type = ASSET_TYPES[extname(file).toLowerCase()];
    const assets = join(WEB_DIST, 'assets');
    const path = resolve(assets, file);
    if (!type || !/^[\w.-]+$/.test(file) || file.startsWith('.') || dirname(path) !== assets) return reply.status(404).send({ error: `no such asset: ${file}` });
    if (!existsSync(join(WEB_DIST, 'index.html'))) return notBuilt(reply);
    if (!existsSync(path)) return reply.status(404).send({ error: `no such asset: ${file}` });
    return reply.type(type).header('cache-control', 'public, max-age=31536000, immutable').send(readFileSync(path));
  });
  return app;
}

/** The OpenAPI document, generated from the zod schemas that validate the requests. */
export function openApi(): unknown {
  const params = (schema: z.ZodObject) =>
    Object.entries(z.toJSONSchema(schema, { io: 'input' }).properties ?? {}).map(([name, s]) => ({ name, in: 'query', schema: s, required: (z.toJSONSchema(schema, { io: 'input' }).required ?? []).includes(name) }));
  return {
    openapi: '3.1.0',
    info: { title: 'Storyline API', version: '0.1.0' },
    paths: {
      '/api/health': { get: { summary: 'liveness and article count' } },
      '/api/articles': { get: { summary: 'stored articles, paged and filtered', parameters: params(ArticlesQuery) } },
      '/api/articles/{id}': { get: { summary: 'one article, cleaned and analysed', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] } },
      '/api/stories': { get: { summary: 'stories, their events, their articles' } },
      '/api/compare': { get: { summary: 'how two articles relate, why, and their facts', parameters: params(CompareQuery) } },
      '/api/search': { get: { summary: 'full-text search', parameters: params(SearchQuery) } },
      '/api/ingest/url': {
        post: {
          summary: 'ingest a page or a feed by URL (needs the token; private addresses refused)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(IngestUrlBody) } } },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'ingest a pasted text (needs the token)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(IngestBody) } } },
        },
      },
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
