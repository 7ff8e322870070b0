import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * SSRF protection for URL ingestion: Storyline fetches only from public addresses unless told
 * otherwise (`--allow-private`). The check runs where the connection is made: on the literal
 * address of the URL, and on every address DNS answers for a name (the `lookup` given to
 * node:http), so neither a redirect nor a name that resolves to 127.0.0.1 (or that changes
 * its answer between a check and the connect: DNS rebinding) gets through.
 */

/** Why an address is not public, in the words of the registries (RFC 6890 and successors). */
const RANGES: readonly [kind: string, family: 'ipv4' | 'ipv6', prefix: string, bits: number][] = [
  ['unspecified ("this network")', 'ipv4', '0.0.0.0', 8],
  ['private', 'ipv4', '10.0.0.0', 8],
  ['shared (carrier-grade NAT)', 'ipv4', '100.64.0.0', 10],
  ['loopback', 'ipv4', '127.0.0.0', 8],
  ['link-local', 'ipv4', '169.254.0.0', 16],
  ['private', 'ipv4', '172.16.0.0', 12],
  ['IETF protocol', 'ipv4', '192.0.0.0', 24],
  ['documentation', 'ipv4', '192.0.2.0', 24],
  ['private', 'ipv4', '192.168.0.0', 16],
  ['benchmarking', 'ipv4', '198.18.0.0', 15],
  ['documentation', 'ipv4', '198.51.100.0', 24],
  ['documentation', 'ipv4', '203.0.113.0', 24],
  ['multicast', 'ipv4', '224.0.0.0', 4],
  ['reserved or broadcast', 'ipv4', '240.0.0.0', 4],
  ['unspecified', 'ipv6', '::', 128],
  ['loopback', 'ipv6', '::1', 128],
  ['IPv4-compatible (deprecated)', 'ipv6', '::', 96],
  ['discard-only', 'ipv6', '100::', 64],
  ['documentation', 'ipv6', '2001:db8::', 32],
  ['unique-local (private)', 'ipv6', 'fc00::', 7],
  ['link-local', 'ipv6', 'fe80::', 10],
  ['site-local', 'ipv6', 'fec0::', 10],
  ['multicast', 'ipv6', 'ff00::', 8],
];

const LISTS = RANGES.map(([kind, family, prefix, bits]) => {
  const list = new BlockList();
  list.addSubnet(prefix, bits, family);
  return { kind, list, family };
});

/**
 * The 16 bytes of an IPv6 address (as `isIP` accepts it). Hand-written because node:net checks
 * subnets but exposes no parser, and the IPv4 address embedded in mapped/translated forms has
 * to be checked as IPv4.
 */
function ipv6Bytes(address: string): number[] {
  let text = address.replace(/%.*$/, '');
  const tail: number[] = [];
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    tail.push(...v4.slice(1).map(Number));
    text = text.slice(0, v4.index) + '0:0';
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const groups = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const all = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = all.flatMap((g) => [g >> 8, g & 0xff]);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** The IPv4 address an IPv6 address stands for, if it is one of the forms that embed one. */
function embeddedIpv4(address: string): string | null {
  const b = ipv6Bytes(address);
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const last4 = b.slice(12).join('.');
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return last4; // ::ffff:a.b.c.d (mapped)
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return last4; // 64:ff9b::/96 (NAT64)
  if (b[0] === 0x20 && b[1] === 0x02) return b.slice(2, 6).join('.'); // 2002::/16 (6to4)
  return null;
}

/** Says what kind of non-public address this is, or null when it is a public one. */
export function nonPublicKind(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'malformed';
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4) return nonPublicKind(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const bare = address.replace(/%.*$/, '');
  for (const { kind, list, family: f } of LISTS) if (f === type && list.check(bare, type)) return kind;
  return null;
}

/** A URL's host refused by the guard: carries the words for the user. */
export class BlockedAddressError extends Error {
  readonly code = 'ESTORYLINE_BLOCKED';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly kind: string,
  ) {
    const what = `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind} address`;
    const why = host === address ? `${address} is ${what}` : `${host} resolves to ${address}, ${what}`;
    super(`refused: ${why} (ingesting from the local or private network needs --allow-private)`);
    this.name = 'BlockedAddressError';
  }
}

/** The host of a URL as the connection will use it: IPv6 literals without their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Refuses a URL whose host is a literal non-public address (names are checked at lookup). */
export function checkLiteralHost(url: URL): void {
  const host = hostOf(url);
  if (isIP(host) === 0) return;
  const kind = nonPublicKind(host);
  if (kind) throw new BlockedAddressError(host, host, kind);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A drop-in for dns.lookup (the `lookup` option of http.request): resolves every address of
 * the name and refuses the connection when any of them is not public, so a name cannot slip
 * a private address in beside public ones.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    for (const a of addresses) {
      const kind = nonPublicKind(a.address);
      if (kind) return callback(new BlockedAddressError(hostname, a.address, kind), []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}
