import { describe, expect, it } from 'vitest';
import { BlockedAddressError, checkLiteralHost, guardedLookup, nonPublicKind } from '../../src/ingest/guard.js';

describe('which addresses are not public', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'], // cloud metadata
    ['100.64.0.1', 'shared (carrier-grade NAT)'],
    ['0.0.0.0', 'unspecified ("this network")'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved or broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fc00::1', 'unique-local (private)'],
    ['fd12:3456:789a::1', 'unique-local (private)'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'], // IPv4-mapped
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['64:ff9b::a00:1', 'private'], // NAT64 of 10.0.0.1
    ['2002:c0a8:101::1', 'private'], // 6to4 of 192.168.1.1
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
  ])('%s is %s', (address, kind) => {
    expect(nonPublicKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '2a00:1450:4001::200e', '::ffff:8.8.8.8', '2002:808:808::1'])('%s is public', (address) => {
    expect(nonPublicKind(address)).toBeNull();
  });
});

describe('the guard at connect time', () => {
  it('refuses a literal address in the URL before any connection', () => {
    expect(() => checkLiteralHost(new URL('http://[fd00::5]/feed'))).toThrow(BlockedAddressError);
    expect(() => checkLiteralHost(new URL('http://0x7f.1/'))).toThrow(/127\.0\.0\.1 is a loopback address/);
    expect(() => checkLiteralHost(new URL('https://example.org/'))).not.toThrow(); // names wait for their DNS answer
  });

  it('refuses a name whose DNS answer is private, honouring `all`', async () => {
    const lookup = (options: { all?: boolean }) =>
      new Promise<unknown>((resolve) => guardedLookup('localhost', options, (err, address) => resolve(err ?? address)));
    for (const all of [false, true]) {
      const result = await lookup({ all });
      expect(result).toBeInstanceOf(BlockedAddressError);
      expect((result as BlockedAddressError).message).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    }
  });
});
