import type { Migration } from './types';

/**
 * Publishing: targets (settings only: secrets live in the secret store, never here), the
 * durable outbox, and what Galley knows of each article's copy on each target.
 *
 * The outbox records intent before it sends: a job moves to `sending` (with its attempt
 * counted and `intent_at` set) in a committed transaction, and only then is the target
 * called. A job found in `sending` at start-up may have reached the target, so it is
 * reconciled by the target's stable key before anything is created.
 */
export const migration008: Migration = {
  version: 8,
  name: 'publishing targets, outbox and publications',
  up(db) {
    db.exec(`
      CREATE TABLE publishing_targets (
        seq           INTEGER PRIMARY KEY,
        id            TEXT NOT NULL UNIQUE,
        name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind          TEXT NOT NULL CHECK (kind IN ('folder', 'webhook', 'ghost', 'wordpress')),
        settings_json TEXT NOT NULL,
        enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        -- The names of the secret fields that have a value in the secret store; never the values.
        secret_fields_json TEXT NOT NULL DEFAULT '[]',
        removed_at    TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );

      CREATE TABLE publishing_jobs (
        seq             INTEGER PRIMARY KEY,
        id              TEXT NOT NULL UNIQUE,
        article_seq     INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        revision_id     TEXT REFERENCES revisions (id),
        target_seq      INTEGER NOT NULL REFERENCES publishing_targets (seq),
        action          TEXT NOT NULL CHECK (action IN ('publish', 'update', 'unpublish')),
        state           TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'done', 'retrying', 'failed', 'conflict')),
        attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at TEXT,
        intent_at       TEXT,
        sender_pid      INTEGER,
        last_error      TEXT,
        error_kind      TEXT,
        correction_note TEXT,
        force_update    INTEGER NOT NULL DEFAULT 0 CHECK (force_update IN (0, 1)),
        created_by      TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );
      CREATE INDEX publishing_jobs_active ON publishing_jobs (target_seq, seq) WHERE state IN ('pending', 'sending', 'retrying');
      CREATE INDEX publishing_jobs_by_article ON publishing_jobs (article_seq, target_seq, seq);
      CREATE INDEX publishing_jobs_by_update ON publishing_jobs (updated_at DESC);

      CREATE TABLE publications (
        article_seq        INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        target_seq         INTEGER NOT NULL REFERENCES publishing_targets (seq),
        remote_id          TEXT NOT NULL,
        url                TEXT,
        remote_version     TEXT,
        images_json        TEXT NOT NULL DEFAULT '{}',
        remote_state       TEXT NOT NULL CHECK (remote_state IN ('live', 'down')),
        synced_revision_id TEXT REFERENCES revisions (id),
        first_published_at TEXT,
        synced_at          TEXT NOT NULL,
        PRIMARY KEY (article_seq, target_seq)
      );

      -- Facts Galley keeps once (e.g. that the default folder target was made, so removing it sticks).
      CREATE TABLE publishing_flags (
        name TEXT PRIMARY KEY,
        at   TEXT NOT NULL
      );
    `);
  },
};
