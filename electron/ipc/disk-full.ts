/**
 * A write that failed for want of space: SQLite's SQLITE_FULL (the disk, or the database's
 * page limit) or the file system's ENOSPC. Every write runs in a transaction that is rolled
 * back when it fails, so the change is lost but nothing already saved is.
 */
export function isDiskFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}

export const DISK_FULL_MESSAGE =
  'The disk is full, so Galley could not save this change; nothing already saved was lost. Free some space and try again.';
