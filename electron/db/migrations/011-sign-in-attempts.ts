import type { Migration } from './types';

/**
 * Failed sign-ins, counted per account name and per client (a browser window, the command
 * line), so that guessing passwords is slowed for the host and the command line alike and
 * the count survives a restart. A row is removed when its account or client signs in.
 */
export const migration011: Migration = {
  version: 11,
  name: 'sign-in attempts',
  up(db) {
    db.exec(`
      CREATE TABLE sign_in_attempts (
        key      TEXT PRIMARY KEY,
        failures INTEGER NOT NULL CHECK (failures >= 0),
        last_at  TEXT NOT NULL
      );
    `);
  },
};
