import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { sharedArticles } from '../../electron/newsroom/live/shared-articles';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';
const ID = '0b6f1d64-4a4c-4f7e-9d1e-5b0c1f8f2a11';

describe('migration 19: shared articles', () => {
  it('records who started each shared article, once, and when it was seeded', () => {
    const db = new Database(join(tempDir(), 'm19.sqlite'));
    migrate(db, migrations.filter((m) => m.version < 19));
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'shared_articles'").pluck().get()).toBe(0);
    migrate(db, migrations);

    const shared = sharedArticles(db);
    expect(shared.find(ID)).toBeNull();
    shared.record(ID, 'here', T);
    // A second record never changes who started it: only that workstation may seed.
    shared.record(ID, 'hub', T);
    expect(shared.find(ID)).toEqual({ articleId: ID, origin: 'here', seededAt: null });
    shared.markSeeded(ID, T);
    shared.markSeeded(ID, '2026-02-01T00:00:00.000Z');
    expect(shared.find(ID)?.seededAt).toBe(T);

    const insert = db.prepare('INSERT INTO shared_articles (article_id, origin, registered_at) VALUES (?, ?, ?)');
    expect(() => insert.run('other', 'somewhere', T)).toThrow(/CHECK/);
    expect(() => insert.run('', 'hub', T)).toThrow(/CHECK/);
    expect(() => insert.run('other', 'hub', null)).toThrow(/NOT NULL/);
    db.close();
  });
});
