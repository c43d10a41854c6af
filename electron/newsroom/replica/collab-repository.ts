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

interface LogRow {
  seq: number;
  data: Uint8Array;
  local_changes: number;
  held: number;
}

/** An edit made here that the hub has not acknowledged and that was not held apart. */
const unsentOf =
  (log: LogRow[], hubSeq: number) =>
  (row: LogRow): boolean =>
    row.seq > hubSeq && row.local_changes > 0 && row.held === 0;

/**
 * The tables of migration 017: each shared document's Yjs updates in order, and how far
 * the hub has them. Every write returns only once SQLite has it (better-sqlite3 is
 * synchronous), which is what makes an edit survive a crash.
 */
export function collabRepository(db: Db) {
  const insert = db.prepare<[string, Uint8Array, number, number, string]>(
    'INSERT INTO collab_updates (document, data, local_changes, held, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const rows = db.prepare<[string], LogRow>('SELECT seq, data, local_changes, held FROM collab_updates WHERE document = ? ORDER BY seq');
  const countRows = db.prepare<[string], number>('SELECT count(*) FROM collab_updates WHERE document = ?').pluck();
  const lastSeq = db.prepare<[string], number>('SELECT coalesce(max(seq), 0) FROM collab_updates WHERE document = ?').pluck();
  const mark = db.prepare<[string], { hub_seq: number; synced_at: string | null }>('SELECT hub_seq, synced_at FROM collab_documents WHERE document = ?');
  const waiting = db
    .prepare<[string, string], number>(
      `SELECT coalesce(sum(local_changes), 0) FROM collab_updates
       WHERE document = ? AND held = 0 AND seq > coalesce((SELECT hub_seq FROM collab_documents WHERE document = ?), 0)`,
    )
    .pluck();
  const waitingEverywhere = db
    .prepare<[], number>(
      `SELECT coalesce(sum(u.local_changes), 0) FROM collab_updates u
       LEFT JOIN collab_documents d ON d.document = u.document
       WHERE u.held = 0 AND u.seq > coalesce(d.hub_seq, 0)`,
    )
    .pluck();
  // Never backwards: an acknowledgement that arrives late must not mark newer edits unsent-then-sent.
  const setMark = db.prepare<[string, number, string]>(`
    INSERT INTO collab_documents (document, hub_seq, synced_at) VALUES (?, ?, ?)
    ON CONFLICT (document) DO UPDATE SET hub_seq = max(hub_seq, excluded.hub_seq), synced_at = excluded.synced_at`);
  const deleteRow = db.prepare<[number]>('DELETE FROM collab_updates WHERE seq = ?');
  const replaceRow = db.prepare<[Uint8Array, number, number]>('UPDATE collab_updates SET data = ?, local_changes = ?, held = 0 WHERE seq = ?');
  const hold = db.prepare<[string, string]>(
    `UPDATE collab_updates SET held = 1
     WHERE document = ? AND held = 0 AND local_changes > 0
       AND seq > coalesce((SELECT hub_seq FROM collab_documents WHERE document = ?), 0)`,
  );

  /** Folds a group of rows into its last one (merged, not applied: a group may lack what its updates build on). */
  const fold = (group: LogRow[], localChanges: number): void => {
    if (group.length < 2) return;
    const last = group.at(-1)!;
    replaceRow.run(Y.mergeUpdates(group.map((row) => row.data)), localChanges, last.seq);
    for (const row of group.slice(0, -1)) deleteRow.run(row.seq);
  };

  // IMMEDIATE: the write lock is taken before the rows are read, so no other connection
  // can append between reading the log and deleting it; and each folded row is built from
  // exactly the rows it replaces, never from a Y.Doc that might lack one of them.
  // The edits not yet on the hub are folded apart from everything else, so that a refusal
  // (even after a restart) can still take back exactly them and nothing the hub has.
  const compact = db.transaction((document: string): void => {
    const log = rows.all(document);
    if (log.length < 2) return;
    const unsent = unsentOf(log, mark.get(document)?.hub_seq ?? 0);
    fold(
      log.filter((row) => !unsent(row)),
      0,
    );
    const mine = log.filter(unsent);
    fold(
      mine,
      mine.reduce((sum, row) => sum + row.local_changes, 0),
    );
  });

  return {
    /** Appends one update; `localChanges` counts the edits made here that it carries (0 for one received). */
    append(document: string, update: Uint8Array, localChanges: number, now: string, held = false): number {
      return Number(insert.run(document, update, localChanges, held ? 1 : 0, now).lastInsertRowid);
    },
    updates(document: string): Uint8Array[] {
      return rows.all(document).map((row) => row.data);
    },
    /**
     * The log in two parts: `settled` (on the hub, received from it, or already held apart)
     * and `unsent` (edits made here the hub has not acknowledged), each in order.
     */
    split(document: string): { settled: Uint8Array[]; unsent: Uint8Array[] } {
      const log = rows.all(document);
      const unsent = unsentOf(log, mark.get(document)?.hub_seq ?? 0);
      return { settled: log.filter((row) => !unsent(row)).map((row) => row.data), unsent: log.filter(unsent).map((row) => row.data) };
    },
    /** Marks every edit made here and not yet on the hub as held apart (the hub refused them); returns how many edits. */
    holdUnsent(document: string): number {
      const edits = waiting.get(document, document) ?? 0;
      hold.run(document, document);
      return edits;
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
    /** Edits made here that the hub has not acknowledged, over every document (the status bar's count). */
    waitingChangesEverywhere(): number {
      return waitingEverywhere.get() ?? 0;
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
