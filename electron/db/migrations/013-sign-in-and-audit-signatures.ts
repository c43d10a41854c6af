import type { Migration } from './types';

/**
 * Two hardenings.
 *
 * - sign_in_attempts: failed sign-ins, counted per account name and per client (a browser
 *   window, the command line), so that guessing passwords is slowed for the host and the command line alike and
 *   the count survives a restart. A row is removed when its account or client signs in.
 * - audit_log.mac: each entry's signature, by a key kept outside the database (see
 *   electron/audit/anchor.ts); null for entries written without the key.
 */
export const migration013: Migration = {
  version: 13,
  name: 'sign-in attempts and audit signatures',
  up(db) {
    db.exec(`
      CREATE TABLE sign_in_attempts (
        key      TEXT PRIMARY KEY,
        failures INTEGER NOT NULL CHECK (failures >= 0),
        last_at  TEXT NOT NULL
      );
      ALTER TABLE audit_log ADD COLUMN mac TEXT;
    `);
  },
};
