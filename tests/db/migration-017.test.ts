import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';

describe('migration 17: the collab replica', () => {
  it('adds an ordered update log per document and a hub mark per document, refusing rows that mean nothing', () => {
    const db = new Database(join(tempDir(), 'm17.sqlite'));
    migrate(db, migrations.filter((m) => m.version < 17));
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'collab_%'").pluck().get()).toBe(0);
    migrate(db, migrations);

    const append = db.prepare('INSERT INTO collab_updates (document, data, local_changes, created_at) VALUES (?, ?, ?, ?)');
    const first = Number(append.run('article:a', Buffer.from([1, 2]), 1, T).lastInsertRowid);
    const second = Number(append.run('article:b', Buffer.from([3]), 0, T).lastInsertRowid);
    expect(second).toBeGreaterThan(first);
    expect(() => append.run('article:a', Buffer.alloc(0), 1, T)).toThrow(/CHECK/);
    expect(() => append.run('', Buffer.from([1]), 1, T)).toThrow(/CHECK/);
    expect(() => append.run('article:a', Buffer.from([1]), -1, T)).toThrow(/CHECK/);
    expect(() => append.run('article:a', null, 1, T)).toThrow(/NOT NULL/);

    // AUTOINCREMENT: a seq is never reused, even after the newest row is deleted (compaction relies on it).
    db.prepare('DELETE FROM collab_updates WHERE seq = ?').run(second);
    expect(Number(append.run('article:b', Buffer.from([4]), 0, T).lastInsertRowid)).toBeGreaterThan(second);

    db.prepare("INSERT INTO collab_documents (document) VALUES ('article:a')").run();
    expect(db.prepare("SELECT hub_seq, synced_at FROM collab_documents WHERE document = 'article:a'").get()).toEqual({ hub_seq: 0, synced_at: null });
    expect(() => db.prepare("INSERT INTO collab_documents (document) VALUES ('article:a')").run()).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});
