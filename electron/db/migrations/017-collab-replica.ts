import type { Migration } from './types';

/**
 * The workstation's replica of shared articles (issue 18): each document's Yjs updates as
 * an append-only log, written before an edit is acknowledged to anyone, so a crash loses
 * nothing typed; and per document, how far the log is known to be on the hub.
 *
 * `local_changes` counts the edits made on this machine that a row carries: 1 for an edit
 * typed here, 0 for one received from the hub, and for a row that compaction folded the
 * log into, the local edits it folded that were not yet on the hub. "N changes waiting"
 * is their sum past `hub_seq`, so it survives compaction and restarts.
 *
 * No foreign key to articles: a replica may hold a document that arrived from the hub
 * before its article row exists here.
 */
export const migration017: Migration = {
  version: 17,
  name: 'collab replica',
  up(db) {
    db.exec(`
      CREATE TABLE collab_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        document TEXT NOT NULL CHECK (length(document) BETWEEN 1 AND 200),
        data BLOB NOT NULL CHECK (length(data) > 0),
        local_changes INTEGER NOT NULL DEFAULT 0 CHECK (local_changes >= 0),
        created_at TEXT NOT NULL
      );
      CREATE INDEX collab_updates_by_document ON collab_updates (document, seq);
      CREATE TABLE collab_documents (
        document TEXT PRIMARY KEY,
        hub_seq INTEGER NOT NULL DEFAULT 0 CHECK (hub_seq >= 0),
        synced_at TEXT
      );
    `);
  },
};
