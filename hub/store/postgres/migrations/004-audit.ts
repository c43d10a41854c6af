import type { PostgresMigration } from './types';

/**
 * The hub's audit chain: each entry hashed over all its columns and its predecessor's hash
 * (shared/node/hash-chain.ts, the workstation's rule), numbered without gaps.
 */
export const migration004: PostgresMigration = {
  version: 4,
  name: 'audit',
  sql: `
    CREATE TABLE audit_entries (
      seq           bigint PRIMARY KEY CHECK (seq >= 1),
      id            text NOT NULL UNIQUE,
      at            text NOT NULL,
      actor_id      text,
      actor_name    text NOT NULL,
      action        text NOT NULL,
      article_id    text,
      from_state    text,
      to_state      text,
      revision_hash text,
      note          text,
      details_json  text NOT NULL,
      prev_hash     text NOT NULL,
      hash          text NOT NULL
    );
  `,
};
