import type { Migration } from './types';

/**
 * People and their sessions. Passwords are stored as scrypt hashes with a per-user salt
 * and the parameters beside them, so the cost can rise later without breaking old hashes.
 * Sessions are stored by the hash of their token: a copy of the file does not let anyone
 * sign in as someone else.
 */
export const migration004: Migration = {
  version: 4,
  name: 'users and sessions',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name    TEXT NOT NULL,
        role            TEXT NOT NULL CHECK (role IN ('writer', 'editor', 'desk_chief', 'admin')),
        disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        password_hash   TEXT NOT NULL,
        password_salt   TEXT NOT NULL,
        password_params TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );

      CREATE TABLE sessions (
        token_hash   TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at   TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at   TEXT NOT NULL
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
    `);
  },
};
