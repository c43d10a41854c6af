import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { GalleyError } from '../../shared/contract/errors';
import { migrations as allMigrations } from './migrations/index';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

export class DatabaseTooNewError extends GalleyError {
  constructor(file: string, found: number, known: number) {
    super(
      'UNSUPPORTED',
      `The database ${file} was written by a newer Galley (schema ${found}; this Galley knows up to ${known}). ` +
        'Update Galley to open it. Nothing in it was changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

function readUserVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Refuses a newer database before touching it: the check runs on a read-only handle,
 * because switching to WAL or migrating would already write to the file.
 */
function refuseIfNewer(file: string, known: number): void {
  if (file === ':memory:' || !existsSync(file)) return;
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const found = readUserVersion(probe);
    if (found > known) throw new DatabaseTooNewError(file, found, known);
  } finally {
    probe.close();
  }
}

/** Applies every pending migration in one transaction: all of them, or none. */
export function migrate(db: Db, migrations: readonly Migration[] = allMigrations): number {
  if (migrations.every((m) => m.version <= readUserVersion(db))) return readUserVersion(db);
  // IMMEDIATE takes the write lock first, so two processes opening one data directory
  // at once cannot both run the same step; the version is read again under the lock.
  db.transaction(() => {
    const current = readUserVersion(db);
    for (const migration of migrations.filter((m) => m.version > current)) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return readUserVersion(db);
}

export interface OpenOptions {
  migrations?: readonly Migration[];
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? allMigrations;
  const known = migrations.at(-1)?.version ?? 0;
  refuseIfNewer(file, known);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: an acknowledged save survives a power cut, not only a crash of Galley.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
