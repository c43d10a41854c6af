import type { Migration } from './types';

/**
 * The workflow: who holds an article, what approved revision it carries, its schedule;
 * the history of its steps; approvals and the warnings acknowledged for them; and the
 * audit log, which triggers keep append-only and whose rows are chained by hash
 * (electron/audit) so that a row altered or removed behind Galley's back is detected.
 */
export const migration005: Migration = {
  version: 5,
  name: 'workflow, approvals and audit log',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN holder_id TEXT;
      ALTER TABLE articles ADD COLUMN state_changed_at TEXT;
      ALTER TABLE articles ADD COLUMN approved_revision_id TEXT;
      ALTER TABLE articles ADD COLUMN approved_hash TEXT;
      ALTER TABLE articles ADD COLUMN publish_at TEXT;
      ALTER TABLE articles ADD COLUMN published_revision_id TEXT;
      ALTER TABLE articles ADD COLUMN published_at TEXT;
      UPDATE articles SET state_changed_at = created_at;
      CREATE INDEX articles_by_state ON articles (state, state_changed_at DESC);
      CREATE INDEX articles_by_author ON articles (created_by, state);
      CREATE INDEX articles_by_holder ON articles (holder_id, state) WHERE holder_id IS NOT NULL;

      CREATE TABLE article_transitions (
        id           TEXT PRIMARY KEY,
        article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        action       TEXT NOT NULL,
        from_state   TEXT NOT NULL,
        to_state     TEXT NOT NULL,
        actor_id     TEXT NOT NULL,
        note         TEXT,
        revision_id  TEXT,
        content_hash TEXT,
        at           TEXT NOT NULL
      );
      CREATE INDEX transitions_by_article ON article_transitions (article_seq, at DESC);

      CREATE TABLE approvals (
        id           TEXT PRIMARY KEY,
        article_seq  INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        revision_id  TEXT NOT NULL REFERENCES revisions (id),
        content_hash TEXT NOT NULL,
        approved_by  TEXT NOT NULL,
        approved_at  TEXT NOT NULL,
        voided_at    TEXT,
        voided_by    TEXT,
        void_reason  TEXT
      );
      CREATE INDEX approvals_by_article ON approvals (article_seq, approved_at DESC);

      CREATE TABLE approval_acknowledgements (
        id              TEXT PRIMARY KEY,
        approval_id     TEXT NOT NULL REFERENCES approvals (id) ON DELETE CASCADE,
        finding_key     TEXT NOT NULL,
        code            TEXT NOT NULL,
        message         TEXT NOT NULL,
        acknowledged_by TEXT NOT NULL,
        at              TEXT NOT NULL,
        UNIQUE (approval_id, finding_key)
      );

      CREATE TABLE audit_log (
        seq           INTEGER PRIMARY KEY,
        id            TEXT NOT NULL UNIQUE,
        at            TEXT NOT NULL,
        actor_id      TEXT,
        actor_name    TEXT NOT NULL,
        action        TEXT NOT NULL,
        article_id    TEXT,
        from_state    TEXT,
        to_state      TEXT,
        revision_hash TEXT,
        note          TEXT,
        details_json  TEXT NOT NULL DEFAULT '{}',
        prev_hash     TEXT NOT NULL,
        hash          TEXT NOT NULL
      );
      CREATE INDEX audit_by_article ON audit_log (article_id) WHERE article_id IS NOT NULL;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be changed'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be removed'); END;
    `);
  },
};
