import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';

describe('migration 21: edits the hub refused, held apart', () => {
  it('marks log rows held (existing rows are not) and keeps the person’s text apart, refusing rows that mean nothing', () => {
    const db = new Database(join(tempDir(), 'm21.sqlite'));
    migrate(db, migrations.filter((m) => m.version < 21));
    db.prepare("INSERT INTO collab_updates (document, data, local_changes, created_at) VALUES ('article:a', x'01', 1, ?)").run(T);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'collab_held'").pluck().get()).toBe(0);
    migrate(db, migrations);

    expect(db.prepare('SELECT held FROM collab_updates').pluck().all()).toEqual([0]);
    expect(() => db.prepare('UPDATE collab_updates SET held = 2').run()).toThrow(/CHECK/);

    const hold = db.prepare('INSERT INTO collab_held (document, body_json, meta_json, changes, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    const first = Number(hold.run('article:a', '{"format":"galley.lexical"}', '{}', 2, 'the article is approved', T).lastInsertRowid);
    expect(first).toBeGreaterThan(0);
    expect(() => hold.run('article:a', 'not json', '{}', 1, 'why', T)).toThrow(/CHECK/);
    expect(() => hold.run('article:a', '{}', '{', 1, 'why', T)).toThrow(/CHECK/);
    expect(() => hold.run('article:a', '{}', '{}', 0, 'why', T)).toThrow(/CHECK/);
    expect(() => hold.run('article:a', '{}', '{}', 1, '', T)).toThrow(/CHECK/);
    expect(() => hold.run('', '{}', '{}', 1, 'why', T)).toThrow(/CHECK/);
    db.close();
  });
});
