import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteHubStore } from '../../hub/store/sqlite/sqlite-hub-store';
import { describeHubStoreContract } from './support/store-contract';

describeHubStoreContract('embedded (node:sqlite)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'galley-hub-store-'));
  const store = openSqliteHubStore(dir);
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
