import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { openHubDatabase, readSchemaVersion } from '../../hub/store/sqlite/open-database';
import { hubMigrations, LATEST_HUB_SCHEMA_VERSION } from '../../hub/store/sqlite/migrations/index';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const tables = (db: DatabaseSync) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

function openAt(version: number) {
  const dir = tempDir();
  return { dir, db: openHubDatabase(join(dir, 'hub.sqlite'), dir, hubMigrations.filter((m) => m.version <= version)) };
}

describe('the hub schema migrations', () => {
  it('001 documents: a compacted state per document and an update log numbered across documents', () => {
    const { db } = openAt(1);
    expect(readSchemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['document_states', 'document_updates']);
    const insert = db.prepare('INSERT INTO document_updates (name, data) VALUES (?, ?)');
    const first = Number(insert.run('a', new Uint8Array([1])).lastInsertRowid);
    db.prepare('DELETE FROM document_updates').run();
    // AUTOINCREMENT: a number is never given twice, even once its row is compacted away.
    expect(Number(insert.run('b', new Uint8Array([2])).lastInsertRowid)).toBeGreaterThan(first);
    db.close();
  });

  it('002 accounts: users (lower-case names, the four roles) and sessions that go with their user', () => {
    const { dir, db } = openAt(1);
    db.prepare('INSERT INTO document_updates (name, data) VALUES (?, ?)').run('article:x', new Uint8Array([9]));
    db.close();
    const upgraded = openHubDatabase(join(dir, 'hub.sqlite'), dir);
    expect(readSchemaVersion(upgraded)).toBe(2);
    expect(tables(upgraded)).toEqual(['document_states', 'document_updates', 'sessions', 'users']);
    expect(upgraded.prepare('SELECT count(*) AS n FROM document_updates').get()).toEqual({ n: 1 });
    const user = upgraded.prepare(
      "INSERT INTO users (id, name, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'D', ?, '{}', 'now', 'now')",
    );
    expect(() => user.run('u0', 'Wren', 'writer')).toThrow(/CHECK/);
    expect(() => user.run('u0', 'wren', 'publisher')).toThrow(/CHECK/);
    user.run('u1', 'wren', 'writer');
    upgraded.prepare("INSERT INTO sessions VALUES ('h', 'u1', 'now', 'later')").run();
    upgraded.prepare("DELETE FROM users WHERE id = 'u1'").run();
    expect(upgraded.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
    upgraded.close();
  });

  it('refuses a database from a newer hub and leaves it as it was', () => {
    const { dir, db } = openAt(LATEST_HUB_SCHEMA_VERSION);
    db.exec(`PRAGMA user_version = ${LATEST_HUB_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openHubDatabase(join(dir, 'hub.sqlite'), dir)).toThrow(/newer Galley hub .*Nothing in it was changed/);
  });
});
