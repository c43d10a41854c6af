import type { Migration } from './types';

/**
 * Search covers the footnotes' notes. FTS5 tables cannot gain a column, so the index is
 * rebuilt with a fourth one, `notes`, and every existing article is indexed again in the
 * same step: headline and dek from the article, the body's text from the old index (what
 * the last save indexed), and the notes read from the stored body, in document order
 * (json_tree walks depth first), so an upgraded library finds its notes at once.
 */
export const migration015: Migration = {
  version: 15,
  name: 'search footnote notes',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE articles_fts_next USING fts5 (
        headline, dek, body, notes,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO articles_fts_next (rowid, headline, dek, body, notes)
      SELECT a.seq, a.headline, a.dek, coalesce(f.body, ''),
             coalesce((SELECT group_concat(json_extract(t.value, '$.text'), char(10) || char(10))
                       FROM json_tree(b.body_json) t
                       WHERE t.type = 'object' AND json_extract(t.value, '$.type') = 'footnote'), '')
      FROM articles a
      LEFT JOIN articles_fts f ON f.rowid = a.seq
      LEFT JOIN article_bodies b ON b.article_seq = a.seq;
      DROP TABLE articles_fts;
      ALTER TABLE articles_fts_next RENAME TO articles_fts;
    `);
  },
};
