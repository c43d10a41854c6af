import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/content/canonical-json';
import type { AuditVerification } from '../../shared/domain/audit';

/** The link before the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** Every column of an audit row except its own hash: all of it is covered by the hash. */
export interface ChainedRow {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  articleId: string | null;
  fromState: string | null;
  toState: string | null;
  revisionHash: string | null;
  note: string | null;
  /** Hashed as stored, so no re-serialisation can make an unchanged row look altered. */
  detailsJson: string;
  prevHash: string;
}

/**
 * A row's hash: SHA-256 over the canonical JSON of all its columns, the previous row's
 * hash among them. Changing any column of any row, or removing a row, breaks the chain at
 * that row or the next.
 */
export function rowHash(row: ChainedRow): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        seq: row.seq,
        id: row.id,
        at: row.at,
        actorId: row.actorId,
        actorName: row.actorName,
        action: row.action,
        articleId: row.articleId,
        fromState: row.fromState,
        toState: row.toState,
        revisionHash: row.revisionHash,
        note: row.note,
        details: row.detailsJson,
        prevHash: row.prevHash,
      }),
    )
    .digest('hex');
}

/**
 * Walks the rows in order and reports the first that does not hold: a gap in the
 * numbering (a row removed), a link that does not match the previous row's hash (the
 * previous row was removed or rewritten), or a hash that does not match the row's own
 * content (this row was altered).
 */
export function verifyChain(rows: Iterable<ChainedRow & { hash: string }>): AuditVerification {
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let checked = 0;
  for (const row of rows) {
    const broken = (reason: string): AuditVerification => ({ ok: false, checked, broken: { seq: row.seq, id: row.id, reason } });
    if (row.seq !== expectedSeq) {
      return broken(
        row.seq > expectedSeq
          ? `entries ${expectedSeq}${row.seq - 1 > expectedSeq ? `–${row.seq - 1}` : ''} are missing before entry ${row.seq}: removed`
          : `entry ${row.seq} is out of order`,
      );
    }
    if (row.prevHash !== previousHash) {
      return broken(`entry ${row.seq} does not link to entry ${row.seq - 1}: the earlier entry was altered or replaced`);
    }
    if (rowHash(row) !== row.hash) {
      return broken(`entry ${row.seq} was altered after it was written: its content no longer matches its hash`);
    }
    previousHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, broken: null };
}
