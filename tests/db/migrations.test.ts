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

describe('migration 4: users and sessions', () => {
  const insertUser = (db: Database.Database, id: string, name: string, role = 'writer') =>
    db
      .prepare(
        "INSERT INTO users (id, name, display_name, role, password_hash, password_salt, password_params, created_at, updated_at) VALUES (?, ?, 'N', ?, 'h', 's', '{}', 't', 't')",
      )
      .run(id, name, role);

  it('keeps user names unique without regard to case and refuses unknown roles', () => {
    const db = atVersion(join(tempDir(), 'm4.sqlite'), 4);
    insertUser(db, 'u1', 'ana');
    expect(() => insertUser(db, 'u2', 'ANA')).toThrow(/UNIQUE/);
    expect(() => insertUser(db, 'u3', 'bo', 'owner')).toThrow(/CHECK/);
    db.close();
  });

  it('ends a person’s sessions with their account', () => {
    const db = atVersion(join(tempDir(), 'm4-sessions.sqlite'), 4);
    db.pragma('foreign_keys = ON');
    insertUser(db, 'u1', 'ana');
    db.prepare("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ('x', 'u1', 't', 't', 't')").run();
    expect(() =>
      db.prepare("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ('y', 'nobody', 't', 't', 't')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM users WHERE id = 'u1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 5: workflow, approvals and audit log', () => {
  const auditRow = (seq: number) =>
    `INSERT INTO audit_log (seq, id, at, actor_name, action, prev_hash, hash) VALUES (${seq}, 'a${seq}', 't', 'Ana', 'auth.signIn', 'p', 'h')`;

  it('refuses to change or remove an audit row, even by hand', () => {
    const db = atVersion(join(tempDir(), 'm5.sqlite'), 5);
    db.exec(auditRow(1));
    expect(() => db.prepare("UPDATE audit_log SET note = 'edited' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
    db.exec(auditRow(2));
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
    db.close();
  });

  it('upgrades a database with articles: they keep their state and get a state time, no holder and no approval', () => {
    const file = join(tempDir(), 'm5-upgrade.sqlite');
    const v4 = atVersion(file, 4);
    v4.prepare(
      "INSERT INTO articles (id, headline, state, created_by, created_at, updated_at) VALUES ('a', 'Kept', 'draft', 'u', '2026-01-02T00:00:00.000Z', 't')",
    ).run();
    v4.close();
    const db = openDatabase(file);
    expect(db.prepare("SELECT headline, state, holder_id, approved_hash, state_changed_at FROM articles WHERE id = 'a'").get()).toEqual({
      headline: 'Kept',
      state: 'draft',
      holder_id: null,
      approved_hash: null,
      state_changed_at: '2026-01-02T00:00:00.000Z',
    });
    db.close();
  });

  it('binds an approval to an existing revision and keeps one acknowledgement per warning', () => {
    const db = atVersion(join(tempDir(), 'm5-approvals.sqlite'), 5);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO articles (id, created_by, created_at, updated_at) VALUES ('a', 'u', 't', 't')").run();
    db.prepare(
      "INSERT INTO revisions (id, article_seq, number, name, reason, meta_json, body_json, word_count, content_hash, author, created_at) VALUES ('r1', 1, 1, 'n', 'workflow', '{}', '{}', 0, 'h', 'u', 't')",
    ).run();
    const approve = db.prepare(
      "INSERT INTO approvals (id, article_seq, revision_id, content_hash, approved_by, approved_at) VALUES (?, 1, ?, 'h', 'u', 't')",
    );
    expect(() => approve.run('ap0', 'no-such-revision')).toThrow(/FOREIGN KEY/);
    approve.run('ap1', 'r1');
    const acknowledge = db.prepare(
      "INSERT INTO approval_acknowledgements (id, approval_id, finding_key, code, message, acknowledged_by, at) VALUES (?, 'ap1', 'HEADLINE_TOO_LONG@field:headline', 'HEADLINE_TOO_LONG', 'm', 'u', 't')",
    );
    acknowledge.run('k1');
    expect(() => acknowledge.run('k2')).toThrow(/UNIQUE/);
    db.close();
  });
});

describe('migration 6: sources, attachments and the citation index', () => {
  const insertSource = (db: Database.Database, id: string, kind = 'web_page', attribution: string | null = null) =>
    db
      .prepare(
        "INSERT INTO sources (id, kind, title, title_key, attribution, created_at, updated_at) VALUES (?, ?, 'A report', 'a report||', ?, 't', 't')",
      )
      .run(id, kind, attribution);

  it('refuses unknown kinds and attribution rules, and empty titles', () => {
    const db = atVersion(join(tempDir(), 'm6.sqlite'), 6);
    insertSource(db, 's1');
    expect(() => insertSource(db, 's2', 'rumour')).toThrow(/CHECK/);
    expect(() => insertSource(db, 's3', 'interview', 'off_the_record')).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO sources (id, kind, title, title_key, created_at, updated_at) VALUES ('s4', 'document', '', '||', 't', 't')").run(),
    ).toThrow(/CHECK/);
    expect(() => insertSource(db, 's1')).toThrow(/UNIQUE/);
    db.close();
  });

  it('drops an article’s attachments and index rows with the article, and a source’s attachments with the source', () => {
    const db = atVersion(join(tempDir(), 'm6-cascade.sqlite'), 6);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO articles (id, created_by, created_at, updated_at) VALUES ('a', 'u', 't', 't')").run();
    insertSource(db, 's1');
    insertSource(db, 's2');
    db.prepare("INSERT INTO article_sources (article_seq, source_seq, attached_at) VALUES (1, 1, 't'), (1, 2, 't')").run();
    db.prepare(
      "INSERT INTO citations (article_seq, ordinal, source_id, via, block, char_offset, char_length) VALUES (1, 0, 's1', 'citation', 0, 4, 9)",
    ).run();
    db.prepare("INSERT INTO footnotes (article_seq, number, note_id, text, block, char_offset) VALUES (1, 1, 'n1', 'A note', 0, 13)").run();
    expect(() =>
      db.prepare("INSERT INTO citations (article_seq, ordinal, source_id, via, block, char_offset, char_length) VALUES (1, 1, 's1', 'marker', 0, 0, 0)").run(),
    ).toThrow(/CHECK/);

    db.prepare("DELETE FROM sources WHERE id = 's2'").run();
    expect(db.prepare('SELECT count(*) AS n FROM article_sources').get()).toEqual({ n: 1 });
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    for (const table of ['article_sources', 'citations', 'footnotes']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.close();
  });

  it('upgrades a version-5 database with articles: they have no sources and an empty index', () => {
    const file = join(tempDir(), 'm6-upgrade.sqlite');
    const v5 = atVersion(file, 5);
    v5.prepare("INSERT INTO articles (id, headline, created_by, created_at, updated_at) VALUES ('a', 'Kept', 'u', 't', 't')").run();
    v5.close();
    const db = openDatabase(file);
    expect(db.prepare("SELECT headline FROM articles WHERE id = 'a'").get()).toEqual({ headline: 'Kept' });
    expect(db.prepare('SELECT count(*) AS n FROM article_sources').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 7: image library, rights and licence policy', () => {
  const insertAsset = (db: Database.Database, id: string, sha: string) =>
    db
      .prepare(
        "INSERT INTO assets (id, sha256, format, width, height, bytes, file_name, created_by, created_at) VALUES (?, ?, 'jpeg', 800, 600, 1000, 'a.jpg', 'u', 't')",
      )
      .run(id, sha);
  const sha = (ch: string) => ch.repeat(64);

  it('stores each image once by hash and refuses formats and sizes it does not know', () => {
    const db = atVersion(join(tempDir(), 'm7.sqlite'), 7);
    insertAsset(db, 'a1', sha('a'));
    expect(() => insertAsset(db, 'a2', sha('a'))).toThrow(/UNIQUE/);
    expect(() => insertAsset(db, 'a3', 'short')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("INSERT INTO assets (id, sha256, format, width, height, bytes, file_name, created_by, created_at) VALUES ('a4', ?, 'svg', 1, 1, 1, 'x', 'u', 't')")
        .run(sha('b')),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('keeps one rights row per image, removed with it, with a well-formed expiry date', () => {
    const db = atVersion(join(tempDir(), 'm7-rights.sqlite'), 7);
    db.pragma('foreign_keys = ON');
    insertAsset(db, 'a1', sha('c'));
    const rights = db.prepare("INSERT INTO image_rights (asset_seq, expires_on, updated_by, updated_at) VALUES (?, ?, 'u', 't')");
    rights.run(1, '2026-12-31');
    expect(() => rights.run(1, null)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => rights.run(99, null)).toThrow(/FOREIGN KEY/);
    insertAsset(db, 'a2', sha('d'));
    expect(() => rights.run(2, '31/12/2026')).toThrow(/CHECK/);
    db.prepare("DELETE FROM assets WHERE id = 'a1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM image_rights').get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps a single licence policy row', () => {
    const db = atVersion(join(tempDir(), 'm7-policy.sqlite'), 7);
    const policy = db.prepare("INSERT INTO licence_policy (id, policy_json, updated_by, updated_at) VALUES (?, '{}', 'u', 't')");
    policy.run(1);
    expect(() => policy.run(2)).toThrow(/CHECK/);
    db.close();
  });

  it('upgrades a version-6 database with articles: an empty library and the default policy', () => {
    const file = join(tempDir(), 'm7-upgrade.sqlite');
    const v6 = atVersion(file, 6);
    v6.prepare("INSERT INTO articles (id, headline, created_by, created_at, updated_at) VALUES ('a', 'Kept', 'u', 't', 't')").run();
    v6.close();
    const db = openDatabase(file);
    expect(db.prepare("SELECT headline FROM articles WHERE id = 'a'").get()).toEqual({ headline: 'Kept' });
    expect(db.prepare('SELECT count(*) AS n FROM assets').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM licence_policy').get()).toEqual({ n: 0 });
    db.close();
  });
});
