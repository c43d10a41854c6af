import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, openDatabase } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { bodyOf, paragraphOf } from '../support/bodies';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';
const note = (text: string) => ({ type: 'footnote', version: 1, noteId: `n-${text.length}`, text, sourceIds: [] });
const matching = (db: Database.Database, query: string) =>
  (db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').all(query) as { rowid: number }[]).map((r) => r.rowid);

describe('migration 15: search covers footnote notes', () => {
  it('indexes the notes of the articles already stored, and keeps their headline, dek and body findable', () => {
    const file = join(tempDir(), 'm15.sqlite');
    const before = new Database(file);
    migrate(before, migrations.filter((m) => m.version <= 13));
    const article = before.prepare("INSERT INTO articles (id, headline, dek, created_by, created_at, updated_at) VALUES (?, ?, ?, 'u1', ?, ?)");
    const body = before.prepare('INSERT INTO article_bodies (article_seq, body_json) VALUES (?, ?)');
    const fts = before.prepare('INSERT INTO articles_fts (rowid, headline, dek, body) VALUES (?, ?, ?, ?)');
    article.run('a', 'Harbour budget', 'Council votes', T, T);
    body.run(1, JSON.stringify(bodyOf(paragraphOf('The pelicans stayed.', note('Minutes of the ferry committee'), ' More.', note('Letter from Zürich')))));
    fts.run(1, 'Harbour budget', 'Council votes', 'The pelicans stayed. More.');
    article.run('b', 'No notes here', '', T, T);
    body.run(2, JSON.stringify(bodyOf(paragraphOf('Only the ferry timetable.'))));
    fts.run(2, 'No notes here', '', 'Only the ferry timetable.');
    before.close();

    const db = openDatabase(file);
    expect(matching(db, 'committee')).toEqual([1]);
    expect(matching(db, 'zurich')).toEqual([1]);
    expect(matching(db, 'ferry')).toEqual([1, 2]);
    expect(matching(db, 'pelicans')).toEqual([1]);
    expect(matching(db, 'harbour')).toEqual([1]);
    expect(matching(db, 'council')).toEqual([1]);
    expect(db.prepare('SELECT notes FROM articles_fts WHERE rowid = 1').get()).toEqual({
      notes: 'Minutes of the ferry committee\n\nLetter from Zürich',
    });
    expect(db.prepare('SELECT notes FROM articles_fts WHERE rowid = 2').get()).toEqual({ notes: '' });
    db.close();
  });
});
