import { WORKFLOW_STATES } from '../../../../shared/domain/article';
import type { HubMigration } from './types';

const STATES = WORKFLOW_STATES.map((state) => `'${state}'`).join(', ');

/**
 * The article registry: the facts the hub decides workflow steps and write access on. An
 * author or holder is a hub user, and is never deleted from under an article (users are
 * disabled, not deleted). The approved hash and state vector come and go together.
 */
export const migration003: HubMigration = {
  version: 3,
  name: 'articles',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL REFERENCES users (id),
        state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN (${STATES})),
        holder_id TEXT REFERENCES users (id),
        approved_hash TEXT,
        approved_state_vector BLOB,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((approved_hash IS NULL) = (approved_state_vector IS NULL))
      ) STRICT;
      CREATE INDEX articles_by_author ON articles (author_id);
    `);
  },
};
