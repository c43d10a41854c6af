import * as Y from 'yjs';
import type { Db } from '../../db/connection';

/** Where a document's log stands with the hub. */
export interface HubMark {
  /** The last seq of this document's log known to be on the hub (0: none yet). */
  hubSeq: number;
  /** When the hub last acknowledged everything (null: never). */
  syncedAt: string | null;
}

export type CollabRepository = ReturnType<typeof collabRepository>;

/**
 * The tables of migration 017: each shared document's Yjs updates in order, and how far
 * the hub has them. Every write returns only once SQLite has it (better-sqlite3 is
 * synchronous), which is what makes an edit survive a crash.
 */
export function collabRepository(db: Db) {
  const insert = db.prepare<[string, Uint8Array, number, string]>(
    'INSERT INTO collab_updates (document, data, local_changes, created_at) VALUES (?, ?, ?, ?)',
  );
  const rows = db.prepare<[string], { seq: number; data: Uint8Array; local_changes: number }>(
    'SELECT seq, data, local_changes FROM collab_updates WHERE document = ? ORDER BY seq',
  );
  const countRows = db.prepare<[string], number>('SELECT count(*) FROM collab_updates WHERE document = ?').pluck();
  const lastSeq = db.prepare<[string], number>('SELECT coalesce(max(seq), 0) FROM collab_updates WHERE document = ?').pluck();
  const mark = db.prepare<[string], { hub_seq: number; synced_at: string | null }>('SELECT hub_seq, synced_at FROM collab_documents WHERE document = ?');
  const waiting = db
    .prepare<[string, string], number>(
      `SELECT coalesce(sum(local_changes), 0) FROM collab_updates
       WHERE document = ? AND seq > coalesce((SELECT hub_seq FROM collab_documents WHERE document = ?), 0)`,
    )
    .pluck();
  // Never backwards: an acknowledgement that arrives late must not mark newer edits unsent-then-sent.
  const setMark = db.prepare<[string, number, string]>(`
    INSERT INTO collab_documents (document, hub_seq, synced_at) VALUES (?, ?, ?)
    ON CONFLICT (document) DO UPDATE SET hub_seq = max(hub_seq, excluded.hub_seq), synced_at = excluded.synced_at`);
  const deleteBefore = db.prepare<[string, number]>('DELETE FROM collab_updates WHERE document = ? AND seq < ?');
  const replaceRow = db.prepare<[Uint8Array, number, number]>('UPDATE collab_updates SET data = ?, local_changes = ? WHERE seq = ?');

  // IMMEDIATE: the write lock is taken before the rows are read, so no other connection
  // can append between reading the log and deleting it; and the folded state is built from
  // exactly the rows deleted, never from a Y.Doc that might lack one of them.
  const compact = db.transaction((document: string): void => {
    const log = rows.all(document);
    if (log.length < 2) return;
    const hubSeq = mark.get(document)?.hub_seq ?? 0;
    const folded = new Y.Doc();
    for (const row of log) Y.applyUpdate(folded, row.data);
    const last = log.at(-1)!;
    const unsent = log.filter((row) => row.seq > hubSeq).reduce((sum, row) => sum + row.local_changes, 0);
    replaceRow.run(Y.encodeStateAsUpdate(folded), unsent, last.seq);
    deleteBefore.run(document, last.seq);
    folded.destroy();
  });

  return {
    /** Appends one update; `localChanges` counts the edits made here that it carries (0 for one received). */
    append(document: string, update: Uint8Array, localChanges: number, now: string): number {
      return Number(insert.run(document, update, localChanges, now).lastInsertRowid);
    },
    updates(document: string): Uint8Array[] {
      return rows.all(document).map((row) => row.data);
    },
    count(document: string): number {
      return countRows.get(document) ?? 0;
    },
    lastSeq(document: string): number {
      return lastSeq.get(document) ?? 0;
    },
    /** Folds the document's log into one row (the last seq), keeping its count of edits not yet on the hub. */
    compact(document: string): void {
      compact.immediate(document);
    },
    /** Edits made here that the hub has not acknowledged. */
    waitingChanges(document: string): number {
      return waiting.get(document, document) ?? 0;
    },
    hubMark(document: string): HubMark {
      const row = mark.get(document);
      return { hubSeq: row?.hub_seq ?? 0, syncedAt: row?.synced_at ?? null };
    },
    markOnHub(document: string, throughSeq: number, at: string): void {
      setMark.run(document, throughSeq, at);
    },
  };
}
