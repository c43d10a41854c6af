import { z } from 'zod';
import type { Db } from '../db/connection';
import { parseJsonColumn } from '../db/json-column';
import {
  ArticleMetaSchema,
  WorkflowStateSchema,
  type Article,
  type ArticleMeta,
  type ArticleSummary,
  type WorkflowState,
} from '../../shared/domain/article';
import { ArticleBodySchema, type ArticleBody } from '../../shared/content/body';
import { GalleyError } from '../../shared/contract/errors';
import { scannedBody } from '../../shared/content/scan';
import { snippetMaker } from './snippet';

interface ArticleRow {
  seq: number;
  id: string;
  headline: string;
  dek: string;
  bylines_json: string;
  byline_urls_json: string | null;
  section: string;
  tags_json: string;
  slug: string;
  dateline: string;
  language: string;
  state: string;
  version: number;
  word_count: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const StringListJson = z.array(z.string());
const StringMapJson = z.record(z.string(), z.string());

function rowToMeta(row: ArticleRow): ArticleMeta {
  return ArticleMetaSchema.parse({
    headline: row.headline,
    dek: row.dek,
    bylines: parseJsonColumn(StringListJson, row.bylines_json, 'bylines'),
    ...(row.byline_urls_json === null ? {} : { bylineUrls: parseJsonColumn(StringMapJson, row.byline_urls_json, 'author pages') }),
    section: row.section,
    tags: parseJsonColumn(StringListJson, row.tags_json, 'tags'),
    slug: row.slug,
    dateline: row.dateline,
    language: row.language,
  });
}

/** The columns a list row shows: the list reads these and nothing else (a whole row costs twice as much to hand over). */
type SummaryRow = Pick<ArticleRow, 'seq' | 'id' | 'headline' | 'dek' | 'section' | 'state' | 'word_count' | 'created_at' | 'updated_at'>;
const SUMMARY_COLUMNS = 'a.seq, a.id, a.headline, a.dek, a.section, a.state, a.word_count, a.created_at, a.updated_at';

function rowToSummary(row: SummaryRow, snippet = ''): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    dek: row.dek,
    section: row.section,
    state: WorkflowStateSchema.parse(row.state),
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(snippet ? { snippet } : {}),
  };
}

/** The footnotes' notes, in document order, as search indexes them (a blank line between two). */
const notesText = (body: ArticleBody) =>
  scannedBody(body)
    .footnotes.map((footnote) => footnote.text)
    .join('\n\n');

/** The article row without its body: enough to check a version or write metadata. */
export interface ArticleHead {
  seq: number;
  version: number;
  meta: ArticleMeta;
  state: WorkflowState;
}

/** What another feature shows of an article it lists (the outbox, a source's citing articles). */
export interface ArticleHeadline {
  seq: number;
  id: string;
  headline: string;
}

export interface StoredArticle {
  seq: number;
  article: Article;
  createdBy: string;
}

export interface NewArticle {
  id: string;
  meta: ArticleMeta;
  body: ArticleBody;
  bodyText: string;
  wordCount: number;
  createdBy: string;
  now: string;
}

export interface ArticleWrite {
  seq: number;
  meta: ArticleMeta;
  body: ArticleBody;
  bodyText: string;
  wordCount: number;
  version: number;
  now: string;
}

export type ArticleRepository = ReturnType<typeof articleRepository>;

