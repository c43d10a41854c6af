import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { readJsonColumn } from '../db/json-column';
import type { AuditEntry, AuditVerification } from '../../shared/domain/audit';
import { chainedFromColumns, GENESIS_HASH, rowHash, verifyChain, type ChainedColumns, type ChainedRow } from '../../shared/node/hash-chain';
import { GalleyError } from '../../shared/contract/errors';
import { readAnchor, rowSignature, rowSignatureHolds, writeAnchor, type Anchor } from './anchor';

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

interface AuditRow extends ChainedColumns {
  seq: number;
  /** The row's signature by the audit key (./anchor), or null when it was written without one. */
  mac: string | null;
}

const toChained = (row: AuditRow): ChainedRow & { hash: string; mac: string | null } => ({ ...chainedFromColumns(row), mac: row.mac });

const DetailsSchema = z.record(z.string(), z.unknown());

function parseDetails(text: string): Record<string, unknown> {
  // The log is shown even when a row was tampered with; verify says which.
  return readJsonColumn(DetailsSchema, text) ?? { unreadable: text };
}

export type AuditLog = ReturnType<typeof auditLog>;

export interface AuditAnchoring {
  /** The key that signs rows and the anchor; null when none was given (then nothing is anchored). */
  key: Buffer | null;
  /** The anchor file, beside the database and not in it. */
  anchorPath: string;
}

const NO_KEY =
  'Only the chain was checked: Galley has no audit key here (set GALLEY_SECRET_KEY, as for publishing credentials), ' +
  'so entries removed from the end, or a chain rewritten with fresh hashes, would not show.';

const range = (from: number, to: number) => (from === to ? `entry ${from} was` : `entries ${from}–${to} were`);

/**
 * The append-only audit log. `append` belongs inside the transaction of the change it
 * records, so that a step and its record commit together or not at all.
 *
 * With a key, each row is signed, and once the change has committed (the next turn of the
 * event loop, or before a verify or close) the anchor file outside the database is moved
 * forward to the newest row, over rows whose chain and signatures hold: it never moves back
 * or over a row it cannot vouch for.
 */
