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
  base_version: number | null;
  base_snapshot_json: string | null;
  base_seen_at: string | null;
}

/** A look as kept: when, at which version, and what the person saw. */
export interface Look {
  version: number;
  seenAt: string;
  state: ArticleState;
}

/** A revision the article went through at a workflow step, and who took the step. */
export interface StepRevision {
  revisionId: string;
  at: string;
  byId: string;
  byName: string;
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
  const selectView = db.prepare<[string, number], ViewRow>(
    'SELECT version, snapshot_json, seen_at, base_version, base_snapshot_json, base_seen_at FROM review_views WHERE user_id = ? AND article_seq = ?',
  );
  const upsertView = db.prepare(`
    INSERT INTO review_views (user_id, article_seq, version, snapshot_json, seen_at, base_version, base_snapshot_json, base_seen_at)
    VALUES (@user, @seq, @version, @json, @at, @baseVersion, @baseJson, @baseAt)
    ON CONFLICT (user_id, article_seq) DO UPDATE SET
      version = excluded.version, snapshot_json = excluded.snapshot_json, seen_at = excluded.seen_at,
      base_version = excluded.base_version, base_snapshot_json = excluded.base_snapshot_json, base_seen_at = excluded.base_seen_at`);
  const lastApprovalBy = db.prepare<[number, string], { revision_id: string; at: string; by_id: string; by_name: string | null }>(`
    SELECT a.revision_id, a.approved_at AS at, a.approved_by AS by_id, u.display_name AS by_name
    FROM approvals a LEFT JOIN users u ON u.id = a.approved_by
    WHERE a.article_seq = ? AND a.approved_by = ? ORDER BY a.approved_at DESC, a.rowid DESC LIMIT 1`);
  const lastSubmission = db.prepare<[number], { revision_id: string; at: string; by_id: string; by_name: string | null }>(`
    SELECT t.revision_id, t.at, t.actor_id AS by_id, u.display_name AS by_name
    FROM article_transitions t LEFT JOIN users u ON u.id = t.actor_id
    WHERE t.article_seq = ? AND t.action = 'submit' AND t.revision_id IS NOT NULL ORDER BY t.at DESC, t.rowid DESC LIMIT 1`);
  const stepRevision = (row: { revision_id: string; at: string; by_id: string; by_name: string | null } | undefined): StepRevision | null =>
    row === undefined ? null : { revisionId: row.revision_id, at: row.at, byId: row.by_id, byName: row.by_name ?? 'Someone' };
  const snapshotOf = (json: string): ArticleState => {
    const parsed = ReviewSnapshotSchema.safeParse(JSON.parse(json));
    if (!parsed.success) throw new GalleyError('INTERNAL', 'Your last look at this article cannot be read. Mark it as seen to start again.');
    return parsed.data;
  };
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
    /**
     * The person's look at their latest opening (or "mark as seen"), and the base the Changes
     * panel compares against: the look before this opening; null on their first.
     */
    view(userId: string, seq: number): { look: Look; base: Look | null } | null {
      const row = selectView.get(userId, seq);
      if (row === undefined) return null;
      const look = { version: row.version, seenAt: row.seen_at, state: snapshotOf(row.snapshot_json) };
      if (row.base_version === null || row.base_snapshot_json === null || row.base_seen_at === null) return { look, base: null };
      return { look, base: { version: row.base_version, seenAt: row.base_seen_at, state: snapshotOf(row.base_snapshot_json) } };
    },

    /** Records a look; `base` is what the Changes panel compares against until the next one (null: nothing yet). */
    saveView(userId: string, seq: number, version: number, state: Required<ArticleState>, seenAt: string, base: { version: number; json: string; seenAt: string } | null): void {
      upsertView.run({ user: userId, seq, version, json: JSON.stringify(state), at: seenAt, baseVersion: base?.version ?? null, baseJson: base?.json ?? null, baseAt: base?.seenAt ?? null });
    },

    /** The raw look row, to move into the base when the person opens the article again. */
    rawLook(userId: string, seq: number): { version: number; json: string; seenAt: string } | null {
      const row = selectView.get(userId, seq);
      return row === undefined ? null : { version: row.version, json: row.snapshot_json, seenAt: row.seen_at };
    },

    /** The revision this person last approved, whether or not the approval still stands. */
    lastApprovalBy(seq: number, userId: string): StepRevision | null {
      return stepRevision(lastApprovalBy.get(seq, userId));
    },

    /** The revision kept when the writer last submitted the article. */
    lastSubmission(seq: number): StepRevision | null {
      return stepRevision(lastSubmission.get(seq));
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
