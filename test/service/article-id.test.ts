import { describe, expect, it } from 'vitest';
import { findArticleId } from '../../src/service/article-id.js';
import type { Store } from '../../src/store/store.js';

/** A store that knows only ids, as idsWithPrefix answers (hex prefixes, any case, in id order). */
function storeOf(ids: string[]): Store {
  const sorted = [...ids].sort();
  const idsWithPrefix = async (prefix: string, limit: number) => (/^[0-9a-f]+$/i.test(prefix) ? sorted.filter((id) => id.startsWith(prefix.toLowerCase())).slice(0, limit) : []);
  return { idsWithPrefix } as unknown as Store;
}

describe('an article id as a person types it', () => {
  const store = storeOf(['0a1b2c3d4e5f6071', '0a1b2c3d4e5f6072', 'ff00000000000000', 'ff00000000000000'.replace(/0$/, '1')]);
  it('a whole id, in any case, is that article', async () => {
    expect(await findArticleId(store, '0A1B2C3D4E5F6072')).toEqual({ id: '0a1b2c3d4e5f6072' });
  });
  it('a unique prefix is its article; an ambiguous one says which it matches; an unknown one says so', async () => {
    expect(await findArticleId(store, 'ff000000000000001')).toEqual({ error: 'no article with id or prefix "ff000000000000001"', ambiguous: false });
    expect(await findArticleId(store, '0a1b2c3d4e5f6071')).toEqual({ id: '0a1b2c3d4e5f6071' });
    expect(await findArticleId(store, '0a1b')).toEqual({ error: 'prefix "0a1b" is ambiguous: matches 0a1b2c3d4e5f6071, 0a1b2c3d4e5f6072', ambiguous: true });
    expect(await findArticleId(store, 'ff0000000000000')).toEqual({ error: 'prefix "ff0000000000000" is ambiguous: matches ff00000000000000, ff00000000000001', ambiguous: true });
    expect(await findArticleId(store, 'e')).toMatchObject({ ambiguous: false });
    expect(await findArticleId(store, "f' OR 1=1")).toMatchObject({ ambiguous: false });
  });
});
