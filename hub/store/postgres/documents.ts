import { GalleyError } from '../../../shared/contract/errors';
import type { HubStore, StoredDocument } from '../hub-store';
import type { PostgresConnection } from './connection';
import { updateEntry } from '../audit-link';
import { appendAudit } from './audit';

type DocumentMethods = Pick<HubStore, 'loadDocument' | 'appendUpdate' | 'compact'>;

/**
 * The documents' update logs. Appends and compactions of one document take its row lock,
 * so that sequence numbers become visible in the order they were handed out: without it,
 * an append could take seq 10, stall before COMMIT while seq 11 commits, a compaction
 * "through 11" would then be written, and update 10, committed afterwards, would sit below
 * the snapshot's mark and never be loaded again.
 */
export function postgresDocuments(db: PostgresConnection): DocumentMethods {
  return {
    async loadDocument(name) {
      // One statement, so one snapshot of the data: read in two, a compaction landing in
      // between would hide the updates it folded in.
      const rows = await db.query<{ seq: string; data: Buffer }>(
        `loading document ${name}`,
        `WITH snapshot AS (SELECT state, through_seq FROM document_snapshots WHERE document = $1)
         SELECT through_seq AS seq, state AS data, 0 AS part FROM snapshot
         UNION ALL
         SELECT seq, data, 1 AS part FROM document_updates
          WHERE document = $1 AND seq > COALESCE((SELECT through_seq FROM snapshot), 0)
         ORDER BY part, seq`,
        [name],
      );
      if (rows.length === 0) return null;
      const stored: StoredDocument = {
        // Copied out of the driver's Buffers, which may share one pooled allocation.
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: Number(rows.at(-1)!.seq),
      };
      return stored;
    },

    async appendUpdate(name, update, audit) {
      if (update.byteLength === 0) throw new GalleyError('BAD_INPUT', `An empty update for ${name} was not stored.`);
      return db.transaction(`appending an update to ${name}`, async (client) => {
        await client.query('INSERT INTO documents (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
        await client.query('SELECT 1 FROM documents WHERE name = $1 FOR UPDATE', [name]);
        const inserted = await client.query<{ seq: string }>(
          'INSERT INTO document_updates (document, data) VALUES ($1, $2) RETURNING seq',
          [name, Buffer.from(update.buffer, update.byteOffset, update.byteLength)],
        );
        if (audit !== undefined) await appendAudit(client, updateEntry(audit));
        return Number(inserted.rows[0]!.seq);
      });
    },

    async compact(name, state, throughSeq) {
      if (!Number.isSafeInteger(throughSeq) || throughSeq < 0) {
        throw new GalleyError('BAD_INPUT', `Cannot compact ${name} through ${throughSeq}: not a sequence number.`);
      }
      await db.transaction(`compacting ${name}`, async (client) => {
        const locked = await client.query('SELECT 1 FROM documents WHERE name = $1 FOR UPDATE', [name]);
        if (locked.rowCount === 0) throw new GalleyError('NOT_FOUND', `Cannot compact ${name}: there is no such document.`);
        const marks = await client.query<{ compacted: string | null; last: string | null }>(
          `SELECT (SELECT through_seq FROM document_snapshots WHERE document = $1) AS compacted,
                  (SELECT max(seq) FROM document_updates WHERE document = $1) AS last`,
          [name],
        );
        const compacted = Number(marks.rows[0]!.compacted ?? 0);
        const last = Math.max(compacted, Number(marks.rows[0]!.last ?? 0));
        if (throughSeq > last) {
          throw new GalleyError('BAD_INPUT', `Cannot compact ${name} through ${throughSeq}: its last update is ${last}.`);
        }
        // Another instance already compacted further: its state includes ours, keep it.
        if (throughSeq <= compacted) return;
        await client.query('DELETE FROM document_updates WHERE document = $1 AND seq <= $2', [name, throughSeq]);
        await client.query(
          `INSERT INTO document_snapshots (document, state, through_seq) VALUES ($1, $2, $3)
           ON CONFLICT (document) DO UPDATE
             SET state = EXCLUDED.state, through_seq = EXCLUDED.through_seq, compacted_at = now()`,
          [name, Buffer.from(state.buffer, state.byteOffset, state.byteLength), throughSeq],
        );
      });
    },
  };
}
