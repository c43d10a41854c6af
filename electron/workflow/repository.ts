import type { Db } from '../db/connection';
import { WorkflowStateSchema, type WorkflowState } from '../../shared/domain/article';
import type { HomeItem, TransitionRecord } from '../../shared/domain/workflow';
import type { WorkflowAction } from '../../shared/workflow/actions';

/** The workflow columns of an article row. */
export interface WorkflowRow {
  seq: number;
  id: string;
  state: WorkflowState;
  authorId: string;
  holderId: string | null;
  approvedRevisionId: string | null;
  approvedHash: string | null;
  publishAt: string | null;
  publishedRevisionId: string | null;
  publishedAt: string | null;
  stateChangedAt: string;
}

export type WorkflowColumns = Pick<
  WorkflowRow,
  'state' | 'holderId' | 'approvedRevisionId' | 'approvedHash' | 'publishAt' | 'publishedRevisionId' | 'publishedAt' | 'stateChangedAt'
>;

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

export interface ApprovalRow {
  id: string;
  revisionId: string;
  revisionNumber: number;
  contentHash: string;
  approvedBy: string;
  approvedAt: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
  /** The hash of the publication it binds (./publication-guard); null for approvals made before Galley kept it. */
  publicationHash: string | null;
}

/** An approval's stored publication: canonical JSON and its hash. */
export interface StoredPublicationCopy {
  json: string;
  hash: string;
}

interface RawApprovalRow {
  id: string;
  revision_id: string;
  revision_number: number;
  content_hash: string;
  approved_by: string;
  approved_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
  publication_hash: string | null;
}

interface RawTransitionRow {
  action: string;
  from_state: string;
  to_state: string;
  actor_id: string;
  actor_name: string | null;
  note: string | null;
  at: string;
}

interface RawHomeRow {
  id: string;
  headline: string;
  section: string;
  state: string;
  created_by: string;
  author_name: string | null;
  holder_id: string | null;
  holder_name: string | null;
  updated_at: string;
  state_changed_at: string | null;
  created_at: string;
  publish_at: string | null;
  note: string | null;
}

export interface NewTransition {
  id: string;
  articleSeq: number;
  action: string;
  from: WorkflowState;
  to: WorkflowState;
  actorId: string;
  note: string | null;
  revisionId: string | null;
  contentHash: string | null;
  at: string;
}

/** Which articles a home section lists; each is one indexed query. */
export type HomeFilter =
  | { kind: 'authoredInState'; authorId: string; state: WorkflowState }
  | { kind: 'inState'; state: WorkflowState }
  | { kind: 'heldInState'; holderId: string; state: WorkflowState }
  | { kind: 'publishedSince'; since: string };

const HOME_COLUMNS = `
  a.id, a.headline, a.section, a.state, a.created_by, a.holder_id, a.updated_at, a.state_changed_at, a.created_at,
  a.publish_at, au.display_name AS author_name, ho.display_name AS holder_name,
  CASE WHEN a.state = 'returned' THEN
    (SELECT t.note FROM article_transitions t WHERE t.article_seq = a.seq AND t.action = 'return'
     ORDER BY t.at DESC, t.rowid DESC LIMIT 1)
  END AS note`;
const HOME_JOINS = `LEFT JOIN users au ON au.id = a.created_by LEFT JOIN users ho ON ho.id = a.holder_id`;

export type WorkflowRepository = ReturnType<typeof workflowRepository>;

