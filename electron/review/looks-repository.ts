import { z } from 'zod';
import type { Db } from '../db/connection';
import { ArticleMetaSchema } from '../../shared/domain/article';
import { ArticleBodySchema } from '../../shared/content/body';
import { RightsSnapshotSchema, type RightsSnapshot } from '../../shared/diff/types';
import type { ArticleState } from '../../shared/diff/article-diff';
import { GalleyError } from '../../shared/contract/errors';
import { AttributionRuleSchema, SourceKindSchema } from '../../shared/domain/source';
import { sourceSnapshots } from '../../shared/diff/source-snapshot';

/** What a last look keeps: enough to diff against whatever the article becomes. */
export const ReviewSnapshotSchema = z.object({
  meta: ArticleMetaSchema,
  body: ArticleBodySchema,
  rights: z.record(z.string(), RightsSnapshotSchema),
  /** Looks kept before sources were compared have none: their sources are not compared. */
  sources: z.record(z.string(), RightsSnapshotSchema).optional(),
});

interface ViewRow {
  version: number;
  snapshot_json: string;
  seen_at: string;
}

/**
 * The rights of images as a snapshot keeps them. Labelled like the revision_rights trigger
 * of migration 010, so a last look and a revision compare the same way.
 */
const RIGHTS_JSON = `json_object(
  'File name', a.file_name, 'Credit line', r.credit_line, 'Creator', r.creator,
  'Copyright notice', r.copyright_notice, 'Licence', coalesce(r.licence_id, ''), 'Agency', r.agency,
  'Licence reference', r.licence_reference, 'Permission granted by', r.permission_granted_by,
  'Usage terms', r.usage_terms, 'Restrictions', r.restrictions, 'Expires on', coalesce(r.expires_on, ''),
  'AI-generated', CASE r.ai_generated WHEN 1 THEN 'yes' ELSE 'no' END)`;

function parseRights(rows: ReadonlyArray<{ asset_id: string; rights_json: string }>): Record<string, RightsSnapshot> {
  const out: Record<string, RightsSnapshot> = {};
  for (const row of rows) {
    const parsed = RightsSnapshotSchema.safeParse(JSON.parse(row.rights_json));
    if (parsed.success) out[row.asset_id] = parsed.data;
  }
  return out;
}

/** A source as the revision_sources trigger of migration 12 keeps it (flat, as the table has it). */
const KeptSourceSchema = z.object({
  id: z.string(),
  kind: SourceKindSchema,
  title: z.string(),
  url: z.string(),
  publisher: z.string(),
  author: z.string(),
  publishedDate: z.string(),
  accessedDate: z.string(),
  archiveUrl: z.string(),
  notes: z.string(),
  interviewName: z.string().nullable(),
  interviewRole: z.string().nullable(),
  interviewContact: z.string().nullable(),
  attribution: AttributionRuleSchema.nullable(),
});

function parseKeptSources(json: string): Record<string, RightsSnapshot> | undefined {
  const parsed = z.array(KeptSourceSchema).safeParse(JSON.parse(json));
  if (!parsed.success) return undefined;
  return sourceSnapshots(
    parsed.data.map(({ interviewName, interviewRole, interviewContact, attribution, ...fields }) => ({
      ...fields,
      interview: attribution === null ? null : { name: interviewName ?? '', role: interviewRole ?? '', contact: interviewContact ?? '', attribution },
    })),
  );
}

export type ReviewRepository = ReturnType<typeof looksRepository>;

export function looksRepository(db: Db) {
  const seqOf = db.prepare<[string], { seq: number }>('SELECT seq FROM articles WHERE id = ?');
  const selectView = db.prepare<[string, number], ViewRow>(
    'SELECT version, snapshot_json, seen_at FROM review_views WHERE user_id = ? AND article_seq = ?',
  );
  const upsertView = db.prepare(`
    INSERT INTO review_views (user_id, article_seq, version, snapshot_json, seen_at)
    VALUES (@user, @seq, @version, @json, @at)
    ON CONFLICT (user_id, article_seq) DO UPDATE SET
      version = excluded.version, snapshot_json = excluded.snapshot_json, seen_at = excluded.seen_at`);
  const currentRights = db.prepare<[string], { asset_id: string; rights_json: string }>(`
    SELECT a.id AS asset_id, ${RIGHTS_JSON} AS rights_json
    FROM assets a JOIN image_rights r ON r.asset_seq = a.seq
    WHERE a.id IN (SELECT value FROM json_each(?))`);
  const revisionRights = db.prepare<[string], { asset_id: string; rights_json: string }>(
    'SELECT asset_id, rights_json FROM revision_rights WHERE revision_id = ?',
  );
  const sourceTitle = db.prepare<[string], { title: string }>('SELECT title FROM sources WHERE id = ?');
  const revisionSources = db.prepare<[string], { sources_json: string }>('SELECT sources_json FROM revision_sources WHERE revision_id = ?');

  return {
    seqOf(articleId: string): number {
      const row = seqOf.get(articleId);
      if (row === undefined) throw new GalleyError('NOT_FOUND', 'That article does not exist (it may have been removed).');
      return row.seq;
    },

    view(userId: string, seq: number): { version: number; seenAt: string; state: ArticleState } | null {
      const row = selectView.get(userId, seq);
      if (row === undefined) return null;
      const parsed = ReviewSnapshotSchema.safeParse(JSON.parse(row.snapshot_json));
      if (!parsed.success) throw new GalleyError('INTERNAL', 'Your last look at this article cannot be read. Mark it as seen to start again.');
      return { version: row.version, seenAt: row.seen_at, state: parsed.data };
    },

    saveView(userId: string, seq: number, version: number, state: Required<ArticleState>, seenAt: string): void {
      upsertView.run({ user: userId, seq, version, json: JSON.stringify(state), at: seenAt });
    },

    rightsOf(assetIds: readonly string[]): Record<string, RightsSnapshot> {
      return parseRights(currentRights.all(JSON.stringify(assetIds)));
    },

    revisionRights(revisionId: string): Record<string, RightsSnapshot> {
      return parseRights(revisionRights.all(revisionId));
    },

    /** The sources a revision cited or attached when it was written; undefined when not known (older revisions). */
    revisionSources(revisionId: string): Record<string, RightsSnapshot> | undefined {
      const row = revisionSources.get(revisionId);
      return row === undefined ? undefined : parseKeptSources(row.sources_json);
    },

    sourceTitle(id: string): string | undefined {
      return sourceTitle.get(id)?.title;
    },
  };
}
