import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../../electron/services';

/**
 * The baselines for the search benchmark: the raw FTS5 query for the same page (MATCH,
 * join to the articles, newest change first, a page of the columns the list shows, and
 * the total count), written the plain way in one statement and issued straight through
 * better-sqlite3 on its own connection: no query building, no row mapping, no schema
 * checks.
 *
 * Galley's list shows an excerpt around the match in each row, so the baseline it is held
 * to makes one too, the way FTS5 offers: its snippet() function (16 tokens, the body
 * column). The same query without excerpts is measured as well, so the cost of the
 * excerpts themselves can be read off.
 */
export interface RawSearch {
  db: Database.Database;
  /** `ftsQuery` is the FTS5 expression (already built); null lists everything. */
  page(ftsQuery: string | null, offset: number, limit: number, excerpts: boolean): { rows: unknown[]; total: number };
  close(): void;
}

/** The columns the list shows, the same ones Galley reads for a page. */
const LIST_COLUMNS = 'a.seq, a.id, a.headline, a.dek, a.section, a.state, a.word_count, a.created_at, a.updated_at';

export function openRawSearch(dataDir: string): RawSearch {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const matching = (columns: string) =>
    db.prepare(`
      SELECT ${columns}
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ?
      ORDER BY a.updated_at DESC, a.seq DESC LIMIT ? OFFSET ?`);
  const matchingWithExcerpts = matching(`${LIST_COLUMNS}, snippet(articles_fts, 2, '', '', '…', 16) AS snippet`);
  const matchingPlain = matching(LIST_COLUMNS);
  const countMatching = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?');
  const all = db.prepare(`SELECT ${LIST_COLUMNS} FROM articles a ORDER BY updated_at DESC, seq DESC LIMIT ? OFFSET ?`);
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  return {
    db,
    page(ftsQuery, offset, limit, excerpts) {
      if (ftsQuery === null) return { rows: all.all(limit, offset), total: countAll.get()?.n ?? 0 };
      const statement = excerpts ? matchingWithExcerpts : matchingPlain;
      return { rows: statement.all(ftsQuery, limit, offset), total: countMatching.get(ftsQuery)?.n ?? 0 };
    },
    close: () => db.close(),
  };
}
