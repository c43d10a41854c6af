import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The baseline for the save benchmark: the least a durable autosave can do. One table of
 * id and JSON text, the same pragmas as Galley's connection (WAL, synchronous FULL), and
 * one upsert per save, its own transaction, so one fsync per save as in Galley.
 */
export interface RawDocumentStore {
  /** Serialises and writes a document; returns once it is durable. */
  save(id: string, document: unknown): void;
  close(): void;
}

export function openRawDocumentStore(dir: string): RawDocumentStore {
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, body_json TEXT NOT NULL)');
  const upsert = db.prepare(
    'INSERT INTO documents (id, body_json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body_json = excluded.body_json',
  );
  return {
    save: (id, document) => {
      upsert.run(id, JSON.stringify(document));
    },
    close: () => db.close(),
  };
}