export function auditLog(db: Db, now: () => Date, { key, anchorPath }: AuditAnchoring = { key: null, anchorPath: '' }) {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(`
    INSERT INTO audit_log (seq, id, at, actor_id, actor_name, action, article_id, from_state, to_state, revision_hash,
                           note, details_json, prev_hash, hash, mac)
    VALUES (@seq, @id, @at, @actorId, @actorName, @action, @articleId, @fromState, @toState, @revisionHash,
            @note, @detailsJson, @prevHash, @hash, @mac)`);
  const page = db.prepare<[number, number], AuditRow>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log');
  const inOrder = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq');
  const after = db.prepare<[number], AuditRow>('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq');
  const hashAt = db.prepare<[number], { hash: string }>('SELECT hash FROM audit_log WHERE seq = ?');
  let unanchored = false;

  /** Moves the anchor forward over the rows written since, if they hold (see above). */
  function anchorNow(): void {
    if (key === null || !unanchored) return;
    if (db.inTransaction) {
      setImmediate(anchorNow);
      return;
    }
    unanchored = false;
    const reading = readAnchor(anchorPath, key);
    // A forged anchor, or one the log no longer matches, is left for verify to report.
    if (reading.kind === 'forged') return;
    const from: Anchor = reading.kind === 'anchor' ? reading.anchor : { count: 0, head: GENESIS_HASH };
    if (from.count > 0 && hashAt.get(from.count)?.hash !== from.head) return;
    // The first anchor also covers rows from before there was a key: unsigned, but only before any signed row.
    let unsignedAllowed = reading.kind === 'none';
    let to = from;
    for (const row of after.iterate(from.count)) {
      const chained = toChained(row);
      if (row.seq !== to.count + 1 || row.prev_hash !== to.head || rowHash(chained) !== row.hash) break;
      const signed = row.mac !== null && rowSignatureHolds(key, row.hash, row.mac);
      if (!signed && !(unsignedAllowed && row.mac === null)) break;
      if (signed) unsignedAllowed = false;
      to = { count: row.seq, head: row.hash };
    }
    if (to.count > from.count) writeAnchor(anchorPath, key, to);
  }

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
    const hash = rowHash(row);
    insert.run({ ...row, hash, mac: key === null ? null : rowSignature(key, hash) });
    if (key !== null && !unanchored) {
      unanchored = true;
      setImmediate(anchorNow);
    }
  });

  return {
    /** Adds a row chained to the last one (a savepoint inside the caller's transaction). */
    append(record: AuditRecord): void {
      if (!db.inTransaction) throw new GalleyError('INTERNAL', 'An audit record must be written in the transaction of its change.');
      appendOne(record);
    },

    list(offset: number, limit: number): { items: AuditEntry[]; total: number } {
      const items = page.all(limit, offset).map((row): AuditEntry => {
        const { detailsJson, ...columns } = chainedFromColumns(row);
        return { ...columns, details: parseDetails(detailsJson) };
      });
      return { items, total: count.get()?.n ?? 0 };
    },

    /**
     * Streams the rows (the log may be long) and reports the first broken link or
     * signature, then compares the end of the log with the anchor kept outside it.
     */
    verify(): AuditVerification {
      anchorNow();
      if (key === null) return { ...verifyChain(rowsInOrder()), anchor: { checked: false, message: NO_KEY } };
      const signingKey = key;
      const reading = readAnchor(anchorPath, signingKey);
      const anchored = reading.kind === 'anchor' ? reading.anchor : null;
      let last = { seq: 0, hash: GENESIS_HASH };
      let atAnchor: { id: string; hash: string } | null = null;
      let signedSeen = false;
      function* rows() {
        for (const row of rowsInOrder()) {
          last = { seq: row.seq, hash: row.hash };
          if (row.seq === anchored?.count) atAnchor = { id: row.id, hash: row.hash };
          yield row;
        }
      }
      const chain = verifyChain(rows(), (row) => {
        if (row.mac === null) {
          return signedSeen ? `entry ${row.seq} has no signature though the entries before it do: it was written or rewritten outside Galley` : null;
        }
        signedSeen = true;
        return rowSignatureHolds(signingKey, row.hash, row.mac)
          ? null
          : `entry ${row.seq} does not carry Galley's signature: it was rewritten outside Galley, without the audit key`;
      });
      const result = (broken: { seq: number; id: string | null; reason: string } | null, message: string): AuditVerification => ({
        ...chain,
        ok: chain.ok && broken === null,
        broken: chain.broken ?? broken,
        anchor: { checked: true, message },
      });
      if (!chain.ok) return result(null, 'The anchor was not compared: the chain itself is broken.');
      if (reading.kind === 'forged') {
        return result(
          { seq: last.seq, id: null, reason: `the anchor kept outside the database (${anchorPath}) was altered, or belongs to another key` },
          'The anchor does not hold.',
        );
      }
      if (anchored === null) {
        return signedSeen
          ? result(
              { seq: last.seq, id: null, reason: `the anchor kept outside the database (${anchorPath}) is missing, though entries were signed` },
              'The anchor is missing.',
            )
          : result(null, 'Nothing is anchored yet: the anchor is written with the next entry.');
      }
      if (anchored.count > last.seq) {
        return result(
          { seq: last.seq + 1, id: null, reason: `${range(last.seq + 1, anchored.count)} removed: the log ends at entry ${last.seq}, but its anchor records ${anchored.count}` },
          'The log is shorter than its anchor.',
        );
      }
      const recorded = atAnchor as { id: string; hash: string } | null;
      if (anchored.count > 0 && recorded?.hash !== anchored.head) {
        return result(
          { seq: anchored.count, id: recorded?.id ?? null, reason: `entry ${anchored.count} is not the entry the anchor recorded: the log up to it was rewritten` },
          'The log does not match its anchor.',
        );
      }
      const newer = last.seq - anchored.count;
      return result(null, newer === 0 ? `Every entry is anchored (${anchored.count}).` : `${anchored.count} entries are anchored; the newest ${newer} are signed but not yet anchored.`);
    },

    /** Anchors what this process wrote, before the database closes. */
    close(): void {
      anchorNow();
    },
  };

  function* rowsInOrder() {
    for (const row of inOrder.iterate()) yield toChained(row);
  }
}
