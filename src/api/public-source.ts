/**
 * What the API shows of where a report came from. The CLI's JSON gives the full path it read
 * (CONTRACT.md); over HTTP a path would show anyone who can read the server's folders, and a
 * folder may name a reporter's source ("/cases/informant-smith/"). A file (a file: URL too) is
 * shown by its name; web addresses and "pasted" as they are.
 */
export function publicSource(source: string): string {
  if (/^https?:\/\//i.test(source)) return source;
  const name = source.split(/[\\/]/).pop();
  return name || source;
}

/**
 * A copy of an answer with every `source` field shown as publicSource does; the answer itself is
 * left alone (it may be a cached object). Strings other than sources are not read.
 */
export function withPublicSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withPublicSources);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value; // a Date, a Buffer: as they are
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === 'source' && typeof v === 'string' ? publicSource(v) : withPublicSources(v);
  return out;
}
