import { GalleyError } from '../../../shared/contract/errors';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { hubMigrations } from './migrations/index';
import type { HubMigration } from './migrations/types';

/** The file holds password hashes and every article's text: for the hub's own user only. */
const PRIVATE_FILE = 0o600;
const PRIVATE_DIR = 0o700;

export function readSchemaVersion(db: DatabaseSync): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
}

/** Runs in `db` every migration past its version, each in its own transaction with its number. */
export function migrate(db: DatabaseSync, file: string, migrations: readonly HubMigration[] = hubMigrations): void {
  const found = readSchemaVersion(db);
  const known = migrations.at(-1)?.version ?? 0;
  if (found > known) {
    throw new GalleyError(
      'UNSUPPORTED',
      `The hub's database ${file} was written by a newer Galley hub (schema ${found}; this one knows up to ${known}). ` +
        'Update Galley to open it. Nothing in it was changed.',
    );
  }
  for (const migration of migrations) {
    if (migration.version <= found) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new Error(`The hub's database ${file} could not be brought to schema ${migration.version} (${migration.name}): ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
}

/**
 * Opens (creating privately if new) the hub's SQLite file in WAL mode with `synchronous =
 * FULL`: a commit has reached the disk when it returns, which is what lets the hub
 * acknowledge an update as soon as its append has returned.
 */
export function openHubDatabase(file: string, dataDir: string, migrations: readonly HubMigration[] = hubMigrations): DatabaseSync {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR });
  // Created before SQLite opens it, so the file (and the -wal and -shm SQLite derives from it) is never readable by others.
  closeSync(openSync(file, 'a', PRIVATE_FILE));
  const db = new DatabaseSync(file, { enableForeignKeyConstraints: true });
  try {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA busy_timeout = 5000');
    migrate(db, file, migrations);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Error && /file is not a database/i.test(error.message)) {
      throw new GalleyError('UNSUPPORTED', `${file} is not a SQLite database, so the hub did not open it and changed nothing.`);
    }
    throw error;
  }
}

