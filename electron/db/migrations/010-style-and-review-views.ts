import type { Migration } from './types';

/**
 * House style and reviewers' last looks.
 *
 * - style_rules: the newsroom's house-style rule set (one row; absent means Galley's
 *   defaults), as JSON parsed with shared/style/rules on every read.
 * - review_views: what each person last saw of each article (the working copy's version,
 *   and a snapshot of its metadata, body and image rights), so "changes since I last
 *   looked" can be shown even after the article has moved on.
 * - revision_rights: the rights of the images a revision shows, as they were when the
 *   revision was made, so comparing two revisions covers image rights too. A trigger fills
 *   it from the figures' asset ids in the revision's body, whoever writes the revision.
 */
export const migration010: Migration = {
  version: 10,
  name: 'house style rules, review views and revision rights',
  up(db) {
    db.exec(`
      CREATE TABLE style_rules (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        rules_json TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE review_views (
        user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        article_seq   INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        version       INTEGER NOT NULL CHECK (version >= 0),
        snapshot_json TEXT NOT NULL,
        seen_at       TEXT NOT NULL,
        PRIMARY KEY (user_id, article_seq)
      );
      CREATE INDEX review_views_by_article ON review_views (article_seq);

      CREATE TABLE revision_rights (
        revision_id TEXT NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
        asset_id    TEXT NOT NULL,
        rights_json TEXT NOT NULL,
        PRIMARY KEY (revision_id, asset_id)
      );

      CREATE TRIGGER revisions_keep_image_rights AFTER INSERT ON revisions
      BEGIN
        INSERT OR IGNORE INTO revision_rights (revision_id, asset_id, rights_json)
        SELECT NEW.id, a.id, json_object(
                 'File name', a.file_name,
                 'Credit line', r.credit_line,
                 'Creator', r.creator,
                 'Copyright notice', r.copyright_notice,
                 'Licence', coalesce(r.licence_id, ''),
                 'Agency', r.agency,
                 'Licence reference', r.licence_reference,
                 'Permission granted by', r.permission_granted_by,
                 'Usage terms', r.usage_terms,
                 'Restrictions', r.restrictions,
                 'Expires on', coalesce(r.expires_on, ''),
                 'AI-generated', CASE r.ai_generated WHEN 1 THEN 'yes' ELSE 'no' END)
        FROM (SELECT DISTINCT t.value AS asset_id FROM json_tree(NEW.body_json) t
              WHERE t.key = 'assetId' AND t.type = 'text') used
        JOIN assets a ON a.id = used.asset_id
        JOIN image_rights r ON r.asset_seq = a.seq;
      END;
    `);
  },
};
