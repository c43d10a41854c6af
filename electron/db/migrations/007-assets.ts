import type { Migration } from './types';

/**
 * The image library: each image stored once by the SHA-256 of its bytes (the files live in
 * <dataDir>/assets, see electron/assets/store), its rights (one row per image, shared by
 * every article that shows it), and the newsroom's licence policy. Articles refer to images
 * by asset id from their figures; the body stays the truth for where an image is used.
 */
export const migration007: Migration = {
  version: 7,
  name: 'image library, rights and licence policy',
  up(db) {
    db.exec(`
      CREATE TABLE assets (
        seq               INTEGER PRIMARY KEY,
        id                TEXT NOT NULL UNIQUE,
        sha256            TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        format            TEXT NOT NULL CHECK (format IN ('jpeg', 'png', 'webp', 'gif', 'avif')),
        width             INTEGER NOT NULL CHECK (width > 0),
        height            INTEGER NOT NULL CHECK (height > 0),
        bytes             INTEGER NOT NULL CHECK (bytes > 0),
        file_name         TEXT NOT NULL,
        suggested_caption TEXT NOT NULL DEFAULT '',
        suggested_alt     TEXT NOT NULL DEFAULT '',
        -- The rights as the file's own metadata gave them, kept for reference.
        embedded_json     TEXT NOT NULL DEFAULT '{}',
        created_by        TEXT NOT NULL,
        created_at        TEXT NOT NULL
      );
      CREATE INDEX assets_by_created ON assets (created_at DESC);

      CREATE TABLE image_rights (
        asset_seq              INTEGER PRIMARY KEY REFERENCES assets (seq) ON DELETE CASCADE,
        creator                TEXT NOT NULL DEFAULT '',
        credit_line            TEXT NOT NULL DEFAULT '',
        source                 TEXT NOT NULL DEFAULT '',
        source_url             TEXT NOT NULL DEFAULT '',
        copyright_notice       TEXT NOT NULL DEFAULT '',
        web_statement          TEXT NOT NULL DEFAULT '',
        licensor               TEXT NOT NULL DEFAULT '',
        licensor_url           TEXT NOT NULL DEFAULT '',
        licence_id             TEXT,
        licence_url            TEXT,
        agency                 TEXT NOT NULL DEFAULT '',
        licence_reference      TEXT NOT NULL DEFAULT '',
        permission_granted_by  TEXT NOT NULL DEFAULT '',
        fair_use_justification TEXT NOT NULL DEFAULT '',
        usage_terms            TEXT NOT NULL DEFAULT '',
        expires_on             TEXT CHECK (expires_on IS NULL OR expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        restrictions           TEXT NOT NULL DEFAULT '',
        digital_source_type    TEXT NOT NULL DEFAULT '',
        ai_generated           INTEGER NOT NULL DEFAULT 0 CHECK (ai_generated IN (0, 1)),
        updated_by             TEXT NOT NULL,
        updated_at             TEXT NOT NULL
      );
      CREATE INDEX image_rights_by_expiry ON image_rights (expires_on) WHERE expires_on IS NOT NULL;
      CREATE INDEX image_rights_by_licence ON image_rights (licence_id);

      CREATE TABLE licence_policy (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        policy_json TEXT NOT NULL,
        updated_by  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
    `);
  },
};
