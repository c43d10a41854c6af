import { createHash } from 'node:crypto';
import { canonicalJson } from '../content/canonical-json';
import type { AuditVerification } from '../domain/audit';

// The audit chain's rule, shared by the workstation's audit log and the hub's.

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

/** A chained row as the tables keep it (snake_case columns; PostgreSQL hands a bigint back as a string). */
export interface ChainedColumns {
  seq: number | string;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  article_id: string | null;
  from_state: string | null;
  to_state: string | null;
  revision_hash: string | null;
  note: string | null;
  details_json: string;
  prev_hash: string;
  hash: string;
}

/** The workstation's audit log and the hub's read their rows back with this one mapping. */
export const chainedFromColumns = (row: ChainedColumns): ChainedRow & { hash: string } => ({
  seq: Number(row.seq),
  id: row.id,
  at: row.at,
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action,
  articleId: row.article_id,
  fromState: row.from_state,
  toState: row.to_state,
  revisionHash: row.revision_hash,
  note: row.note,
  detailsJson: row.details_json,
  prevHash: row.prev_hash,
  hash: row.hash,
});

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

/** The chain's verdict; the log adds what its anchor says. */
export type ChainVerdict = Omit<AuditVerification, 'anchor'>;

/**
 * Walks the rows in order and reports the first that does not hold: a gap in the
 * numbering (a row removed), a link that does not match the previous row's hash (the
 * previous row was removed or rewritten), a hash that does not match the row's own
 * content (this row was altered), or, when `signature` is given, a row whose signature
 * does not hold (it names the reason, or null when the row is fine).
 */
export function verifyChain<Row extends ChainedRow & { hash: string }>(
  rows: Iterable<Row>,
  signature: (row: Row) => string | null = () => null,
): ChainVerdict {
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let checked = 0;
  for (const row of rows) {
    const broken = (reason: string): ChainVerdict => ({ ok: false, checked, broken: { seq: row.seq, id: row.id, reason } });
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
    const unsigned = signature(row);
    if (unsigned !== null) return broken(unsigned);
    previousHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, broken: null };
}
