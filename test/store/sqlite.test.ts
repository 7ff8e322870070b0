import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers/cli.js';
import { storeContract } from './contract.js';

storeContract('SQLite', {
  fresh: async () => new SqliteStore(join(tempDir('storyline-store-'), 'store.db')),
  again: async (store) => new SqliteStore((store as SqliteStore).path),
});
