import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../electron/db/connection';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';

describe('migration 10: house style, review views, revision rights', () => {
  it('keeps one rule set, one last look per person and article, and drops looks with their article', () => {
    const db = openDatabase(join(tempDir(), 'm10.sqlite'));
    db.prepare("INSERT INTO style_rules (id, rules_json, updated_by, updated_at) VALUES (1, '{}', 'u', ?)").run(T);
    expect(() => db.prepare("INSERT INTO style_rules (id, rules_json, updated_by, updated_at) VALUES (2, '{}', 'u', ?)").run(T)).toThrow(/CHECK/);

    db.prepare("INSERT INTO users (id, name, display_name, role, password_hash, password_salt, password_params, created_at, updated_at) VALUES ('u1', 'dora', 'Dora', 'desk_chief', 'h', 's', '{}', ?, ?)").run(T, T);
    db.prepare("INSERT INTO articles (id, created_by, created_at, updated_at) VALUES ('a', 'u1', ?, ?)").run(T, T);
    const seq = (db.prepare("SELECT seq FROM articles WHERE id = 'a'").get() as { seq: number }).seq;
    const look = db.prepare("INSERT INTO review_views (user_id, article_seq, version, snapshot_json, seen_at) VALUES ('u1', ?, ?, '{}', ?)");
    look.run(seq, 1, T);
    expect(() => look.run(seq, 2, T)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => look.run(seq, -1, T)).toThrow();
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) AS n FROM review_views').get()).toEqual({ n: 0 });
    db.close();
  });

  it('records the rights of the images a revision shows when the revision is written', () => {
    const db = openDatabase(join(tempDir(), 'm10-rights.sqlite'));
    db.prepare("INSERT INTO articles (id, created_by, created_at, updated_at) VALUES ('a', 'u1', ?, ?)").run(T, T);
    const seq = (db.prepare("SELECT seq FROM articles WHERE id = 'a'").get() as { seq: number }).seq;
    db.prepare(`INSERT INTO assets (id, sha256, format, width, height, bytes, file_name, created_by, created_at)
                VALUES ('img1', ?, 'jpeg', 10, 10, 100, 'port.jpg', 'u1', ?)`).run('a'.repeat(64), T);
    const assetSeq = (db.prepare("SELECT seq FROM assets WHERE id = 'img1'").get() as { seq: number }).seq;
    db.prepare("INSERT INTO image_rights (asset_seq, credit_line, licence_id, updated_by, updated_at) VALUES (?, 'Reuters', 'CC-BY-4.0', 'u1', ?)").run(assetSeq, T);
    const body = JSON.stringify({ editorState: { root: { children: [{ type: 'figure', assetId: 'img1' }, { type: 'figure', assetId: 'missing' }] } } });
    db.prepare(`INSERT INTO revisions (id, article_seq, number, name, reason, meta_json, body_json, word_count, content_hash, author, created_at)
                VALUES ('r1', ?, 1, 'One', 'manual', '{}', ?, 0, ?, 'u1', ?)`).run(seq, body, 'b'.repeat(64), T);
    db.prepare("UPDATE image_rights SET licence_id = 'CC-BY-NC-4.0'").run();
    const rows = db.prepare('SELECT asset_id, rights_json FROM revision_rights').all() as { asset_id: string; rights_json: string }[];
    expect(rows.map((r) => [r.asset_id, JSON.parse(r.rights_json)['Licence'], JSON.parse(r.rights_json)['Credit line']])).toEqual([['img1', 'CC-BY-4.0', 'Reuters']]);
    db.close();
  });
});
