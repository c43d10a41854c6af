import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const posix = process.platform !== 'win32';
const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('the library file', () => {
  it('refuses a present but empty file instead of treating it as a new install, and leaves it as it was', () => {
    const file = join(tempDir(), 'galley.sqlite');
    writeFileSync(file, '');
    expect(() => openDatabase(file)).toThrow(/galley\.sqlite is empty \(0 bytes\).*changed nothing/);
    expect(statSync(file).size).toBe(0);
    expect(readdirSync(join(file, '..'))).toEqual(['galley.sqlite']);
  });

  it('refuses a file that is not a database', () => {
    const file = join(tempDir(), 'galley.sqlite');
    writeFileSync(file, 'not a database at all, just some text that is long enough');
    expect(() => openDatabase(file)).toThrow(/is not a SQLite database.*changed nothing/);
  });

  it('refuses a library path that is not a file (a folder in its place), and creates nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'galley.sqlite');
    mkdirSync(file);
    expect(() => openDatabase(file)).toThrow(/galley\.sqlite is not a file.*changed nothing/);
    expect(readdirSync(dir)).toEqual(['galley.sqlite']);
    expect(readdirSync(file)).toEqual([]);
  });

  // Root reads any file whatever its mode, so there the refusal of an unreadable one cannot be shown.
  const asRoot = process.getuid?.() === 0;
  it.skipIf(!posix || asRoot)(`refuses a file it cannot read, saying so${asRoot ? ' (skipped: running as root, who can read any file)' : ''}`, () => {
    const file = join(tempDir(), 'galley.sqlite');
    openDatabase(file).close();
    chmodSync(file, 0o000);
    try {
      expect(() => openDatabase(file)).toThrow(/galley\.sqlite cannot be read \(EACCES\)/);
    } finally {
      chmodSync(file, 0o600);
    }
  });

  it.skipIf(!posix)('creates the database, its WAL and shared-memory files readable by this user only', () => {
    const dir = tempDir();
    const file = join(dir, 'galley.sqlite');
    const db = openDatabase(file);
    try {
      db.exec('CREATE TABLE probe (x)');
      // It was made under a temporary name (never visible empty) and that name is gone.
      expect(readdirSync(dir).sort()).toEqual(['galley.sqlite', 'galley.sqlite-shm', 'galley.sqlite-wal']);
      expect(modeOf(file)).toBe(0o600);
      expect(modeOf(`${file}-wal`)).toBe(0o600);
      expect(modeOf(`${file}-shm`)).toBe(0o600);
    } finally {
      db.close();
    }
  });

  it.skipIf(!posix)('makes a library an older Galley left readable by others private when it opens it', () => {
    const file = join(tempDir(), 'galley.sqlite');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE kept (x)');
    old.close();
    chmodSync(file, 0o644);
    const db = openDatabase(file);
    try {
      expect(modeOf(file)).toBe(0o600);
      expect(modeOf(`${file}-wal`)).toBe(0o600);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'kept'").get()).toEqual({ name: 'kept' });
    } finally {
      db.close();
    }
  });
});
