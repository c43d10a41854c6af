import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, openDatabase } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

function atVersion(file: string, version: number) {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  return db;
}

function seed(db: Database.Database) {
  db.prepare("INSERT INTO articles (id, headline, created_by, created_at, updated_at) VALUES ('a', 'Kept', 'u', 't', 't')").run();
  db.prepare("INSERT INTO publishing_targets (id, name, kind, settings_json, created_at, updated_at) VALUES ('t', 'Folder', 'folder', '{}', 't', 't')").run();
}

const job = (db: Database.Database, id: string, state = 'pending', action = 'publish') =>
  db
    .prepare(`INSERT INTO publishing_jobs (id, article_seq, target_seq, action, state, created_by, created_at, updated_at) VALUES (?, 1, 1, ?, ?, 'u', 't', 't')`)
    .run(id, action, state);

describe('migration 8: publishing targets, outbox and publications', () => {
  it('upgrades a version-7 database with articles: no targets, no jobs, the articles kept', () => {
    const file = join(tempDir(), 'm8-upgrade.sqlite');
    const v7 = atVersion(file, 7);
    v7.prepare("INSERT INTO articles (id, headline, created_by, created_at, updated_at) VALUES ('a', 'Kept', 'u', 't', 't')").run();
    v7.close();
    const db = openDatabase(file);
    expect(db.prepare("SELECT headline FROM articles WHERE id = 'a'").get()).toEqual({ headline: 'Kept' });
    expect(db.prepare('SELECT count(*) AS n FROM publishing_targets').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM publishing_jobs').get()).toEqual({ n: 0 });
    db.close();
  });

  it('has no column for a secret: targets keep settings and the names of their secret fields only', () => {
    const db = atVersion(join(tempDir(), 'm8-columns.sqlite'), 8);
    const columns = (db.prepare("SELECT name FROM pragma_table_info('publishing_targets')").all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['seq', 'id', 'name', 'kind', 'settings_json', 'enabled', 'secret_fields_json', 'removed_at', 'created_at', 'updated_at']);
    db.close();
  });

  it('refuses unknown kinds, actions and states, duplicate target names in any case, and a second publication per article and target', () => {
    const db = atVersion(join(tempDir(), 'm8-checks.sqlite'), 8);
    seed(db);
    expect(() => db.prepare("INSERT INTO publishing_targets (id, name, kind, settings_json, created_at, updated_at) VALUES ('t2', 'x', 'ftp', '{}', 't', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO publishing_targets (id, name, kind, settings_json, created_at, updated_at) VALUES ('t3', 'FOLDER', 'folder', '{}', 't', 't')").run()).toThrow(/UNIQUE/);
    job(db, 'j1');
    expect(() => job(db, 'j2', 'lost')).toThrow(/CHECK/);
    expect(() => job(db, 'j3', 'pending', 'delete')).toThrow(/CHECK/);
    const publication = db.prepare("INSERT INTO publications (article_seq, target_seq, remote_id, remote_state, synced_at) VALUES (1, 1, 'r', 'live', 't')");
    publication.run();
    expect(() => publication.run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("INSERT INTO publications (article_seq, target_seq, remote_id, remote_state, synced_at) VALUES (1, 1, 'r', 'gone', 't')").run()).toThrow(/CHECK/);
    db.close();
  });

  it('removes an article’s jobs and publications with the article', () => {
    const db = atVersion(join(tempDir(), 'm8-cascade.sqlite'), 8);
    seed(db);
    job(db, 'j1');
    db.prepare("INSERT INTO publications (article_seq, target_seq, remote_id, remote_state, synced_at) VALUES (1, 1, 'r', 'live', 't')").run();
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM publishing_jobs) + (SELECT count(*) FROM publications) AS n').get()).toEqual({ n: 0 });
    db.close();
  });
});
