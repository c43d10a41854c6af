import type pg from 'pg';
import { nextAuditEntry, type UnlinkedEntry } from '../audit-link';

/**
 * Appends an entry to the audit chain inside the caller's transaction. One writer of the
 * chain at a time, across every hub instance: each entry links to the one before it.
 */
export async function appendAudit(client: pg.PoolClient, entry: UnlinkedEntry): Promise<void> {
  await client.query('LOCK TABLE audit_entries IN EXCLUSIVE MODE');
  const last = await client.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1');
  const e = nextAuditEntry(entry, last.rows[0] ? { seq: Number(last.rows[0].seq), hash: last.rows[0].hash } : null);
  await client.query(
    `INSERT INTO audit_entries (seq, id, at, actor_id, actor_name, action, article_id, from_state, to_state, revision_hash, note, details_json, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [e.seq, e.id, e.at, e.actorId, e.actorName, e.action, e.articleId, e.fromState, e.toState, e.revisionHash, e.note, e.detailsJson, e.prevHash, e.hash],
  );
}
