import type { Migration } from './types';

/**
 * Review: comment threads and their replies, claims with their verdict history and the
 * sources they are checked against, and a small key/value store of the outlet's settings.
 *
 * A comment or claim is anchored in the body by a mark carrying its id (shared/content/marks);
 * the body is the truth about where it is, these rows about what was said and decided. The
 * quote is kept from creation so that a comment whose words were deleted still shows them.
 * Whether a mark is still in the text is not stored: it is read from the saved body.
 */
export const migration009: Migration = {
  version: 9,
  name: 'comments, claims and settings',
  up(db) {
    db.exec(`
      CREATE TABLE comments (
        seq          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        quote        TEXT NOT NULL,
        author_id    TEXT NOT NULL REFERENCES users (id),
        body         TEXT NOT NULL CHECK (body <> ''),
        created_at   TEXT NOT NULL,
        blocking     INTEGER NOT NULL DEFAULT 0 CHECK (blocking IN (0, 1)),
        resolved_by  TEXT REFERENCES users (id),
        resolved_at  TEXT,
        CHECK ((resolved_by IS NULL) = (resolved_at IS NULL))
      );
      CREATE INDEX comments_by_article ON comments (article_seq, seq);

      CREATE TABLE comment_replies (
        seq          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        comment_seq  INTEGER NOT NULL REFERENCES comments (seq) ON DELETE CASCADE,
        author_id    TEXT NOT NULL REFERENCES users (id),
        body         TEXT NOT NULL CHECK (body <> ''),
        created_at   TEXT NOT NULL
      );
      CREATE INDEX comment_replies_by_comment ON comment_replies (comment_seq, seq);

      CREATE TABLE claims (
        seq          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        quote        TEXT NOT NULL,
        created_by   TEXT NOT NULL REFERENCES users (id),
        created_at   TEXT NOT NULL
      );
      CREATE INDEX claims_by_article ON claims (article_seq, seq);

      -- Every verdict ever recorded; the claim's status is its latest row (none: unchecked).
      CREATE TABLE claim_checks (
        seq          INTEGER PRIMARY KEY,
        claim_seq    INTEGER NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
        status       TEXT NOT NULL CHECK (status IN ('unchecked', 'verified', 'disputed', 'false', 'unverifiable')),
        note         TEXT NOT NULL DEFAULT '',
        checked_by   TEXT NOT NULL REFERENCES users (id),
        checked_at   TEXT NOT NULL,
        CHECK (status NOT IN ('disputed', 'false', 'unverifiable') OR trim(note) <> '')
      );
      CREATE INDEX claim_checks_by_claim ON claim_checks (claim_seq, seq);

      -- The sources a claim is checked against (sources of the library; removed with either side).
      CREATE TABLE claim_sources (
        claim_seq    INTEGER NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
        source_seq   INTEGER NOT NULL REFERENCES sources (seq) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        PRIMARY KEY (claim_seq, source_seq)
      ) WITHOUT ROWID;

      -- The outlet's settings: one JSON value per key, validated by zod on the way in and out.
      CREATE TABLE settings (
        key          TEXT PRIMARY KEY CHECK (key <> ''),
        value        TEXT NOT NULL CHECK (json_valid(value)),
        updated_at   TEXT NOT NULL,
        updated_by   TEXT REFERENCES users (id)
      ) WITHOUT ROWID;
    `);
  },
};
