import type { PostgresMigration } from './types';

/**
 * The newsroom's accounts and their sessions. Names are stored folded to lower case (the
 * workstation's rule, shared/domain/user.ts), so one unique index makes them unique
 * whatever their case. Sessions are kept by the sha256 of their token, so a dump of the
 * database does not let anyone sign in.
 */
export const migration002: PostgresMigration = {
  version: 2,
  name: 'users and sessions',
  sql: `
    CREATE TABLE users (
      id            text PRIMARY KEY,
      name          text NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
      display_name  text NOT NULL CHECK (btrim(display_name) <> ''),
      role          text NOT NULL CHECK (role IN ('writer', 'editor', 'desk_chief', 'admin')),
      disabled      boolean NOT NULL DEFAULT false,
      password_hash text NOT NULL,
      created_at    timestamptz NOT NULL DEFAULT now(),
      updated_at    timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT users_name_unique UNIQUE (name)
    );

    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      user_id    text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_by_user ON sessions (user_id);
  `,
};
