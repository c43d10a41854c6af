import type { Db } from '../db/connection';
import { ArticleMetaSchema, type ArticleMeta } from '../../shared/domain/article';
import { ArticleBodySchema, type ArticleBody } from '../../shared/content/body';
import {
  RevisionSummarySchema,
  type Revision,
  type RevisionSummary,
} from '../../shared/domain/revision';
import { GalleyError } from '../../shared/contract/errors';
import type { RightsSnapshot } from '../../shared/diff/types';
import { parseKeptSources, parseRights } from './kept-records';

interface RevisionRow {
  id: string;
  article_id: string;
  number: number;
  name: string;
  reason: string;
  meta_json: string;
  body_json: string;
  word_count: number;
  content_hash: string;
  author: string;
  created_at: string;
}

export interface NewRevision {
  id: string;
  articleSeq: number;
  name: string;
  reason: RevisionSummary['reason'];
  meta: ArticleMeta;
  body: ArticleBody;
  wordCount: number;
  contentHash: string;
  author: string;
  now: string;
}

function rowToSummary(row: RevisionRow): RevisionSummary {
  return RevisionSummarySchema.parse({
    id: row.id,
    articleId: row.article_id,
    number: row.number,
    name: row.name,
    reason: row.reason,
    contentHash: row.content_hash,
    wordCount: row.word_count,
    author: row.author,
    createdAt: row.created_at,
  });
}

function parseStored<T>(parse: (v: unknown) => T, text: string, what: string): T {
  try {
    return parse(JSON.parse(text));
  } catch {
    throw new GalleyError('INTERNAL', `The stored ${what} of a revision cannot be read.`);
  }
}

export type RevisionRepository = ReturnType<typeof revisionRepository>;

export function revisionRepository(db: Db) {
  const columns = `r.id, a.id AS article_id, r.number, r.name, r.reason, r.word_count, r.content_hash,
                   r.author, r.created_at`;
  const insert = db.prepare(`
    INSERT INTO revisions (id, article_seq, number, name, reason, meta_json, body_json, word_count,
                           content_hash, author, created_at)
    VALUES (@id, @article_seq,
            (SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE article_seq = @article_seq),
            @name, @reason, @meta_json, @body_json, @word_count, @content_hash, @author, @now)`);
  const listForArticle = db.prepare<[number], RevisionRow>(`
    SELECT ${columns} FROM revisions r JOIN articles a ON a.seq = r.article_seq
    WHERE r.article_seq = ? ORDER BY r.number DESC`);
  const selectOne = db.prepare<[string], RevisionRow>(`
    SELECT ${columns}, r.meta_json, r.body_json FROM revisions r JOIN articles a ON a.seq = r.article_seq
    WHERE r.id = ?`);

  const keptRights = db.prepare<[string], { asset_id: string; rights_json: string }>(
    'SELECT asset_id, rights_json FROM revision_rights WHERE revision_id = ?',
  );
  const keptSources = db.prepare<[string], string>('SELECT sources_json FROM revision_sources WHERE revision_id = ?').pluck();
  // revision_rights lists the images of every revision (migration 10's trigger).
  const showing = db.prepare<[string], string>('SELECT revision_id FROM revision_rights WHERE asset_id = ?').pluck();
  const numberOf = db.prepare<[string], number>('SELECT number FROM revisions WHERE id = ?').pluck();

  return {
    insert(r: NewRevision): RevisionSummary {
      insert.run({
        id: r.id,
        article_seq: r.articleSeq,
        name: r.name,
        reason: r.reason,
        meta_json: JSON.stringify(r.meta),
        body_json: JSON.stringify(r.body),
        word_count: r.wordCount,
        content_hash: r.contentHash,
        author: r.author,
        now: r.now,
      });
      const row = selectOne.get(r.id);
      if (!row) throw new GalleyError('INTERNAL', 'A revision vanished while it was being written.');
      return rowToSummary(row);
    },

    /** The rights of the revision's images as they were when it was written. */
    keptRights(revisionId: string): Record<string, RightsSnapshot> {
      return parseRights(keptRights.all(revisionId));
    },

    /** The sources a revision cited or attached when it was written; undefined when not known (older revisions). */
    keptSources(revisionId: string): Record<string, RightsSnapshot> | undefined {
      const json = keptSources.get(revisionId);
      return json === undefined ? undefined : parseKeptSources(json);
    },

    /** The ids of the revisions that show the image. */
    showing(assetId: string): string[] {
      return showing.all(assetId);
    },

    /** A revision's number within its article; null when there is no such revision. */
    numberOf(id: string): number | null {
      return numberOf.get(id) ?? null;
    },

    list(articleSeq: number): RevisionSummary[] {
      return listForArticle.all(articleSeq).map(rowToSummary);
    },

    find(id: string): Revision | null {
      const row = selectOne.get(id);
      if (!row) return null;
      return {
        ...rowToSummary(row),
        meta: parseStored((v) => ArticleMetaSchema.parse(v), row.meta_json, 'metadata'),
        body: parseStored((v) => ArticleBodySchema.parse(v), row.body_json, 'body'),
      };
    },
  };
}
