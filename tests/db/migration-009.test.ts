import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, openDatabase } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

/** A real file migrated up to (and including) `version`, by version number (not position). */
function atVersion(file: string, version: number) {
  const db = new Database(file);
  migrate(db, migrations.filter((m) => m.version <= version));
  return db;
}

function seed(db: Database.Database) {
  db.pragma('foreign_keys = ON');
  db.prepare(
    "INSERT INTO users (id, name, display_name, role, password_hash, password_salt, password_params, created_at, updated_at) VALUES ('u', 'ed', 'Ed', 'editor', 'h', 's', '{}', 't', 't')",
  ).run();
  db.prepare("INSERT INTO articles (id, headline, created_by, created_at, updated_at) VALUES ('a', 'A', 'u', 't', 't')").run();
  db.prepare("INSERT INTO sources (id, kind, title, title_key, created_at, updated_at) VALUES ('s', 'document', 'Budget', 'budget', 't', 't')").run();
}

describe('migration 9: comments, claims and settings', () => {
  it('keeps threads, replies, verdicts and claim sources, removed with their article', () => {
    const db = atVersion(join(tempDir(), 'm9.sqlite'), 9);
    seed(db);
    db.prepare("INSERT INTO comments (id, article_seq, quote, author_id, body, created_at) VALUES ('c', 1, 'q', 'u', 'Why?', 't')").run();
    db.prepare("INSERT INTO comment_replies (id, comment_seq, author_id, body, created_at) VALUES ('r', 1, 'u', 'Because.', 't')").run();
    db.prepare("INSERT INTO claims (id, article_seq, quote, created_by, created_at) VALUES ('k', 1, 'q', 'u', 't')").run();
    db.prepare("INSERT INTO claim_checks (claim_seq, status, note, checked_by, checked_at) VALUES (1, 'verified', '', 'u', 't')").run();
    db.prepare('INSERT INTO claim_sources (claim_seq, source_seq, position) VALUES (1, 1, 0)').run();
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    for (const table of ['comments', 'comment_replies', 'claims', 'claim_checks', 'claim_sources']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });

  it('refuses empty comments, half a resolution, unknown verdicts and a bad verdict without a note', () => {
    const db = atVersion(join(tempDir(), 'm9-checks.sqlite'), 9);
    seed(db);
    const comment = db.prepare("INSERT INTO comments (id, article_seq, quote, author_id, body, created_at, resolved_by, resolved_at) VALUES (?, 1, 'q', 'u', ?, 't', ?, ?)");
    expect(() => comment.run('c1', '', null, null)).toThrow(/CHECK/);
    expect(() => comment.run('c2', 'ok', 'u', null)).toThrow(/CHECK/);
    expect(() => comment.run('c3', 'ok', 'ghost', 't')).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO claims (id, article_seq, quote, created_by, created_at) VALUES ('k', 1, 'q', 'u', 't')").run();
    const check = db.prepare("INSERT INTO claim_checks (claim_seq, status, note, checked_by, checked_at) VALUES (1, ?, ?, 'u', 't')");
    expect(() => check.run('true', '')).toThrow(/CHECK/);
    expect(() => check.run('false', ' ')).toThrow(/CHECK/);
    expect(check.run('false', 'The budget says otherwise').changes).toBe(1);
    db.close();
  });

  it('keeps settings as valid JSON, one row per key', () => {
    const db = atVersion(join(tempDir(), 'm9-settings.sqlite'), 9);
    const set = db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 't')");
    set.run('factChecks', '{"publishClaimReview":true}');
    expect(() => set.run('factChecks', '{}')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => set.run('other', '{nope')).toThrow(/CHECK/);
    db.close();
  });

  it('upgrades an older database with articles: they have no comments, claims or settings', () => {
    const file = join(tempDir(), 'm9-upgrade.sqlite');
    const before = atVersion(file, 7);
    before.prepare("INSERT INTO articles (id, headline, created_by, created_at, updated_at) VALUES ('a', 'Kept', 'u', 't', 't')").run();
    before.close();
    const db = openDatabase(file);
    expect(db.prepare("SELECT headline FROM articles WHERE id = 'a'").get()).toEqual({ headline: 'Kept' });
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
    db.close();
  });
});
