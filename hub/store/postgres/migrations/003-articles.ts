import { WORKFLOW_STATES } from '../../../../shared/domain/article';
import type { PostgresMigration } from './types';

const STATES = WORKFLOW_STATES.map((state) => `'${state}'`).join(', ');

/**
 * The article registry: the facts the hub decides workflow steps and write access on. An
 * author or holder is a hub user, and is never deleted from under an article (users are
 * disabled, not deleted). The approved hash and state vector come and go together.
 */
export const migration003: PostgresMigration = {
  version: 3,
  name: 'articles',
  sql: `
    CREATE TABLE articles (
      id                    text PRIMARY KEY,
      author_id             text NOT NULL REFERENCES users (id),
      state                 text NOT NULL DEFAULT 'draft' CHECK (state IN (${STATES})),
      holder_id             text REFERENCES users (id),
      approved_hash         text,
      approved_state_vector bytea,
      created_at            timestamptz NOT NULL DEFAULT now(),
      updated_at            timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT articles_approval_whole CHECK ((approved_hash IS NULL) = (approved_state_vector IS NULL))
    );
    CREATE INDEX articles_by_author ON articles (author_id);
  `,
};
