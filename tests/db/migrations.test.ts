import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, migrate, DatabaseTooNewError } from '../../electron/db/connection';
import { migrations, LATEST_SCHEMA_VERSION } from '../../electron/db/migrations/index';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

/** Opens a real file migrated up to (and including) `version`. */
function atVersion(file: string, version: number) {
  const db = new Database(file);
  migrate(db, migrations.slice(0, version));
  return db;
}

describe('connection', () => {
  it('opens a new file in WAL mode with foreign keys, a busy timeout and full sync', () => {
    const db = openDatabase(join(tempDir(), 'g.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('numbers migrations 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('refuses a database written by a newer Galley and leaves the file byte for byte as it was', () => {
    const file = join(tempDir(), 'newer.sqlite');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    newer.close();
    const before = fileHash(file);
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer Galley .*Nothing in it was changed/);
    expect(fileHash(file)).toBe(before);
  });

  it('applies pending migrations all or nothing', () => {
    const file = join(tempDir(), 'atomic.sqlite');
    const broken = [
      ...migrations,
      { version: migrations.length + 1, name: 'broken', up: (db: Database.Database) => db.exec('CREATE TABLE nope (') },
    ];
    const db = new Database(file);
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('is idempotent: opening a current database again changes nothing', () => {
    const file = join(tempDir(), 'again.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });
});

describe('migration 1: articles and working copies', () => {
  it('creates articles and article_bodies, and deleting an article deletes its body', () => {
    const db = atVersion(join(tempDir(), 'm1.sqlite'), 1);
    db.pragma('foreign_keys = ON');
    expect(tables(db)).toEqual(['article_bodies', 'articles']);
    db.prepare(
      "INSERT INTO articles (id, created_by, created_at, updated_at) VALUES ('a', 'u', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    ).run();
    db.prepare("INSERT INTO article_bodies (article_seq, body_json) VALUES (1, '{}')").run();
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) AS n FROM article_bodies').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 2: revisions', () => {
  it('keeps revision numbers unique per article', () => {
    const db = atVersion(join(tempDir(), 'm2.sqlite'), 2);
    db.prepare("INSERT INTO articles (id, created_by, created_at, updated_at) VALUES ('a', 'u', 't', 't')").run();
    const insert = db.prepare(
      "INSERT INTO revisions (id, article_seq, number, name, reason, meta_json, body_json, word_count, content_hash, author, created_at) VALUES (?, 1, ?, 'n', 'manual', '{}', '{}', 0, 'h', 'u', 't')",
    );
    insert.run('r1', 1);
    expect(() => insert.run('r2', 1)).toThrow(/UNIQUE/);
    db.close();
  });

  it('upgrades a version-1 database that already holds articles without touching them', () => {
    const file = join(tempDir(), 'm2-upgrade.sqlite');
    const v1 = atVersion(file, 1);
    v1.prepare("INSERT INTO articles (id, headline, created_by, created_at, updated_at) VALUES ('a', 'Kept', 'u', 't', 't')").run();
    v1.close();
    const db = openDatabase(file);
    expect(db.prepare("SELECT headline FROM articles WHERE id = 'a'").get()).toEqual({ headline: 'Kept' });
    db.close();
  });
});

describe('migration 3: full-text search', () => {
  it('creates an FTS5 index that matches words regardless of accents', () => {
    const db = atVersion(join(tempDir(), 'm3.sqlite'), 3);
    db.prepare("INSERT INTO articles_fts (rowid, headline, dek, body) VALUES (1, 'Café', '', 'Zürich budget')").run();
    expect(db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'cafe'").all()).toEqual([{ rowid: 1 }]);
    expect(db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'zurich'").all()).toEqual([{ rowid: 1 }]);
    db.close();
  });
});
