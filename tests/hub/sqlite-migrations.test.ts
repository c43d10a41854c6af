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
    const upgraded = openHubDatabase(join(dir, 'hub.sqlite'), dir, hubMigrations.filter((m) => m.version <= 2));
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

  it('003 articles: a registry of articles by a known author, in a workflow state, approved hash and state vector together', () => {
    const { dir, db } = openAt(2);
    db.prepare("INSERT INTO users (id, name, display_name, role, password_hash, created_at, updated_at) VALUES ('u1', 'wren', 'W', 'writer', '{}', 'now', 'now')").run();
    db.close();
    const upgraded = openHubDatabase(join(dir, 'hub.sqlite'), dir, hubMigrations.filter((m) => m.version <= 3));
    expect(readSchemaVersion(upgraded)).toBe(3);
    expect(tables(upgraded)).toContain('articles');
    const article = upgraded.prepare("INSERT INTO articles (id, author_id, state, approved_hash, approved_state_vector, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'now', 'now')");
    expect(() => article.run('a0', 'nobody', 'draft', null, null)).toThrow(/FOREIGN KEY/);
    expect(() => article.run('a0', 'u1', 'limbo', null, null)).toThrow(/CHECK/);
    expect(() => article.run('a0', 'u1', 'approved', 'abc', null)).toThrow(/CHECK/);
    article.run('a1', 'u1', 'approved', 'abc', new Uint8Array([1, 2]));
    expect(upgraded.prepare("SELECT state, holder_id FROM articles WHERE id = 'a1'").get()).toEqual({ state: 'approved', holder_id: null });
    upgraded.close();
  });

  it('004 audit: a chain of entries numbered from 1, each with its link and hash', () => {
    const { dir, db } = openAt(3);
    db.close();
    const upgraded = openHubDatabase(join(dir, 'hub.sqlite'), dir);
    expect(readSchemaVersion(upgraded)).toBe(4);
    const entry = upgraded.prepare("INSERT INTO audit_entries (seq, id, at, actor_name, action, details_json, prev_hash, hash) VALUES (?, ?, 'now', 'A', 'step', '{}', 'p', 'h')");
    expect(() => entry.run(0, 'e0')).toThrow(/CHECK/);
    entry.run(1, 'e1');
    expect(() => entry.run(1, 'e2')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => entry.run(2, 'e1')).toThrow(/UNIQUE/);
    upgraded.close();
  });

  it('refuses a database from a newer hub and leaves it as it was', () => {
    const { dir, db } = openAt(LATEST_HUB_SCHEMA_VERSION);
    db.exec(`PRAGMA user_version = ${LATEST_HUB_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openHubDatabase(join(dir, 'hub.sqlite'), dir)).toThrow(/newer Galley hub .*Nothing in it was changed/);
  });
});
