import type { Migration } from './types';

/**
 * The workstation's membership of a newsroom hub (issue 18): at most one row, written when
 * an admin joins a hub in Settings → Newsroom and deleted when they leave. No row is solo
 * mode, exactly as before. The hub's session token is not here: it is a credential, kept in
 * the secret store (the keychain in the app), never in SQLite.
 *
 * `hub_url` is the address as the workstation reaches it (http or https, no path);
 * `account_*` is the hub's account the workstation signed in as, as the hub answered it.
 */
export const migration018: Migration = {
  version: 18,
  name: 'newsroom membership',
  up(db) {
    db.exec(`
      CREATE TABLE newsroom_membership (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        hub_url TEXT NOT NULL CHECK (hub_url LIKE 'http://%' OR hub_url LIKE 'https://%') CHECK (length(hub_url) <= 2048),
        hub_name TEXT NOT NULL,
        account_id TEXT NOT NULL CHECK (length(account_id) BETWEEN 1 AND 64),
        account_name TEXT NOT NULL CHECK (length(account_name) >= 1),
        account_display_name TEXT NOT NULL,
        account_role TEXT NOT NULL CHECK (account_role IN ('writer', 'editor', 'desk_chief', 'admin')),
        token_expires_at TEXT NOT NULL,
        joined_at TEXT NOT NULL,
        joined_by TEXT NOT NULL
      );
    `);
  },
};
