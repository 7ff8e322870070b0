import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The built web page (`npm run build` runs `vite build` into web/dist). */
const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
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

/** The web page: index.html at /, Vite's hashed files under /assets/ (a plain name, no path). */
export function webRoutes(app: FastifyInstance): void {
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
}
