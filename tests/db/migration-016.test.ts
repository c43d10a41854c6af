import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';

describe('migration 16: claim authors and byline urls', () => {
  it('keeps claims marked before it without an author, and an author only whole: a kind with a name', () => {
    const db = new Database(join(tempDir(), 'm16.sqlite'));
    migrate(db, migrations.filter((m) => m.version < 16));
    db.prepare("INSERT INTO users (id, name, display_name, role, password_hash, password_salt, password_params, created_at, updated_at) VALUES ('u1', 'ed', 'Ed', 'editor', 'x', 'x', '{}', ?, ?)").run(T, T);
    db.prepare("INSERT INTO articles (id, created_by, created_at, updated_at) VALUES ('a', 'u1', ?, ?)").run(T, T);
    db.prepare("INSERT INTO claims (id, article_seq, quote, created_by, created_at) VALUES ('c-old', 1, 'Older claim.', 'u1', ?)").run(T);
    migrate(db, migrations);

    const author = (id: string) => db.prepare('SELECT author_kind, author_name, author_url FROM claims WHERE id = ?').get(id);
    expect(author('c-old')).toEqual({ author_kind: null, author_name: null, author_url: '' });

    const set = db.prepare("UPDATE claims SET author_kind = ?, author_name = ?, author_url = ? WHERE id = 'c-old'");
    set.run('organization', 'Harbour Authority', 'https://harbour.example');
    expect(author('c-old')).toEqual({ author_kind: 'organization', author_name: 'Harbour Authority', author_url: 'https://harbour.example' });
    expect(() => set.run('committee', 'Harbour Authority', '')).toThrow(/CHECK/);
    expect(() => set.run('person', '  ', '')).toThrow(/CHECK/);
    expect(() => set.run('person', null, '')).toThrow(/both a kind and a name/);
    expect(() => set.run(null, 'Jane Roe', '')).toThrow(/both a kind and a name/);
    expect(() =>
      db.prepare("INSERT INTO claims (id, article_seq, quote, created_by, created_at, author_name) VALUES ('c-new', 1, 'x', 'u1', ?, 'Jane Roe')").run(T),
    ).toThrow(/both a kind and a name/);
    set.run(null, null, '');
    expect(author('c-old')).toEqual({ author_kind: null, author_name: null, author_url: '' });

    // Articles from before have no author pages; a value is a JSON object (name → address).
    const pages = () => db.prepare("SELECT byline_urls_json FROM articles WHERE id = 'a'").pluck().get();
    expect(pages()).toBeNull();
    const setPages = db.prepare("UPDATE articles SET byline_urls_json = ? WHERE id = 'a'");
    setPages.run('{"Wren Writer":"https://news.example/staff/wren"}');
    expect(pages()).toBe('{"Wren Writer":"https://news.example/staff/wren"}');
    expect(() => setPages.run('["https://news.example"]')).toThrow(/CHECK/);
    db.close();
  });
});
