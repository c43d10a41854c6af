import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../electron/db/connection';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';

describe('migration 11: approved publications', () => {
  it('keeps a publication and its hash with an approval, never a hash without its copy, and finds approvals by revision', () => {
    const db = openDatabase(join(tempDir(), 'm11.sqlite'));
    db.prepare("INSERT INTO articles (id, created_by, created_at, updated_at) VALUES ('a', 'u1', ?, ?)").run(T, T);
    const seq = (db.prepare("SELECT seq FROM articles WHERE id = 'a'").get() as { seq: number }).seq;
    db.prepare(`INSERT INTO revisions (id, article_seq, number, name, reason, meta_json, body_json, word_count, content_hash, author, created_at)
                VALUES ('r1', ?, 1, 'One', 'workflow', '{}', '{}', 0, ?, 'u1', ?)`).run(seq, 'b'.repeat(64), T);
    const approve = db.prepare(`INSERT INTO approvals (id, article_seq, revision_id, content_hash, approved_by, approved_at, publication_json, publication_hash)
                                VALUES (?, ?, 'r1', ?, 'u1', ?, ?, ?)`);
    approve.run('ap1', seq, 'b'.repeat(64), T, '{"formatVersion":1}', 'c'.repeat(64));
    // An approval made before this migration has neither.
    approve.run('ap0', seq, 'b'.repeat(64), T, null, null);
    expect(() => approve.run('ap2', seq, 'b'.repeat(64), T, null, 'c'.repeat(64))).toThrow(/CHECK/);
    expect(() => approve.run('ap3', seq, 'b'.repeat(64), T, '{}', 'short')).toThrow(/CHECK/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT publication_json FROM approvals WHERE revision_id = 'r1'").all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toContain('approvals_by_revision');
    db.close();
  });
});
