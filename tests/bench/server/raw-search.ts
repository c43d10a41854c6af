import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../../electron/services';

/**
 * The baseline for the search benchmark: the raw FTS5 query for the same page (MATCH,
 * join to the articles, newest change first, a page of article rows, and the total
 * count), written the plain way in one statement and issued straight through
 * better-sqlite3 on its own connection: no query building, no row mapping, no schema
 * checks, and no snippets (Galley also builds a snippet for each row of the page).
 */
export interface RawSearch {
  db: Database.Database;
  /** `ftsQuery` is the FTS5 expression (already built); null lists everything. */
  page(ftsQuery: string | null, offset: number, limit: number): { rows: unknown[]; total: number };
  close(): void;
}

export function openRawSearch(dataDir: string): RawSearch {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const matching = db.prepare(`
    SELECT a.*
    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
    WHERE articles_fts MATCH ?
    ORDER BY a.updated_at DESC, a.seq DESC LIMIT ? OFFSET ?`);
  const countMatching = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?');
  const all = db.prepare('SELECT * FROM articles ORDER BY updated_at DESC, seq DESC LIMIT ? OFFSET ?');
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  return {
    db,
    page(ftsQuery, offset, limit) {
      if (ftsQuery === null) return { rows: all.all(limit, offset), total: countAll.get()?.n ?? 0 };
      return { rows: matching.all(ftsQuery, limit, offset), total: countMatching.get(ftsQuery)?.n ?? 0 };
    },
    close: () => db.close(),
  };
}
