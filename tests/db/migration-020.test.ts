import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';

describe('migration 20: each person’s link to the newsroom hub', () => {
  it('keeps one row per local user, gone with the user, refusing an address that is not http(s)', () => {
    const db = new Database(join(tempDir(), 'm20.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version < 20));
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'newsroom_people'").pluck().get()).toBe(0);
    migrate(db, migrations);

    db.prepare(
      `INSERT INTO users (id, name, display_name, role, disabled, password_hash, password_salt, password_params, created_at, updated_at)
       VALUES ('u1', 'walt', 'Walt', 'writer', 0, 'h', 's', '{}', ?, ?)`,
    ).run(T, T);
    const insert = db.prepare('INSERT INTO newsroom_people (user_id, hub_url, verified_at, token_expires_at) VALUES (?, ?, ?, ?)');
    insert.run('u1', 'http://hub.local:4470', T, null);
    expect(() => insert.run('u1', 'http://hub.local:4470', null, null)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('nobody', 'http://hub.local:4470', null, null)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM newsroom_people').run();
    expect(() => insert.run('u1', 'ftp://hub.local', null, null)).toThrow(/CHECK/);
    insert.run('u1', 'https://hub.example', null, T);
    db.prepare("DELETE FROM users WHERE id = 'u1'").run();
    expect(db.prepare('SELECT count(*) FROM newsroom_people').pluck().get()).toBe(0);
    db.close();
  });
});
