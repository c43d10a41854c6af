import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/connection';
import type { AuditEntry, AuditVerification } from '../../shared/domain/audit';
import { GENESIS_HASH, rowHash, verifyChain, type ChainedRow } from './hash-chain';
import { GalleyError } from '../../shared/contract/errors';

/** What a caller records; the log adds the number, time, id and hashes. */
export interface AuditRecord {
  actor: { id: string | null; name: string };
  action: string;
  articleId?: string | null;
  fromState?: string | null;
  toState?: string | null;
  revisionHash?: string | null;
  note?: string | null;
  details?: Record<string, unknown>;
}

interface AuditRow {
  seq: number;
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

const toChained = (row: AuditRow): ChainedRow & { hash: string } => ({
  seq: row.seq,
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

const DetailsSchema = z.record(z.string(), z.unknown());

function parseDetails(text: string): Record<string, unknown> {
  try {
    const parsed = DetailsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { unreadable: text };
  } catch {
    // The log is shown even when a row was tampered with; verify says which.
    return { unreadable: text };
  }
}

export type AuditLog = ReturnType<typeof auditLog>;

/**
 * The append-only audit log. `append` belongs inside the transaction of the change it
 * records, so that a step and its record commit together or not at all.
 */
export function auditLog(db: Db, now: () => Date) {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(`
    INSERT INTO audit_log (seq, id, at, actor_id, actor_name, action, article_id, from_state, to_state, revision_hash,
                           note, details_json, prev_hash, hash)
    VALUES (@seq, @id, @at, @actorId, @actorName, @action, @articleId, @fromState, @toState, @revisionHash,
            @note, @detailsJson, @prevHash, @hash)`);
  const page = db.prepare<[number, number], AuditRow>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log');
  const inOrder = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq');

  const appendOne = db.transaction((record: AuditRecord): void => {
    const previous = last.get();
    const row: ChainedRow = {
      seq: (previous?.seq ?? 0) + 1,
      id: randomUUID(),
      at: now().toISOString(),
      actorId: record.actor.id,
      actorName: record.actor.name,
      action: record.action,
      articleId: record.articleId ?? null,
      fromState: record.fromState ?? null,
      toState: record.toState ?? null,
      revisionHash: record.revisionHash ?? null,
      note: record.note ?? null,
      detailsJson: JSON.stringify(record.details ?? {}),
      prevHash: previous?.hash ?? GENESIS_HASH,
    };
    insert.run({ ...row, hash: rowHash(row) });
  });

  return {
    /** Adds a row chained to the last one (a savepoint inside the caller's transaction). */
    append(record: AuditRecord): void {
      if (!db.inTransaction) throw new GalleyError('INTERNAL', 'An audit record must be written in the transaction of its change.');
      appendOne(record);
    },

    list(offset: number, limit: number): { items: AuditEntry[]; total: number } {
      const items = page.all(limit, offset).map((row) => ({
        seq: row.seq,
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
        details: parseDetails(row.details_json),
        prevHash: row.prev_hash,
        hash: row.hash,
      }));
      return { items, total: count.get()?.n ?? 0 };
    },

    /** Streams the rows (the log may be long) and reports the first broken link. */
    verify(): AuditVerification {
      function* rows() {
        for (const row of inOrder.iterate()) yield toChained(row);
      }
      return verifyChain(rows());
    },
  };
}
