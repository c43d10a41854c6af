import type { Db } from '../db/connection';
import { WorkflowStateSchema } from '../../shared/domain/article';
import type { DeskFilter, DeskRow, WorkflowColumns, WorkflowRow } from './workflow-row';

interface RawWorkflowRow {
  seq: number;
  id: string;
  state: string;
  created_by: string;
  holder_id: string | null;
  approved_revision_id: string | null;
  approved_hash: string | null;
  publish_at: string | null;
  published_revision_id: string | null;
  published_at: string | null;
  state_changed_at: string | null;
  created_at: string;
}

interface RawDeskRow {
  seq: number;
  id: string;
  headline: string;
  section: string;
  state: string;
  created_by: string;
  holder_id: string | null;
  updated_at: string;
  state_changed_at: string | null;
  created_at: string;
  publish_at: string | null;
}

const WORKFLOW_COLUMNS = `seq, id, state, created_by, holder_id, approved_revision_id, approved_hash, publish_at,
  published_revision_id, published_at, state_changed_at, created_at`;
const DESK_COLUMNS = 'a.seq, a.id, a.headline, a.section, a.state, a.created_by, a.holder_id, a.updated_at, a.state_changed_at, a.created_at, a.publish_at';
/** The states in which an article carries a live approval that nothing may change under it. */
const LIVE = `state IN ('approved', 'scheduled')`;

export type ArticleStateRepository = ReturnType<typeof articleStateRepository>;

