import type { Migration } from './types';

/**
 * Which articles this workstation shares through its newsroom hub (issue 18, live editing).
 * `origin` says who started the shared copy: `here` (this workstation registered its own
 * article on the hub and is the only one that may seed the hub's document from the article
 * row) or `hub` (another person's article, opened here by id). `seeded_at` is set once the
 * shared document holds the article; until then the article opens solo, as before.
 */
export const migration019: Migration = {
  version: 19,
  name: 'shared articles',
  up(db) {
    db.exec(`
      CREATE TABLE shared_articles (
        article_id TEXT PRIMARY KEY CHECK (length(article_id) BETWEEN 1 AND 64),
        origin TEXT NOT NULL CHECK (origin IN ('here', 'hub')),
        registered_at TEXT NOT NULL,
        seeded_at TEXT
      );
    `);
  },
};
