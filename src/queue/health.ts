import { createServer, type Server } from 'node:http';
import type pg from 'pg';

/**
 * GET /health for load balancers and orchestrators: 200 with {"status":"ok",...} when the
 * database answers within 2 s and at least one worker process is alive, 503 otherwise.
 */
export function serveHealth(port: number, pool: pg.Pool, workersAlive: () => number): Promise<Server> {
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' || (req.url !== '/health' && req.url !== '/healthz')) {
      res.writeHead(404).end();
      return;
    }
    let database = 'ok';
    try {
      await Promise.race([pool.query('SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s')), 2000).unref())]);
    } catch (err) {
      database = (err as Error).message;
    }
    const workers = workersAlive();
    const ok = database === 'ok' && workers > 0;
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', database, workers, pid: process.pid }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
