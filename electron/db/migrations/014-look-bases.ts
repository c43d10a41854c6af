import type { Migration } from './types';

/**
 * What the Changes panel compares against while an article is open: each person's look
 * before this opening (the base), kept beside the look recorded when they opened it. The
 * panel then refreshes from events against a base that stays put, instead of against the
 * look it has just recorded. A look kept before this step becomes its own base, so the
 * next opening still compares against it.
 */
export const migration014: Migration = {
  version: 14,
  name: 'look bases',
  up(db) {
    db.exec(`
      ALTER TABLE review_views ADD COLUMN base_version INTEGER CHECK (base_version IS NULL OR base_version >= 0);
      ALTER TABLE review_views ADD COLUMN base_snapshot_json TEXT;
      ALTER TABLE review_views ADD COLUMN base_seen_at TEXT;
      UPDATE review_views SET base_version = version, base_snapshot_json = snapshot_json, base_seen_at = seen_at;
    `);
  },
};
