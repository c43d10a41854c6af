import { afterAll, beforeAll } from 'vitest';
import { openPostgresHubStore } from '../../hub/store/postgres/postgres-hub-store';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { describeHubStoreContract } from './support/store-contract';

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.stop();
});

describeHubStoreContract('PostgreSQL', async () => {
  const store = await openPostgresHubStore(await server.createDatabase());
  return { store, cleanup: () => store.close() };
});
