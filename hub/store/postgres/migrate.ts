import { GalleyError } from '../../../shared/contract/errors';
import type { PostgresConnection } from './connection';
import { postgresMigrations } from './migrations/index';
import type { PostgresMigration } from './migrations/types';

/**
 * The key of the transaction-scoped advisory lock that migrations hold: several hub
 * instances may start at once on one database, and only one may look at and change the
 * schema at a time. The others wait, then find the work done. (An arbitrary constant:
 * "galley-hub-schema" hashed once, so that it does not collide with anyone else's.)
 */
export const MIGRATION_LOCK_KEY = 7_314_026_513_870_213_917n;

/**
 * Brings the schema up to date in one transaction: all the missing migrations apply, or
 * none do. Refuses a database written by a newer hub rather than guess at its schema.
 */
export async function migratePostgres(
  connection: PostgresConnection,
  migrations: readonly PostgresMigration[] = postgresMigrations,
): Promise<number[]> {
  return connection.transaction('migrating the hub schema', async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    // Created under the lock: two first starts must not both try to create it.
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
    );
    const known = migrations.at(-1)?.version ?? 0;
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      throw new GalleyError(
        'UNSUPPORTED',
        `The hub database was set up by a newer Galley hub (schema ${newest}; this hub knows up to ${known}). ` +
          'Update this hub to use it. Nothing in it was changed.',
      );
    }
    const ran: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      ran.push(migration.version);
    }
    return ran;
  });
}
