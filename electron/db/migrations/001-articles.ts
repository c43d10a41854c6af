import type { Migration } from './types';

/**
 * Articles and their working copy. The body lives in its own table so that listing and
 * sorting 100,000 articles never reads a document.
 */
export const migration001: Migration = {
  version: 1,
  name: 'articles and working copies',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        seq          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        headline     TEXT NOT NULL DEFAULT '',
        dek          TEXT NOT NULL DEFAULT '',
        bylines_json TEXT NOT NULL DEFAULT '[]',
        section      TEXT NOT NULL DEFAULT '',
        tags_json    TEXT NOT NULL DEFAULT '[]',
        slug         TEXT NOT NULL DEFAULT '',
        dateline     TEXT NOT NULL DEFAULT '',
        language     TEXT NOT NULL DEFAULT 'en',
        state        TEXT NOT NULL DEFAULT 'draft',
        version      INTEGER NOT NULL DEFAULT 0,
        word_count   INTEGER NOT NULL DEFAULT 0,
        created_by   TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );
      CREATE INDEX articles_by_update ON articles (updated_at DESC, seq DESC);

      CREATE TABLE article_bodies (
        article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
        body_json   TEXT NOT NULL
      );
    `);
  },
};
