import type { Migration } from './types';

/**
 * Full-text search over headline, dek and body. Rows are keyed by articles.seq and
 * written by the article repository in the same transaction as the article, so the
 * index can never disagree with what was saved.
 */
export const migration003: Migration = {
  version: 3,
  name: 'full-text search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        headline, dek, body,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
