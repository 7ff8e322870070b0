import type Database from 'better-sqlite3';

/**
 * Prepared statements by their SQL, each prepared on first use and kept for the connection.
 * Preparing costs about 30 µs, as much as running one of the linker's small queries, and a link
 * ran six of them. Only for statements used as prepared (no `.raw()` or `.pluck()`, which would
 * change the statement for every later user of the same SQL).
 */
export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
}
