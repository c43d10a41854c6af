import type { Migration } from './types';

/**
 * Edits the hub refused (issue 18, "Refused edits are never merged silently"). Hocuspocus
 * keeps a read-only connection's edits on the client and sends them again when write
 * access returns, so a writer's edits typed after an approval would reappear after a
 * reopen. The replica therefore takes such edits back out of the document it shows and
 * keeps the person's text apart, to be offered: discard it, or keep it as a new draft.
 *
 * `collab_updates.held` marks the log rows of a hold: the refused edits themselves and the
 * update that took them back out. They stay in the log (the document must keep every
 * update it has seen, or the next sync would disagree with the hub on what exists), but
 * they are no longer "waiting", and a restart never treats them as edits to take back again.
 *
 * `collab_held` is what the person had typed, as they saw it when the hub refused it: the
 * whole article (body and metadata, Galley's stored JSON), how many edits were refused, and why.
 */
export const migration021: Migration = {
  version: 21,
  name: 'collab held edits',
  up(db) {
    db.exec(`
      ALTER TABLE collab_updates ADD COLUMN held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1));
      CREATE TABLE collab_held (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document TEXT NOT NULL CHECK (length(document) BETWEEN 1 AND 200),
        body_json TEXT NOT NULL CHECK (json_valid(body_json)),
        meta_json TEXT NOT NULL CHECK (json_valid(meta_json)),
        changes INTEGER NOT NULL CHECK (changes > 0),
        reason TEXT NOT NULL CHECK (length(reason) >= 1),
        created_at TEXT NOT NULL
      );
      CREATE INDEX collab_held_by_document ON collab_held (document, id);
    `);
  },
};
