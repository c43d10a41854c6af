import type { Migration } from './types';

/**
 * Sources: the newsroom's library, the sources attached to each article, and an index of
 * the citations and footnotes in each working copy. The index is rebuilt from the body in
 * the transaction of every save (electron/sources/body-index); the body stays the truth.
 * It makes "where is this source cited" a lookup, and refusing to delete a cited source
 * safe. Index rows name sources by id without a foreign key: a body may cite a source that
 * is gone, and the dangling-reference check is what reports it.
 */
export const migration006: Migration = {
  version: 6,
  name: 'sources, attachments and the citation index',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        seq               INTEGER PRIMARY KEY,
        id                TEXT NOT NULL UNIQUE,
        kind              TEXT NOT NULL CHECK (kind IN ('web_page', 'document', 'dataset', 'interview', 'press_release',
                                                        'social_post', 'wire_copy', 'book_paper')),
        title             TEXT NOT NULL CHECK (title <> ''),
        url               TEXT NOT NULL DEFAULT '',
        publisher         TEXT NOT NULL DEFAULT '',
        author            TEXT NOT NULL DEFAULT '',
        published_date    TEXT NOT NULL DEFAULT '',
        accessed_date     TEXT NOT NULL DEFAULT '',
        archive_url       TEXT NOT NULL DEFAULT '',
        notes             TEXT NOT NULL DEFAULT '',
        -- Interviews only (NULL attribution: not an interview).
        interview_name    TEXT,
        interview_role    TEXT,
        interview_contact TEXT,
        attribution       TEXT CHECK (attribution IN ('on_the_record', 'background', 'anonymous')),
        -- Identity keys (shared/sources/identity): duplicates are found through these.
        url_key           TEXT NOT NULL DEFAULT '',
        title_key         TEXT NOT NULL,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      );
      CREATE INDEX sources_by_url_key ON sources (url_key) WHERE url_key <> '';
      CREATE INDEX sources_by_title_key ON sources (title_key);
      CREATE INDEX sources_by_update ON sources (updated_at DESC, seq DESC);

      CREATE TABLE article_sources (
        article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        source_seq  INTEGER NOT NULL REFERENCES sources (seq) ON DELETE CASCADE,
        attached_at TEXT NOT NULL,
        PRIMARY KEY (article_seq, source_seq)
      ) WITHOUT ROWID;
      CREATE INDEX article_sources_by_source ON article_sources (source_seq);

      CREATE TABLE citations (
        article_seq   INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        ordinal       INTEGER NOT NULL,
        source_id     TEXT NOT NULL,
        -- 'citation': a citation in the text; 'footnote': a footnote's own citation (note_id set).
        via           TEXT NOT NULL CHECK (via IN ('citation', 'footnote')),
        note_id       TEXT,
        block         INTEGER NOT NULL,
        char_offset   INTEGER NOT NULL,
        char_length   INTEGER NOT NULL,
        locator_kind  TEXT,
        locator_value TEXT,
        PRIMARY KEY (article_seq, via, ordinal, source_id)
      ) WITHOUT ROWID;
      CREATE INDEX citations_by_source ON citations (source_id);

      CREATE TABLE footnotes (
        article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        number      INTEGER NOT NULL,
        note_id     TEXT NOT NULL,
        text        TEXT NOT NULL,
        block       INTEGER NOT NULL,
        char_offset INTEGER NOT NULL,
        PRIMARY KEY (article_seq, number)
      ) WITHOUT ROWID;
    `);
  },
};
