import pg from 'pg';

/**
 * PostgreSQL for tests: STORYLINE_TEST_PG names a server (scripts/ci-postgres.sh starts one
 * and sets it; CI always does). Each test gets its own schema, dropped at the end.
 */
export const PG_URL = process.env.STORYLINE_TEST_PG || '';
export const PG_SKIP_REASON = PG_URL ? null : 'STORYLINE_TEST_PG is not set: PostgreSQL tests are skipped (start a server with `source scripts/ci-postgres.sh`)';
if (PG_SKIP_REASON) console.warn(`[storyline tests] ${PG_SKIP_REASON}`);

let counter = 0;
/** The test server's URL with a schema of its own (unique across test processes). */
export function pgTestUrl(): string {
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  return `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
}

/** Drops the schemas of these URLs (and the queues beside them). */
export async function dropSchemas(urls: readonly string[]): Promise<void> {
  if (!PG_URL || !urls.length) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const url of urls) {
      const schema = new URL(url).searchParams.get('schema')!;
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
    }
  } finally {
    await client.end();
  }
}
