import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { IngestError } from '../ingest/errors.js';
import type { Store } from '../store/store.js';
import { type AnalysisOptions, AnalysisPool } from './analysis.js';
import { ApiWrites } from './ingest.js';
import { DEFAULT_READ_LIMIT, DEFAULT_WRITE_LIMIT, type RateLimit, RateLimiter, tokenMatches } from './limits.js';
import { openApi } from './openapi.js';
import { withPublicSources } from './public-source.js';
import { readRoutes } from './routes/read.js';
import { webRoutes } from './routes/web.js';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits, writeRoutes } from './routes/write.js';
import { forApi, HttpError } from './schemas.js';
import { StoryCache } from './story-cache.js';

export { openApi } from './openapi.js';

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
  uploads?: Partial<UploadLimits>;
  /** The threads that clean and analyse written reports (analysis.ts), or a pool of the caller's (not closed with the server). */
  analysis?: AnalysisOptions | AnalysisPool;
}

/** Fastify's longest path parameter (its default): longer ones are answered 414. */
const MAX_PARAM = 100;

export function buildServer(options: ServerOptions): FastifyInstance {
  const { store } = options;
  // requestTimeout: a client that sends its request slower than this is cut off (slowloris).
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? 6 * 2 ** 20,
    logger: false,
    requestTimeout: 30_000,
    // Errors the router finds before any route: the same {"error"} shape as every other, without echoing the path.
    frameworkErrors: (err: Error & { code?: string; statusCode?: number }, _req: FastifyRequest, reply: FastifyReply) => {
      if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') return reply.status(414).send({ error: `a part of the path is over ${MAX_PARAM} characters: no id or name is that long` });
      if (err.code === 'FST_ERR_BAD_URL') return reply.status(400).send({ error: 'the path is not a valid URL (a stray % that starts no %XX escape?)' });
      return reply.status(err.statusCode ?? 400).send({ error: err.message });
    },
  });

  // The API's paths and their methods, as the routes are registered: another method on one of
  // them is a 405 that says which to use.
  const routes = new RouteTable();
  app.addHook('onRoute', (r) => routes.add(r.url, r.method));

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

  app.addHook('preSerialization', async (_req, _reply, payload) => withPublicSources(payload));
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    return payload;
  });

  app.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
    if (err instanceof HttpError) return reply.status(err.status).send({ error: err.message });
    if (err instanceof IngestError) return reply.status(422).send({ error: forApi(err.message) });
    if ((err as { code?: string }).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      const got = req.headers['content-type'] ? `content-type ${req.headers['content-type'].split(';')[0]}` : 'no content-type';
      const files = req.url.split('?')[0] === '/api/ingest/files';
      return reply.status(415).send({ error: `${files ? 'send the files as multipart/form-data, each in a field named "files"' : 'send a JSON object with content-type: application/json'} (got ${got})` });
    }
    if (err.statusCode === 413) return reply.status(413).send({ error: `request body too large (limit ${options.bodyLimit ?? 6 * 2 ** 20} bytes)` });
    if (err.statusCode && err.statusCode < 500) return reply.status(err.statusCode).send({ error: err.message });
    // The message may name the server's files or database: it goes to the server's log, not to the client.
    console.error(`storyline serve: ${req.method} ${req.url.split('?')[0]}: ${err.stack ?? err.message}`);
    return reply.status(500).send({ error: 'internal error: the server could not answer this request (its log says why)' });
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    const allowed = routes.methodsOf(path);
    if (allowed) return reply.status(405).header('allow', allowed.join(', ')).send({ error: `${req.method} is not allowed on ${path}: use ${allowed.join(' or ')}` });
    return reply.status(404).send({ error: `no such endpoint: ${req.method} ${path}` });
  });

  const requireToken = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!options.token) return reply.status(403).send({ error: 'writes are disabled: start the server with STORYLINE_TOKEN set' });
    const header = req.headers.authorization;
    // The scheme is case-insensitive (RFC 7235): "bearer" and "BEARER" are "Bearer".
    const given = header && /^bearer +/i.test(header) ? header.replace(/^bearer +/i, '') : undefined;
    if (!tokenMatches(given, options.token)) return reply.status(401).send({ error: 'missing or wrong token: send "Authorization: Bearer <STORYLINE_TOKEN>"' });
  };

  const stories = new StoryCache(store);
  const analysis = options.analysis instanceof AnalysisPool ? options.analysis : new AnalysisPool(options.analysis);
  if (analysis !== options.analysis) app.addHook('onClose', () => analysis.close());
  const writes = new ApiWrites(store, analysis);
  app.register(async (scope) => readRoutes(scope, { store, stories }));
  app.register(async (scope) => writeRoutes(scope, { store, writes, stories, requireToken, uploads: { ...DEFAULT_UPLOAD_LIMITS, ...options.uploads } }));
  app.get('/api/openapi.json', async () => openApi());
  webRoutes(app);
  return app;
}

/** Paths (with :params) and the methods each answers, in the order they were registered. */
class RouteTable {
  private readonly paths = new Map<string, { pattern: RegExp; methods: string[] }>();

  add(url: string, method: string | string[]): void {
    if (!url.startsWith('/api/')) return;
    let route = this.paths.get(url);
    if (!route) this.paths.set(url, (route = { pattern: new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}$`), methods: [] }));
    for (const m of Array.isArray(method) ? method : [method]) if (!route.methods.includes(m)) route.methods.push(m);
  }

  /** The methods of the first path that matches, or undefined. A literal path is tried before one with a parameter. */
  methodsOf(path: string): string[] | undefined {
    let found: string[] | undefined;
    for (const [url, route] of this.paths) {
      if (!route.pattern.test(path)) continue;
      if (!url.includes(':')) return route.methods;
      found ??= route.methods;
    }
    return found;
  }
}

