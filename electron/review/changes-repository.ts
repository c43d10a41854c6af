import { z } from 'zod';
import type { Db } from '../db/connection';
import { readJsonColumn } from '../db/json-column';
import { ArticleMetaSchema } from '../../shared/domain/article';
import { ArticleBodySchema } from '../../shared/content/body';
import { RightsSnapshotSchema } from '../../shared/diff/types';
import type { ArticleState } from '../../shared/diff/article-diff';
import { GalleyError } from '../../shared/contract/errors';

/** What a last look keeps: enough to diff against whatever the article becomes. */
export const LookSnapshotSchema = z.object({
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

export type ChangesRepository = ReturnType<typeof changesRepository>;

/**
 * Each person's looks at each article, for the Changes panel. The looks live in the
 * `review_views` table (its name from before the panel was called Changes; tables keep
 * their names): one row per person and article, the latest look and the base before it.
 */
export function changesRepository(db: Db) {
  const selectView = db.prepare<[string, number], ViewRow>(
    'SELECT version, snapshot_json, seen_at, base_version, base_snapshot_json, base_seen_at FROM review_views WHERE user_id = ? AND article_seq = ?',
  );
  const upsertView = db.prepare(`
    INSERT INTO review_views (user_id, article_seq, version, snapshot_json, seen_at, base_version, base_snapshot_json, base_seen_at)
    VALUES (@user, @seq, @version, @json, @at, @baseVersion, @baseJson, @baseAt)
    ON CONFLICT (user_id, article_seq) DO UPDATE SET
      version = excluded.version, snapshot_json = excluded.snapshot_json, seen_at = excluded.seen_at,
      base_version = excluded.base_version, base_snapshot_json = excluded.base_snapshot_json, base_seen_at = excluded.base_seen_at`);
  const snapshotOf = (json: string): ArticleState => {
    const snapshot = readJsonColumn(LookSnapshotSchema, json);
    if (snapshot === undefined) throw new GalleyError('INTERNAL', 'Your last look at this article cannot be read. Mark it as seen to start again.');
    return snapshot;
  };
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
  };
}
