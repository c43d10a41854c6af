import { GalleyError } from '../../shared/contract/errors';
import type { HubStore } from './hub-store';
import { openSqliteHubStore } from './sqlite/sqlite-hub-store';
import { openPostgresHubStore } from './postgres/postgres-hub-store';

export interface HubStoreOptions {
  /** The hub's data directory: the embedded store's file lives here. */
  dataDir: string;
  /** A `postgres://` URL puts the hub on PostgreSQL instead. */
  databaseUrl?: string;
}

/** The store the hub runs on: PostgreSQL when a database URL is given, otherwise the embedded SQLite file. */
export async function openHubStore({ dataDir, databaseUrl }: HubStoreOptions): Promise<HubStore> {
  if (databaseUrl === undefined || databaseUrl === '') return openSqliteHubStore(dataDir);
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return openPostgresHubStore(databaseUrl);
  throw new GalleyError('BAD_INPUT', '--database takes a postgres:// URL (for example postgres://galley@db.example/galley).');
}
