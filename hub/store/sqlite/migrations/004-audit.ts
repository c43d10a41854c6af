import type { HubMigration } from './types';

/**
 * The hub's audit chain: each entry hashed over all its columns and its predecessor's hash
 * (shared/node/hash-chain.ts, the workstation's rule), numbered without gaps.
 */
export const migration004: HubMigration = {
  version: 4,
  name: 'audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_entries (
        seq INTEGER PRIMARY KEY CHECK (seq >= 1),
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT NOT NULL,
        action TEXT NOT NULL,
        article_id TEXT,
        from_state TEXT,
        to_state TEXT,
        revision_hash TEXT,
        note TEXT,
        details_json TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
    `);
  },
};
