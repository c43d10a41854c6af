import type { Db } from '../db/connection';
import { GalleyError } from '../../shared/contract/errors';
import { SourceSchema, type Source, type SourceFields } from '../../shared/domain/source';
import { titleKey, urlKey } from '../../shared/sources/identity';
import type { ArticleStore } from '../articles/store';

interface SourceRow {
  seq: number;
  id: string;
  kind: string;
  title: string;
  url: string;
  publisher: string;
  author: string;
  published_date: string;
  accessed_date: string;
  archive_url: string;
  notes: string;
  interview_name: string | null;
  interview_role: string | null;
  interview_contact: string | null;
  attribution: string | null;
  created_at: string;
  updated_at: string;
}

/** Database rows are a trust boundary: a row that does not parse is reported, not guessed at. */
function rowToSource(row: SourceRow): Source {
  const parsed = SourceSchema.safeParse({
    id: row.id,
    kind: row.kind,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    author: row.author,
    publishedDate: row.published_date,
    accessedDate: row.accessed_date,
    archiveUrl: row.archive_url,
    notes: row.notes,
    interview:
      row.attribution === null
        ? null
        : {
            name: row.interview_name ?? '',
            role: row.interview_role ?? '',
            contact: row.interview_contact ?? '',
            attribution: row.attribution,
          },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  if (!parsed.success) throw new GalleyError('INTERNAL', `The stored source ${row.id} has an unexpected shape.`);
  return parsed.data;
}

const fieldParams = (fields: SourceFields) => ({
  kind: fields.kind,
  title: fields.title,
  url: fields.url,
  publisher: fields.publisher,
  author: fields.author,
  published_date: fields.publishedDate,
  accessed_date: fields.accessedDate,
  archive_url: fields.archiveUrl,
  notes: fields.notes,
  interview_name: fields.interview?.name ?? null,
  interview_role: fields.interview?.role ?? null,
  interview_contact: fields.interview?.contact ?? null,
  attribution: fields.interview?.attribution ?? null,
  url_key: urlKey(fields.url),
  title_key: titleKey(fields),
});

/** `%` and `_` are LIKE wildcards: a search for "50%" means the characters. */
const likePattern = (query: string): string => `%${query.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** Where an article cites a source (for refusing a delete or a detach, and saying why). */
export interface CitingArticle {
  articleId: string;
  headline: string;
  places: number;
}

export type SourceRepository = ReturnType<typeof sourceRepository>;

/** Plain functions over prepared statements; callers own the transactions. */
export function sourceRepository(db: Db, articles: Pick<ArticleStore['rows'], 'headlinesOf'>) {
  const insert = db.prepare(`
    INSERT INTO sources (id, kind, title, url, publisher, author, published_date, accessed_date, archive_url, notes,
                         interview_name, interview_role, interview_contact, attribution, url_key, title_key,
                         created_at, updated_at)
    VALUES (@id, @kind, @title, @url, @publisher, @author, @published_date, @accessed_date, @archive_url, @notes,
            @interview_name, @interview_role, @interview_contact, @attribution, @url_key, @title_key, @now, @now)`);
  const update = db.prepare(`
    UPDATE sources SET kind = @kind, title = @title, url = @url, publisher = @publisher, author = @author,
      published_date = @published_date, accessed_date = @accessed_date, archive_url = @archive_url, notes = @notes,
      interview_name = @interview_name, interview_role = @interview_role, interview_contact = @interview_contact,
      attribution = @attribution, url_key = @url_key, title_key = @title_key, updated_at = @now
    WHERE id = @id`);
  const remove = db.prepare<[string]>('DELETE FROM sources WHERE id = ?');
  const byId = db.prepare<[string], SourceRow>('SELECT * FROM sources WHERE id = ?');
  const byIds = db.prepare<[string], SourceRow>('SELECT * FROM sources WHERE id IN (SELECT value FROM json_each(?))');
  const seqsIn = db.prepare<[string], { id: string; seq: number }>('SELECT id, seq FROM sources WHERE id IN (SELECT value FROM json_each(?))');
  const idsIn = db.prepare<[string], { seq: number; id: string }>('SELECT seq, id FROM sources WHERE seq IN (SELECT value FROM json_each(?))');
  const recent = db.prepare<[number], SourceRow>('SELECT * FROM sources ORDER BY updated_at DESC, seq DESC LIMIT ?');
  const search = db.prepare<{ pattern: string; limit: number }, SourceRow>(`
    SELECT * FROM sources
    WHERE title LIKE @pattern ESCAPE '\\' OR publisher LIKE @pattern ESCAPE '\\'
       OR author LIKE @pattern ESCAPE '\\' OR url LIKE @pattern ESCAPE '\\'
    ORDER BY updated_at DESC, seq DESC LIMIT @limit`);
  const sameAs = db.prepare<{ url_key: string; title_key: string }, SourceRow>(`
    SELECT * FROM sources WHERE (@url_key <> '' AND url_key = @url_key) OR title_key = @title_key
    ORDER BY seq LIMIT 1`);
  const ofArticle = db.prepare<[number], SourceRow>(`
    SELECT s.* FROM article_sources a JOIN sources s ON s.seq = a.source_seq
    WHERE a.article_seq = ? ORDER BY a.attached_at, s.seq`);
  const attach = db.prepare<[number, string, string]>(`
    INSERT INTO article_sources (article_seq, source_seq, attached_at)
    SELECT ?, seq, ? FROM sources WHERE id = ? ON CONFLICT DO NOTHING`);
  const detach = db.prepare<[number, string]>(
    'DELETE FROM article_sources WHERE article_seq = ? AND source_seq = (SELECT seq FROM sources WHERE id = ?)',
  );
  const citing = db.prepare<[string], { article_seq: number; places: number }>(
    'SELECT article_seq, count(*) AS places FROM citations WHERE source_id = ? GROUP BY article_seq',
  );
  const citingIn = db.prepare<[number, string], { places: number }>(
    'SELECT count(*) AS places FROM citations WHERE article_seq = ? AND source_id = ?',
  );
  const usingSource = db
    .prepare<[string, string], number>(`
      SELECT x.article_seq FROM article_sources x JOIN sources s ON s.seq = x.source_seq WHERE s.id = ?
      UNION SELECT c.article_seq FROM citations c WHERE c.source_id = ?`)
    .pluck();
  const citedIdsOf = db.prepare<[number], { source_id: string }>('SELECT DISTINCT source_id FROM citations WHERE article_seq = ?');
  const confidential = db.prepare<[], SourceRow>("SELECT * FROM sources WHERE attribution IN ('background', 'anonymous')");

  return {
    insert(id: string, fields: SourceFields, now: string): Source {
      insert.run({ id, ...fieldParams(fields), now });
      return rowToSource(byId.get(id)!);
    },

    update(id: string, fields: SourceFields, now: string): Source | null {
      const { changes } = update.run({ id, ...fieldParams(fields), now });
      return changes === 0 ? null : rowToSource(byId.get(id)!);
    },

    remove(id: string): boolean {
      return remove.run(id).changes > 0;
    },

    find(id: string): Source | null {
      const row = byId.get(id);
      return row ? rowToSource(row) : null;
    },

    findMany(ids: readonly string[]): Source[] {
      return ids.length === 0 ? [] : byIds.all(JSON.stringify(ids)).map(rowToSource);
    },

    /** The row numbers of many sources in one query, by id; ids that name no source are absent. */
    seqsOf(ids: readonly string[]): Map<string, number> {
      if (ids.length === 0) return new Map();
      return new Map(seqsIn.all(JSON.stringify([...new Set(ids)])).map((row) => [row.id, row.seq]));
    },

    /** The ids of many sources in one query, by row number. */
    idsOf(seqs: readonly number[]): Map<number, string> {
      if (seqs.length === 0) return new Map();
      return new Map(idsIn.all(JSON.stringify([...new Set(seqs)])).map((row) => [row.seq, row.id]));
    },

    /** The library, newest change first; with a query, sources whose title, publisher, author or address contain it. */
    search(query: string, limit: number): Source[] {
      const trimmed = query.trim();
      const rows = trimmed === '' ? recent.all(limit) : search.all({ pattern: likePattern(trimmed), limit });
      return rows.map(rowToSource);
    },

    /** A library source that is the same as `fields` (shared/sources/identity), or null. */
    findSame(fields: SourceFields): Source | null {
      const { url_key, title_key } = fieldParams(fields);
      const row = sameAs.get({ url_key, title_key });
      return row ? rowToSource(row) : null;
    },

    ofArticle(articleSeq: number): Source[] {
      return ofArticle.all(articleSeq).map(rowToSource);
    },

    attach(articleSeq: number, sourceId: string, now: string): void {
      attach.run(articleSeq, now, sourceId);
    },

    detach(articleSeq: number, sourceId: string): boolean {
      return detach.run(articleSeq, sourceId).changes > 0;
    },

    /** The articles whose working copy cites the source (from the citation index), most recently changed first. */
    citingArticles(sourceId: string): CitingArticle[] {
      const places = new Map(citing.all(sourceId).map((row) => [row.article_seq, row.places]));
      return articles.headlinesOf([...places.keys()]).map((row) => ({ articleId: row.id, headline: row.headline, places: places.get(row.seq)! }));
    },

    /** The row numbers of the articles that attach the source or whose working copy cites it. */
    articlesUsing(sourceId: string): number[] {
      return usingSource.all(sourceId, sourceId);
    },

    /** How many places in one article cite the source. */
    placesIn(articleSeq: number, sourceId: string): number {
      return citingIn.get(articleSeq, sourceId)?.places ?? 0;
    },

    /** Every source id an article's working copy cites (from the index). */
    citedIds(articleSeq: number): string[] {
      return citedIdsOf.all(articleSeq).map((row) => row.source_id);
    },

    /** Every confidential source in the library: what the redaction of logs and command output hides. */
    confidential(): Source[] {
      return confidential.all().map(rowToSource);
    },
  };
}