/** Plain functions over prepared statements; callers own the transactions. */
export function workflowRepository(db: Db) {
  const selectRow = db.prepare<[string], RawWorkflowRow>(`
    SELECT seq, id, state, created_by, holder_id, approved_revision_id, approved_hash, publish_at,
           published_revision_id, published_at, state_changed_at, created_at
    FROM articles WHERE id = ?`);
  const selectRowBySeq = db.prepare<[number], RawWorkflowRow>(`
    SELECT seq, id, state, created_by, holder_id, approved_revision_id, approved_hash, publish_at,
           published_revision_id, published_at, state_changed_at, created_at
    FROM articles WHERE seq = ?`);
  const update = db.prepare(`
    UPDATE articles SET state = @state, holder_id = @holderId, approved_revision_id = @approvedRevisionId,
      approved_hash = @approvedHash, publish_at = @publishAt, published_revision_id = @publishedRevisionId,
      published_at = @publishedAt, state_changed_at = @stateChangedAt
    WHERE seq = @seq`);
  const insertTransition = db.prepare(`
    INSERT INTO article_transitions (id, article_seq, action, from_state, to_state, actor_id, note, revision_id, content_hash, at)
    VALUES (@id, @articleSeq, @action, @from, @to, @actorId, @note, @revisionId, @contentHash, @at)`);
  const history = db.prepare<[number, number], RawTransitionRow>(`
    SELECT t.action, t.from_state, t.to_state, t.actor_id, u.display_name AS actor_name, t.note, t.at
    FROM article_transitions t LEFT JOIN users u ON u.id = t.actor_id
    WHERE t.article_seq = ? ORDER BY t.at DESC, t.rowid DESC LIMIT ?`);
  const lastStep = db.prepare<[number, string], RawTransitionRow>(`
    SELECT t.action, t.from_state, t.to_state, t.actor_id, u.display_name AS actor_name, t.note, t.at
    FROM article_transitions t LEFT JOIN users u ON u.id = t.actor_id
    WHERE t.article_seq = ? AND t.action = ? ORDER BY t.at DESC, t.rowid DESC LIMIT 1`);
  const insertApproval = db.prepare(`
    INSERT INTO approvals (id, article_seq, revision_id, content_hash, approved_by, approved_at, publication_json, publication_hash)
    VALUES (@id, @articleSeq, @revisionId, @contentHash, @approvedBy, @approvedAt, @publicationJson, @publicationHash)`);
  const publicationOfRevision = db.prepare<[string], { publication_json: string | null; publication_hash: string | null }>(`
    SELECT publication_json, publication_hash FROM approvals WHERE revision_id = ? ORDER BY approved_at DESC, rowid DESC LIMIT 1`);
  const latestApproval = db.prepare<[number], RawApprovalRow>(`
    SELECT ap.*, r.number AS revision_number FROM approvals ap JOIN revisions r ON r.id = ap.revision_id
    WHERE ap.article_seq = ? ORDER BY ap.approved_at DESC, ap.rowid DESC LIMIT 1`);
  const voidApprovals = db.prepare(`
    UPDATE approvals SET voided_at = @at, voided_by = @by, void_reason = @reason
    WHERE article_seq = @articleSeq AND voided_at IS NULL`);
  const insertAcknowledgement = db.prepare(`
    INSERT INTO approval_acknowledgements (id, approval_id, finding_key, code, message, acknowledged_by, at)
    VALUES (@id, @approvalId, @findingKey, @code, @message, @acknowledgedBy, @at)`);

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

  const toRecord = (raw: RawTransitionRow): TransitionRecord => ({
    action: raw.action,
    from: WorkflowStateSchema.parse(raw.from_state),
    to: WorkflowStateSchema.parse(raw.to_state),
    by: { id: raw.actor_id, name: raw.actor_name ?? raw.actor_id },
    at: raw.at,
    note: raw.note,
  });

  const toHomeItem = (raw: RawHomeRow): HomeItem => ({
    id: raw.id,
    headline: raw.headline,
    section: raw.section,
    state: WorkflowStateSchema.parse(raw.state),
    author: { id: raw.created_by, name: raw.author_name ?? raw.created_by },
    holder: raw.holder_id === null ? null : { id: raw.holder_id, name: raw.holder_name ?? raw.holder_id },
    updatedAt: raw.updated_at,
    stateChangedAt: raw.state_changed_at ?? raw.created_at,
    publishAt: raw.publish_at,
    note: raw.note,
  });

  const homeQueries = {
    authoredInState: {
      items: db.prepare<[string, string, number], RawHomeRow>(
        `SELECT ${HOME_COLUMNS} FROM articles a ${HOME_JOINS} WHERE a.created_by = ? AND a.state = ?
         ORDER BY a.state_changed_at DESC, a.seq DESC LIMIT ?`,
      ),
      count: db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM articles WHERE created_by = ? AND state = ?'),
    },
    inState: {
      items: db.prepare<[string, number], RawHomeRow>(
        `SELECT ${HOME_COLUMNS} FROM articles a ${HOME_JOINS} WHERE a.state = ?
         ORDER BY a.state_changed_at DESC, a.seq DESC LIMIT ?`,
      ),
      count: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM articles WHERE state = ?'),
    },
    heldInState: {
      items: db.prepare<[string, string, number], RawHomeRow>(
        `SELECT ${HOME_COLUMNS} FROM articles a ${HOME_JOINS} WHERE a.holder_id = ? AND a.state = ?
         ORDER BY a.state_changed_at DESC, a.seq DESC LIMIT ?`,
      ),
      count: db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM articles WHERE holder_id = ? AND state = ?'),
    },
    publishedSince: {
      items: db.prepare<[string, number], RawHomeRow>(
        `SELECT ${HOME_COLUMNS} FROM articles a ${HOME_JOINS} WHERE a.state = 'published' AND a.published_at >= ?
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

    insertTransition(t: NewTransition): void {
      insertTransition.run(t);
    },

    history(seq: number, limit: number): TransitionRecord[] {
      return history.all(seq, limit).map(toRecord);
    },

    /** The latest step of one kind ("return", "submit"), with its note. */
    lastStep(seq: number, action: WorkflowAction): TransitionRecord | null {
      const raw = lastStep.get(seq, action);
      return raw ? toRecord(raw) : null;
    },

    insertApproval(a: {
      id: string;
      articleSeq: number;
      revisionId: string;
      contentHash: string;
      approvedBy: string;
      approvedAt: string;
      publication: StoredPublicationCopy;
    }): void {
      const { publication, ...columns } = a;
      insertApproval.run({ ...columns, publicationJson: publication.json, publicationHash: publication.hash });
    },

    /** The publication the approval of this revision binds; null when there is none (or it was made before Galley kept one). */
    publicationOfRevision(revisionId: string): StoredPublicationCopy | null {
      const raw = publicationOfRevision.get(revisionId);
      if (raw === undefined || raw.publication_json === null || raw.publication_hash === null) return null;
      return { json: raw.publication_json, hash: raw.publication_hash };
    },

    latestApproval(seq: number): ApprovalRow | null {
      const raw = latestApproval.get(seq);
      if (!raw) return null;
      return {
        id: raw.id,
        revisionId: raw.revision_id,
        revisionNumber: raw.revision_number,
        contentHash: raw.content_hash,
        approvedBy: raw.approved_by,
        approvedAt: raw.approved_at,
        voidedAt: raw.voided_at,
        voidedBy: raw.voided_by,
        voidReason: raw.void_reason,
        publicationHash: raw.publication_hash,
      };
    },

    /** Voids whatever approval the article still carries; returns how many were voided. */
    voidApprovals(articleSeq: number, at: string, by: string, reason: string): number {
      return voidApprovals.run({ articleSeq, at, by, reason }).changes;
    },

    insertAcknowledgement(a: {
      id: string;
      approvalId: string;
      findingKey: string;
      code: string;
      message: string;
      acknowledgedBy: string;
      at: string;
    }): void {
      insertAcknowledgement.run(a);
    },

    home(filter: HomeFilter, limit: number): { items: HomeItem[]; count: number } {
      switch (filter.kind) {
        case 'authoredInState':
          return {
            items: homeQueries.authoredInState.items.all(filter.authorId, filter.state, limit).map(toHomeItem),
            count: homeQueries.authoredInState.count.get(filter.authorId, filter.state)?.n ?? 0,
          };
        case 'inState':
          return {
            items: homeQueries.inState.items.all(filter.state, limit).map(toHomeItem),
            count: homeQueries.inState.count.get(filter.state)?.n ?? 0,
          };
        case 'heldInState':
          return {
            items: homeQueries.heldInState.items.all(filter.holderId, filter.state, limit).map(toHomeItem),
            count: homeQueries.heldInState.count.get(filter.holderId, filter.state)?.n ?? 0,
          };
        case 'publishedSince':
          return {
            items: homeQueries.publishedSince.items.all(filter.since, limit).map(toHomeItem),
            count: homeQueries.publishedSince.count.get(filter.since)?.n ?? 0,
          };
      }
    },
  };
}
