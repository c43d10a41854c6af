import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';

describe('migration 14: look bases', () => {
  it('makes each look kept before it its own base, so the next opening still compares against it', () => {
    const db = new Database(join(tempDir(), 'm14.sqlite'));
    migrate(db, migrations.slice(0, 13));
    db.prepare("INSERT INTO users (id, name, display_name, role, password_hash, password_salt, password_params, created_at, updated_at) VALUES ('u1', 'dee', 'Dee', 'desk_chief', 'x', 'x', 'x', ?, ?)").run(T, T);
    db.prepare("INSERT INTO articles (id, created_by, created_at, updated_at) VALUES ('a', 'u1', ?, ?)").run(T, T);
    db.prepare("INSERT INTO review_views (user_id, article_seq, version, snapshot_json, seen_at) VALUES ('u1', 1, 3, '{\"kept\":true}', ?)").run(T);
    migrate(db, migrations);
    expect(db.prepare('SELECT version, snapshot_json, seen_at, base_version, base_snapshot_json, base_seen_at FROM review_views').get()).toEqual({
      version: 3,
      snapshot_json: '{"kept":true}',
      seen_at: T,
      base_version: 3,
      base_snapshot_json: '{"kept":true}',
      base_seen_at: T,
    });
    expect(() => db.prepare("UPDATE review_views SET base_version = -1").run()).toThrow(/CHECK/);
    db.close();
  });
});
