import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, linkSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { GalleyError } from '../../shared/contract/errors';
import { sqliteNativeBinding } from './native-binding';
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

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
// The library holds every draft and the users' password hashes: for this user's eyes only.
const PRIVATE_FILE = 0o600;

const refuse = (file: string, problem: string) =>
  new GalleyError(
    'UNSUPPORTED',
    `The database ${file} ${problem}. Galley did not open it and changed nothing: ` +
      'restore it from a backup, or move it away to start a new, empty library.',
  );

/**
 * A present file is never taken for a new install: an empty or unreadable one would
 * otherwise open first-run admin setup over a library that only failed to load.
 */
function checkExistingFile(file: string): void {
  const stats = statSync(file);
  if (!stats.isFile()) throw refuse(file, 'is not a file');
  if (stats.size === 0) throw refuse(file, 'is empty (0 bytes), so it is not taken as a new library');
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw refuse(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) throw refuse(file, 'is not a SQLite database');
}

/**
 * Makes a new library that is private from its first byte (SQLite gives the -wal and -shm
 * files the database's mode) and never visible empty: it is made under a temporary name
 * and linked into place, which fails if another process got there first.
 */
function createPrivately(file: string, nativeBinding: string | undefined): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.new`;
  closeSync(openSync(temporary, 'wx', PRIVATE_FILE));
  try {
    const db = new Database(temporary, { nativeBinding });
    // Writes the first page: the file is a database from here on.
    db.pragma('journal_mode = WAL');
    db.close();
    linkSync(temporary, file);
  } catch (error) {
    // Another process made it first: it is checked and opened like any existing file.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * A library an older Galley made readable by others (0644) is made private, with its
 * -wal and -shm files. Only this user's own files, and never on Windows (no modes there).
 */
function keepPrivate(file: string): void {
  if (process.platform === 'win32') return;
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats === undefined || (stats.mode & 0o077) === 0 || stats.uid !== process.getuid?.()) continue;
    chmodSync(path, PRIVATE_FILE);
  }
}

/**
 * Refuses a newer database before touching it: the check runs on a read-only handle,
 * because switching to WAL or migrating would already write to the file.
 */
function refuseIfNewer(file: string, known: number, nativeBinding: string | undefined): void {
  const probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
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
  const nativeBinding = sqliteNativeBinding();
  if (file !== ':memory:') {
    if (!existsSync(file)) createPrivately(file, nativeBinding);
    checkExistingFile(file);
    refuseIfNewer(file, known, nativeBinding);
    keepPrivate(file);
  }
  const db = new Database(file, { nativeBinding });
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
