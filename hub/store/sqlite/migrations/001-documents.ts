import type { HubMigration } from './types';

/**
 * Each document is its last compacted state plus the updates appended after it. Updates
 * share one sequence across documents (AUTOINCREMENT never reuses a number, even after
 * compaction deleted the highest), so a state's `through_seq` names exactly which updates
 * it already holds.
 */
export const migration001: HubMigration = {
  version: 1,
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE document_states (
        name TEXT PRIMARY KEY,
        state BLOB NOT NULL,
        through_seq INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE document_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX document_updates_by_name ON document_updates (name, seq);
    `);
  },
};