/** Plain functions over prepared statements; callers own the transactions. */
export function articleStateRepository(db: Db) {
  const selectRow = db.prepare<[string], RawWorkflowRow>(`SELECT ${WORKFLOW_COLUMNS} FROM articles WHERE id = ?`);
  const selectRowBySeq = db.prepare<[number], RawWorkflowRow>(`SELECT ${WORKFLOW_COLUMNS} FROM articles WHERE seq = ?`);
  const update = db.prepare(`
    UPDATE articles SET state = @state, holder_id = @holderId, approved_revision_id = @approvedRevisionId,
      approved_hash = @approvedHash, publish_at = @publishAt, published_revision_id = @publishedRevisionId,
      published_at = @publishedAt, state_changed_at = @stateChangedAt
    WHERE seq = @seq`);
  const liveAmong = db
    .prepare<[string], string>(`SELECT id FROM articles WHERE ${LIVE} AND seq IN (SELECT value FROM json_each(?))`)
    .pluck();
  const liveApproving = db
    .prepare<[string], string>(`SELECT id FROM articles WHERE ${LIVE} AND approved_revision_id IN (SELECT value FROM json_each(?))`)
    .pluck();
  const liveById = db.prepare<[string], string>(`SELECT id FROM articles WHERE ${LIVE} AND id = ?`).pluck();
  const scheduledDue = db.prepare<[string], { id: string; publish_at: string }>(
    `SELECT id, publish_at FROM articles WHERE state = 'scheduled' AND publish_at IS NOT NULL AND publish_at <= ? ORDER BY publish_at`,
  );
  const scheduledNext = db.prepare<[], { id: string; publish_at: string }>(
    `SELECT id, publish_at FROM articles WHERE state = 'scheduled' AND publish_at IS NOT NULL ORDER BY publish_at`,
  );

  const toRow = (raw: RawWorkflowRow): WorkflowRow => ({
    seq: raw.seq,
    id: raw.id,
    state: WorkflowStateSchema.parse(raw.state),
    authorId: raw.created_by,
    holderId: raw.holder_id,
    approvedRevisionId: raw.approved_revision_id,
    approvedHash: raw.approved_hash,
    publishAt: raw.publish_at,
    publishedRevisionId: raw.published_revision_id,
    publishedAt: raw.published_at,
    stateChangedAt: raw.state_changed_at ?? raw.created_at,
  });

  const toDeskRow = (raw: RawDeskRow): DeskRow => ({
    seq: raw.seq,
    id: raw.id,
    headline: raw.headline,
    section: raw.section,
    state: WorkflowStateSchema.parse(raw.state),
    authorId: raw.created_by,
    holderId: raw.holder_id,
    updatedAt: raw.updated_at,
    stateChangedAt: raw.state_changed_at ?? raw.created_at,
    publishAt: raw.publish_at,
  });

  const deskQueries = {
    authoredInState: {
      items: db.prepare<[string, string, number], RawDeskRow>(
        `SELECT ${DESK_COLUMNS} FROM articles a WHERE a.created_by = ? AND a.state = ?
         ORDER BY a.state_changed_at DESC, a.seq DESC LIMIT ?`,
      ),
      count: db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM articles WHERE created_by = ? AND state = ?'),
    },
    inState: {
      items: db.prepare<[string, number], RawDeskRow>(
        `SELECT ${DESK_COLUMNS} FROM articles a WHERE a.state = ?
         ORDER BY a.state_changed_at DESC, a.seq DESC LIMIT ?`,
      ),
      count: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM articles WHERE state = ?'),
    },
    heldInState: {
      items: db.prepare<[string, string, number], RawDeskRow>(
        `SELECT ${DESK_COLUMNS} FROM articles a WHERE a.holder_id = ? AND a.state = ?
         ORDER BY a.state_changed_at DESC, a.seq DESC LIMIT ?`,
      ),
      count: db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM articles WHERE holder_id = ? AND state = ?'),
    },
    publishedSince: {
      items: db.prepare<[string, number], RawDeskRow>(
        `SELECT ${DESK_COLUMNS} FROM articles a WHERE a.state = 'published' AND a.published_at >= ?
         ORDER BY a.published_at DESC, a.seq DESC LIMIT ?`,
      ),
      count: db.prepare<[string], { n: number }>(
        "SELECT count(*) AS n FROM articles WHERE state = 'published' AND published_at >= ?",
      ),
    },
  };

  return {
    find(articleId: string): WorkflowRow | null {
      const raw = selectRow.get(articleId);
      return raw ? toRow(raw) : null;
    },

    findBySeq(seq: number): WorkflowRow | null {
      const raw = selectRowBySeq.get(seq);
      return raw ? toRow(raw) : null;
    },

    update(seq: number, columns: WorkflowColumns): void {
      update.run({ seq, ...columns });
    },

    /** Of the given articles (by row number), the ids of those approved or scheduled. */
    liveAmong(seqs: readonly number[]): string[] {
      return seqs.length === 0 ? [] : liveAmong.all(JSON.stringify(seqs));
    },

    /** The ids of the approved or scheduled articles whose approved revision is one of these. */
    liveApproving(revisionIds: readonly string[]): string[] {
      return revisionIds.length === 0 ? [] : liveApproving.all(JSON.stringify(revisionIds));
    },

    /** The id of the article when it is approved or scheduled, else nothing. */
    liveById(articleId: string): string[] {
      return liveById.all(articleId);
    },

    /** Scheduled articles whose time has come (`at` or before), soonest first. */
    scheduledDue(at: string): Array<{ id: string; publishAt: string }> {
      return scheduledDue.all(at).map((row) => ({ id: row.id, publishAt: row.publish_at }));
    },

    /** Every scheduled article, soonest first. */
    scheduled(): Array<{ id: string; publishAt: string }> {
      return scheduledNext.all().map((row) => ({ id: row.id, publishAt: row.publish_at }));
    },

    desk(filter: DeskFilter, limit: number): { rows: DeskRow[]; count: number } {
      switch (filter.kind) {
        case 'authoredInState':
          return {
            rows: deskQueries.authoredInState.items.all(filter.authorId, filter.state, limit).map(toDeskRow),
            count: deskQueries.authoredInState.count.get(filter.authorId, filter.state)?.n ?? 0,
          };
        case 'inState':
          return {
            rows: deskQueries.inState.items.all(filter.state, limit).map(toDeskRow),
            count: deskQueries.inState.count.get(filter.state)?.n ?? 0,
          };
        case 'heldInState':
          return {
            rows: deskQueries.heldInState.items.all(filter.holderId, filter.state, limit).map(toDeskRow),
            count: deskQueries.heldInState.count.get(filter.holderId, filter.state)?.n ?? 0,
          };
        case 'publishedSince':
          return {
            rows: deskQueries.publishedSince.items.all(filter.since, limit).map(toDeskRow),
            count: deskQueries.publishedSince.count.get(filter.since)?.n ?? 0,
          };
      }
    },
  };
}
