/**
 * Structured logs: one JSON object per line on stderr ({"time","level","msg",...fields}), for
 * journald, docker logs or any log shipper. stdout stays free for command output.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds these fields to every line. */
  child(fields: LogFields): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function levelFromEnv(): LogLevel {
  const v = process.env.STORYLINE_LOG_LEVEL;
  return v === 'debug' || v === 'info' || v === 'warn' || v === 'error' ? v : 'info';
}

export function jsonLogger(base: LogFields = {}, write: (line: string) => void = (l) => process.stderr.write(l), min: LogLevel = levelFromEnv()): Logger {
  const emit = (level: LogLevel, msg: string, fields?: LogFields) => {
    if (RANK[level] < RANK[min]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...fields }, (_k, v: unknown) => (v instanceof Error ? v.message : v)) + '\n');
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => jsonLogger({ ...base, ...fields }, write, min),
  };
}
