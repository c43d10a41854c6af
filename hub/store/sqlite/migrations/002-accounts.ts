import type { HubMigration } from './types';

/**
 * The hub's people and their sessions. Names are stored folded to lower case (the
 * workstation's rule), roles are the workstation's four, and a session is kept only by the
 * sha256 of its token; deleting a person's row takes their sessions with it.
 */
export const migration002: HubMigration = {
  version: 2,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (name = lower(name) AND length(name) BETWEEN 2 AND 40),
        display_name TEXT NOT NULL CHECK (trim(display_name) <> ''),
        role TEXT NOT NULL CHECK (role IN ('writer', 'editor', 'desk_chief', 'admin')),
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        password_hash TEXT NOT NULL CHECK (json_valid(password_hash)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_user ON sessions (user_id);
    `);
  },
};
