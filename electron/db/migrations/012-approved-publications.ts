import type { Migration } from './types';

/**
 * What an approval binds: the whole publication (electron/publishing/publication), not
 * only the text. Each approval keeps the publication's canonical JSON and its SHA-256;
 * publishing sends that copy. Approvals made before this step have neither, and must be
 * given again before they can be published (the publish step says so).
 *
 * Jobs name the approved revision, and each approval has its own revision, so the
 * publication a job sends is found by revision.
 *
 * revision_sources: the sources a revision cites or attaches, as they were when it was
 * written (a trigger, whoever writes the revision, like migration 10's revision_rights), so
 * comparing two versions shows a source retitled or put on the record between them. A
 * revision from before this step has no row: its sources are not known, not "none".
 */
export const migration012: Migration = {
  version: 12,
  name: 'approved publications and revision sources',
  up(db) {
    db.exec(`
      ALTER TABLE approvals ADD COLUMN publication_json TEXT;
      ALTER TABLE approvals ADD COLUMN publication_hash TEXT
        CHECK (publication_hash IS NULL OR (length(publication_hash) = 64 AND publication_json IS NOT NULL));
      CREATE INDEX approvals_by_revision ON approvals (revision_id);

      CREATE TABLE revision_sources (
        revision_id  TEXT PRIMARY KEY REFERENCES revisions (id) ON DELETE CASCADE,
        sources_json TEXT NOT NULL
      );

      CREATE TRIGGER revisions_keep_sources AFTER INSERT ON revisions
      BEGIN
        INSERT OR IGNORE INTO revision_sources (revision_id, sources_json)
        SELECT NEW.id, json_group_array(json_object(
                 'id', kept.id, 'kind', kept.kind, 'title', kept.title, 'url', kept.url, 'publisher', kept.publisher,
                 'author', kept.author, 'publishedDate', kept.published_date, 'accessedDate', kept.accessed_date,
                 'archiveUrl', kept.archive_url, 'notes', kept.notes, 'interviewName', kept.interview_name,
                 'interviewRole', kept.interview_role, 'interviewContact', kept.interview_contact, 'attribution', kept.attribution))
        FROM (SELECT s.* FROM sources s
              WHERE s.seq IN (SELECT source_seq FROM article_sources WHERE article_seq = NEW.article_seq)
                 OR s.id IN (SELECT t.value FROM json_tree(NEW.body_json) t WHERE t.type = 'text' AND t.path LIKE '%.sourceIds')
              ORDER BY s.seq) kept;
      END;
    `);
  },
};
