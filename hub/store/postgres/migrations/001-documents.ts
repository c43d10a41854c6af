import type { PostgresMigration } from './types';

/**
 * Each document is an append-only log of Yjs updates plus, once compacted, one state that
 * stands for the log up to `through_seq`. A `documents` row exists per document so that
 * appends and compactions of one document can lock it: sequence numbers are handed out in
 * commit order per document, which is what lets `compact` trust "everything up to N".
 */
export const migration001: PostgresMigration = {
  version: 1,
  name: 'documents',
  sql: `
    CREATE TABLE documents (
      name       text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 200),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE document_updates (
      seq         bigserial PRIMARY KEY,
      document    text NOT NULL REFERENCES documents (name),
      data        bytea NOT NULL,
      appended_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX document_updates_by_document ON document_updates (document, seq);

    CREATE TABLE document_snapshots (
      document     text PRIMARY KEY REFERENCES documents (name),
      state        bytea NOT NULL,
      through_seq  bigint NOT NULL CHECK (through_seq >= 0),
      compacted_at timestamptz NOT NULL DEFAULT now()
    );
  `,
};
