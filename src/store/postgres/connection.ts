import pg from 'pg';

/**
 * Where a PostgreSQL store lives: the server (a postgres:// URL) and the schema that holds
 * Storyline's tables, so that one database can host several stores (tests use one schema each).
 *
 * URL parameters beside libpq's own:
 *   schema=NAME   tables live in this schema (default "storyline"); the queue uses NAME_queue
 *   pool=N        at most N connections per process (default 10)
 */
export interface PgLocation {
  /** The URL without Storyline's own parameters, as pg understands it. */
  connectionString: string;
  schema: string;
  poolSize: number;
  /** The URL with any password hidden, for messages and logs. */
  display: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,50}$/;

export function parsePgLocation(url: string): PgLocation {
  // Not WHATWG URL: libpq URLs such as postgres://user@/db?host=/run/postgresql are not valid there.
  const q = url.indexOf('?');
  const params = new URLSearchParams(q >= 0 ? url.slice(q + 1) : '');
  const schema = params.get('schema') ?? 'storyline';
  const pool = Number(params.get('pool') ?? 10);
  if (!SCHEMA_NAME.test(schema)) throw new Error(`schema=${schema}: expected lower-case letters, digits and _ (at most 51)`);
  if (!Number.isInteger(pool) || pool < 1) throw new Error(`pool=${params.get('pool')}: expected a positive whole number`);
  params.delete('schema');
  params.delete('pool');
  const rest = params.toString();
  const connectionString = (q >= 0 ? url.slice(0, q) : url) + (rest ? `?${rest}` : '');
  return { connectionString, schema, poolSize: pool, display: hidePassword(connectionString) };
}

/** The URL with its password (if any) replaced by ***, for messages and logs. */
export function hidePassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');
}

/** A pool whose connections resolve unqualified names in the store's schema first. */
export function createPool(location: PgLocation, applicationName = 'storyline'): pg.Pool {
  const pool = new pg.Pool({
    connectionString: location.connectionString,
    max: location.poolSize,
    application_name: applicationName,
    options: `-c search_path=${location.schema},public`,
  });
  // An idle connection the server drops (restart, admin kill) must not crash the process;
  // the pool replaces it, and the next query reports a real failure if the server is gone.
  pool.on('error', () => {});
  return pool;
}

/** Runs `fn` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    // A connection that cannot even roll back is discarded, not returned to the pool.
    await client.query('ROLLBACK').catch((e: Error) => (broken = e));
    throw err;
  } finally {
    client.release(broken);
  }
}
