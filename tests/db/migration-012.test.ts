import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../electron/db/connection';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';

describe('migration 12: approved publications', () => {
  it('keeps a publication and its hash with an approval, never a hash without its copy, and finds approvals by revision', () => {
    const db = openDatabase(join(tempDir(), 'm12.sqlite'));
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

  it('keeps the sources a revision cites or attaches, as they were when it was written', () => {
    const db = openDatabase(join(tempDir(), 'm12-sources.sqlite'));
    db.prepare("INSERT INTO articles (id, created_by, created_at, updated_at) VALUES ('a', 'u1', ?, ?)").run(T, T);
    const seq = (db.prepare("SELECT seq FROM articles WHERE id = 'a'").get() as { seq: number }).seq;
    const source = db.prepare("INSERT INTO sources (id, kind, title, title_key, attribution, interview_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    source.run('s-cited', 'document', 'Audit', 'audit', null, null, T, T);
    source.run('s-attached', 'interview', 'Interview', 'interview', 'anonymous', 'Jane Doe', T, T);
    source.run('s-other', 'document', 'Elsewhere', 'elsewhere', null, null, T, T);
    const revision = db.prepare(`INSERT INTO revisions (id, article_seq, number, name, reason, meta_json, body_json, word_count, content_hash, author, created_at)
                                 VALUES (?, ?, ?, 'v', 'manual', '{}', ?, 0, ?, 'u1', ?)`);
    revision.run('r0', seq, 1, '{}', 'b'.repeat(64), T);
    db.prepare("INSERT INTO article_sources (article_seq, source_seq, attached_at) SELECT ?, seq, ? FROM sources WHERE id = 's-attached'").run(seq, T);
    const body = JSON.stringify({ editorState: { root: { children: [{ type: 'paragraph', children: [{ type: 'citation', sourceIds: ['s-cited'] }] }] } } });
    revision.run('r1', seq, 2, body, 'c'.repeat(64), T);
    db.prepare("UPDATE sources SET title = 'Changed later'").run();
    const kept = (id: string) => JSON.parse((db.prepare('SELECT sources_json FROM revision_sources WHERE revision_id = ?').get(id) as { sources_json: string }).sources_json) as { id: string; title: string; attribution: string | null }[];
    expect(kept('r0')).toEqual([]);
    expect(kept('r1').map((s) => [s.id, s.title, s.attribution])).toEqual([
      ['s-cited', 'Audit', null],
      ['s-attached', 'Interview', 'anonymous'],
    ]);
    db.close();
  });
});
