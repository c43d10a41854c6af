import type { Migration } from './types';

/**
 * Each person's link to the newsroom hub on a joined workstation (issue 18): who has a hub
 * session here (their token itself is in the secret store, under `newsroom:hub-token:<user id>`,
 * never in SQLite) and when the hub last accepted their password here.
 *
 * `verified_at` is when the hub last accepted the password whose scrypt verifier is the
 * user's own `password_*` columns: a person signs in offline against that verifier only for
 * a while after it (electron/auth/hub-sign-in.ts says how long). NULL when the hub never
 * checked a password here for them (the admin who joined the workstation signed in locally).
 * `token_expires_at` is NULL when they have no hub token here (it expired, or the hub refused it).
 */
export const migration020: Migration = {
  version: 20,
  name: 'newsroom people',
  up(db) {
    db.exec(`
      CREATE TABLE newsroom_people (
        user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        hub_url TEXT NOT NULL CHECK (hub_url LIKE 'http://%' OR hub_url LIKE 'https://%'),
        verified_at TEXT,
        token_expires_at TEXT
      );
    `);
  },
};
