import type { Migration } from './types';

/**
 * Each byline's author page (a JSON object, byline name → web address; NULL: none), which
 * goes out as the NewsArticle author's `url` and in ninjs `people`.
 *
 * Who made each claim (a person or an organisation, with a page about them when known), as
 * opposed to who marked or checked it. It goes out as the reviewed Claim's author in
 * ClaimReview. Claims marked before this step have none: nobody said, so none is invented.
 */
export const migration016: Migration = {
  version: 16,
  name: 'claim authors and byline urls',
  up(db) {
    db.exec(`
      ALTER TABLE claims ADD COLUMN author_kind TEXT CHECK (author_kind IN ('person', 'organization'));
      ALTER TABLE claims ADD COLUMN author_name TEXT CHECK (author_name IS NULL OR trim(author_name) <> '');
      ALTER TABLE claims ADD COLUMN author_url TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN byline_urls_json TEXT CHECK (byline_urls_json IS NULL OR json_type(byline_urls_json) = 'object');
    `);
    // SQLite cannot add a table CHECK with ALTER: a trigger holds kind and name together.
    db.exec(`
      CREATE TRIGGER claims_author_whole_insert BEFORE INSERT ON claims
      WHEN (NEW.author_kind IS NULL) <> (NEW.author_name IS NULL)
      BEGIN SELECT RAISE(ABORT, 'a claim author has both a kind and a name'); END;
      CREATE TRIGGER claims_author_whole_update BEFORE UPDATE OF author_kind, author_name ON claims
      WHEN (NEW.author_kind IS NULL) <> (NEW.author_name IS NULL)
      BEGIN SELECT RAISE(ABORT, 'a claim author has both a kind and a name'); END;
    `);
  },
};
