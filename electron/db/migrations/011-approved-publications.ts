import type { Migration } from './types';

/**
 * What an approval binds: the whole publication (electron/publishing/publication), not
 * only the text. Each approval keeps the publication's canonical JSON and its SHA-256;
 * publishing sends that copy. Approvals made before this step have neither, and must be
 * given again before they can be published (the publish step says so).
 *
 * Jobs name the approved revision, and each approval has its own revision, so the
 * publication a job sends is found by revision.
 */
export const migration011: Migration = {
  version: 11,
  name: 'approved publications',
  up(db) {
    db.exec(`
      ALTER TABLE approvals ADD COLUMN publication_json TEXT;
      ALTER TABLE approvals ADD COLUMN publication_hash TEXT
        CHECK (publication_hash IS NULL OR (length(publication_hash) = 64 AND publication_json IS NOT NULL));
      CREATE INDEX approvals_by_revision ON approvals (revision_id);
    `);
  },
};
