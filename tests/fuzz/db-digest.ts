import { createHash } from 'node:crypto';
import type { Db } from '../../electron/db/connection';

/**
 * What a refused call may still write, on purpose: a session's "last seen" (any call by a
 * signed-in person slides the idle timeout), a failed sign-in's count and audit entries.
 */
const IGNORED_COLUMNS: Record<string, readonly string[]> = { sessions: ['last_seen_at', 'expires_at'] };
const IGNORED_ROWS: Record<string, (row: Record<string, unknown>) => boolean> = {
  audit_log: (row) => row.action === 'auth.signInFailed' || row.action === 'auth.lockedOut',
  sign_in_attempts: () => true,
};

/** A hash of every row of every table (FTS shadow tables left to their virtual table). */
export function databaseDigest(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    const ignoredColumns = IGNORED_COLUMNS[table] ?? [];
    const ignoredRow = IGNORED_ROWS[table];
    const rows = (db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[])
      .filter((row) => !ignoredRow?.(row))
      .map((row) => JSON.stringify(Object.entries(row).filter(([k]) => !ignoredColumns.includes(k))))
      .sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

/**
 * SQLite's count of rows written by this connection: when it has not moved, nothing was
 * written, so the (slower) digest is only taken after calls that wrote something.
 */
export const totalChanges = (db: Db): number => db.prepare('SELECT total_changes() AS n').pluck().get() as number;
