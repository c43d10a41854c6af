import type { Migration } from './types';

/** Immutable snapshots of an article: named versions, restores, workflow steps. */
export const migration002: Migration = {
  version: 2,
  name: 'revisions',
  up(db) {
    db.exec(`
      CREATE TABLE revisions (
        id           TEXT PRIMARY KEY,
        article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        number       INTEGER NOT NULL,
        name         TEXT NOT NULL,
        reason       TEXT NOT NULL,
        meta_json    TEXT NOT NULL,
        body_json    TEXT NOT NULL,
        word_count   INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        author       TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        UNIQUE (article_seq, number)
      );
    `);
  },
};