/** Plain functions over prepared statements; callers own the transactions. */
export function articleRepository(db: Db) {
  const insertArticle = db.prepare(`
    INSERT INTO articles (id, headline, dek, bylines_json, byline_urls_json, section, tags_json, slug, dateline, language,
                          state, version, word_count, created_by, created_at, updated_at, state_changed_at)
    VALUES (@id, @headline, @dek, @bylines_json, @byline_urls_json, @section, @tags_json, @slug, @dateline, @language,
            'draft', 0, @word_count, @created_by, @now, @now, @now)`);
  const updateArticle = db.prepare(`
    UPDATE articles SET headline = @headline, dek = @dek, bylines_json = @bylines_json, byline_urls_json = @byline_urls_json, section = @section,
      tags_json = @tags_json, slug = @slug, dateline = @dateline, language = @language,
      version = @version, word_count = @word_count, updated_at = @now
    WHERE seq = @seq`);
  const upsertBody = db.prepare(`
    INSERT INTO article_bodies (article_seq, body_json) VALUES (?, ?)
    ON CONFLICT (article_seq) DO UPDATE SET body_json = excluded.body_json`);
  const deleteFts = db.prepare('DELETE FROM articles_fts WHERE rowid = ?');
  const insertFts = db.prepare('INSERT INTO articles_fts (rowid, headline, dek, body, notes) VALUES (?, ?, ?, ?, ?)');
  const selectById = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const selectBody = db.prepare<[number], { body_json: string }>(
    'SELECT body_json FROM article_bodies WHERE article_seq = ?',
  );
  const pageAll = db.prepare<[number, number], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM articles a ORDER BY updated_at DESC, seq DESC LIMIT ? OFFSET ?`,
  );
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  const headlinesIn = db.prepare<[string], ArticleHeadline>(
    'SELECT seq, id, headline FROM articles WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY updated_at DESC, seq DESC',
  );
  // Two plans for a page of matches, picked by how many articles match. Few (up to
  // FEW_MATCHES): the full-text query runs once, its article numbers are the count, and
  // only they are sorted. Many (a common word, a one-letter prefix): count them, then walk
  // the newest-first index keeping the articles in the match set, stopping after one page;
  // sorting 100,000 matches instead took a second per keystroke with snippets, 50 ms
  // without. Either way the text for snippets is read for the page's rows only.
  const FEW_MATCHES = 1000;
  const matchingSeqs = db
    .prepare<[string, number], number>('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?')
    .pluck();
  const pageOfManyMatches = db
    .prepare<[string, number, number], number>(`
      SELECT seq FROM articles INDEXED BY articles_by_update
      WHERE seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)
      ORDER BY updated_at DESC, seq DESC LIMIT ? OFFSET ?`)
    .pluck();
  // A page of the given articles, newest change first, each with its text: the sort and
  // limit run on the article rows, and the text is read for the page's rows only.
  const pageWithText = db.prepare<[string, number, number], SummaryRow & { body: string; notes: string | null }>(`
    SELECT p.*, f.body, f.notes FROM (
      SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.seq IN (SELECT value FROM json_each(?))
      ORDER BY a.updated_at DESC, a.seq DESC LIMIT ? OFFSET ?
    ) p JOIN articles_fts f ON f.rowid = p.seq
    ORDER BY p.updated_at DESC, p.seq DESC`);
  const countMatching = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?',
  );

  const metaParams = (meta: ArticleMeta) => ({
    headline: meta.headline,
    dek: meta.dek,
    bylines_json: JSON.stringify(meta.bylines),
    byline_urls_json: meta.bylineUrls === undefined ? null : JSON.stringify(meta.bylineUrls),
    section: meta.section,
    tags_json: JSON.stringify(meta.tags),
    slug: meta.slug,
    dateline: meta.dateline,
    language: meta.language,
  });

  function index(seq: number, meta: ArticleMeta, body: ArticleBody, bodyText: string): void {
    deleteFts.run(seq);
    insertFts.run(seq, meta.headline, meta.dek, bodyText, notesText(body));
  }

  return {
    insert(a: NewArticle): number {
      const { lastInsertRowid } = insertArticle.run({
        id: a.id,
        ...metaParams(a.meta),
        word_count: a.wordCount,
        created_by: a.createdBy,
        now: a.now,
      });
      const seq = Number(lastInsertRowid);
      upsertBody.run(seq, JSON.stringify(a.body));
      index(seq, a.meta, a.body, a.bodyText);
      return seq;
    },

    /** Writes metadata, body and search index of the working copy. */
    write(w: ArticleWrite): void {
      updateArticle.run({
        seq: w.seq,
        ...metaParams(w.meta),
        version: w.version,
        word_count: w.wordCount,
        now: w.now,
      });
      upsertBody.run(w.seq, JSON.stringify(w.body));
      index(w.seq, w.meta, w.body, w.bodyText);
    },

    /** Many articles' ids and headlines in one query, most recently changed first (as the article list). */
    headlinesOf(seqs: readonly number[]): ArticleHeadline[] {
      return seqs.length === 0 ? [] : headlinesIn.all(JSON.stringify([...new Set(seqs)]));
    },

    head(id: string): ArticleHead | null {
      const row = selectById.get(id);
      if (!row) return null;
      return { seq: row.seq, version: row.version, meta: rowToMeta(row), state: WorkflowStateSchema.parse(row.state) };
    },

    find(id: string): StoredArticle | null {
      const row = selectById.get(id);
      if (!row) return null;
      const bodyRow = selectBody.get(row.seq);
      if (!bodyRow) throw new GalleyError('INTERNAL', `Article ${id} has no stored body.`);
      const body = parseJsonColumn(ArticleBodySchema, bodyRow.body_json, 'body');
      return {
        seq: row.seq,
        createdBy: row.created_by,
        article: {
          id: row.id,
          meta: rowToMeta(row),
          body,
          state: WorkflowStateSchema.parse(row.state) satisfies WorkflowState,
          version: row.version,
          wordCount: row.word_count,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        },
      };
    },

    /** One page, newest change first; with a query, only matching articles, each with a snippet. */
    page(
      search: { ftsQuery: string; text: string } | null,
      offset: number,
      limit: number,
    ): { items: ArticleSummary[]; total: number } {
      if (search === null) {
        return { items: pageAll.all(limit, offset).map((row) => rowToSummary(row)), total: countAll.get()?.n ?? 0 };
      }
      const few = matchingSeqs.all(search.ftsQuery, FEW_MATCHES + 1);
      const total = few.length <= FEW_MATCHES ? few.length : (countMatching.get(search.ftsQuery)?.n ?? 0);
      if (total === 0 || offset >= total) return { items: [], total };
      const rows =
        few.length <= FEW_MATCHES
          ? pageWithText.all(JSON.stringify(few), limit, offset)
          : pageWithText.all(JSON.stringify(pageOfManyMatches.all(search.ftsQuery, limit, offset)), limit, 0);
      const snippetOf = snippetMaker(search.text);
      const items = rows.map((row) => {
        const inBody = snippetOf(row.body);
        // The body's passage first; a match only in a note says so (the reader would not find it in the text).
        if (inBody !== '' || !row.notes) return rowToSummary(row, inBody);
        const inNote = snippetOf(row.notes);
        return inNote === '' ? rowToSummary(row) : { ...rowToSummary(row, inNote), snippetIn: 'note' as const };
      });
      return { items, total };
    },
  };
}
