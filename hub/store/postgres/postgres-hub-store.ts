import type { HubStore } from '../hub-store';
import { postgresArticles } from './articles';
import { connectPostgres, type PostgresOptions } from './connection';
import { postgresDocuments } from './documents';
import { migratePostgres } from './migrate';
import { postgresSessions } from './sessions';
import { postgresUsers } from './users';

/**
 * The hub's store on PostgreSQL, for a newsroom that runs several hub instances or wants
 * its data in the database it already backs up. Brings the schema up to date before
 * resolving (safely when several hubs start at once). `url` is a postgres:// connection
 * URL; it holds the password, so it never appears in an error or a log line.
 */
export async function openPostgresHubStore(url: string, options: PostgresOptions = {}): Promise<HubStore> {
  const db = connectPostgres(url, options);
  try {
    await migratePostgres(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    ...postgresDocuments(db),
    ...postgresUsers(db),
    ...postgresSessions(db),
    ...postgresArticles(db),
    close: () => db.close(),
  };
}
