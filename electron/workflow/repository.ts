import type { Db } from '../db/connection';
import { WorkflowStateSchema, type WorkflowState } from '../../shared/domain/article';
import type { TransitionRecord } from '../../shared/domain/workflow';
import type { WorkflowAction } from '../../shared/workflow/actions';

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
  note: string | null;
  at: string;
}

/** A revision the article went through at a workflow step, and who took the step. */
export interface StepRevision {
  revisionId: string;
  at: string;
  byId: string;
}

interface RawStep {
  revision_id: string;
  at: string;
  by_id: string;
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

export type WorkflowRepository = ReturnType<typeof workflowRepository>;

/** What the workflow's records need from other features: people's names, revisions' numbers. */
export interface WorkflowLookups {
  displayName(userId: string): string;
  revisionNumber(revisionId: string): number | null;
}

/**
 * The workflow's own tables: steps (article_transitions), approvals and their
 * acknowledgements. Plain functions over prepared statements; callers own the transactions.
 */
export function workflowRepository(db: Db, lookups: WorkflowLookups) {
  const insertTransition = db.prepare(`
    INSERT INTO article_transitions (id, article_seq, action, from_state, to_state, actor_id, note, revision_id, content_hash, at)
    VALUES (@id, @articleSeq, @action, @from, @to, @actorId, @note, @revisionId, @contentHash, @at)`);
  const history = db.prepare<[number, number], RawTransitionRow>(`
    SELECT t.action, t.from_state, t.to_state, t.actor_id, t.note, t.at
    FROM article_transitions t
    WHERE t.article_seq = ? ORDER BY t.at DESC, t.rowid DESC LIMIT ?`);
  const lastStep = db.prepare<[number, string], RawTransitionRow>(`
    SELECT t.action, t.from_state, t.to_state, t.actor_id, t.note, t.at
    FROM article_transitions t
    WHERE t.article_seq = ? AND t.action = ? ORDER BY t.at DESC, t.rowid DESC LIMIT 1`);
  const insertApproval = db.prepare(`
    INSERT INTO approvals (id, article_seq, revision_id, content_hash, approved_by, approved_at, publication_json, publication_hash)
    VALUES (@id, @articleSeq, @revisionId, @contentHash, @approvedBy, @approvedAt, @publicationJson, @publicationHash)`);
  const publicationOfRevision = db.prepare<[string], { publication_json: string | null; publication_hash: string | null }>(`
    SELECT publication_json, publication_hash FROM approvals WHERE revision_id = ? ORDER BY approved_at DESC, rowid DESC LIMIT 1`);
  const latestApproval = db.prepare<[number], RawApprovalRow>(`
    SELECT ap.* FROM approvals ap
    WHERE ap.article_seq = ? ORDER BY ap.approved_at DESC, ap.rowid DESC LIMIT 1`);
  const lastApprovalBy = db.prepare<[number, string], RawStep>(`
    SELECT revision_id, approved_at AS at, approved_by AS by_id FROM approvals
    WHERE article_seq = ? AND approved_by = ? ORDER BY approved_at DESC, rowid DESC LIMIT 1`);
  const lastSubmission = db.prepare<[number], RawStep>(`
    SELECT revision_id, at, actor_id AS by_id FROM article_transitions
    WHERE article_seq = ? AND action = 'submit' AND revision_id IS NOT NULL ORDER BY at DESC, rowid DESC LIMIT 1`);
  const stepRevision = (row: RawStep | undefined): StepRevision | null =>
    row === undefined ? null : { revisionId: row.revision_id, at: row.at, byId: row.by_id };
  // The current publish is the one after the previous publication, hence "at most one publish since".
  const correctionNote = db
    .prepare<{ seq: number }, string>(`
      SELECT c.note FROM article_transitions c
      WHERE c.article_seq = @seq AND c.action = 'correct' AND c.note IS NOT NULL AND c.note <> ''
        AND (SELECT COUNT(*) FROM article_transitions p WHERE p.article_seq = @seq AND p.action = 'publish' AND p.rowid > c.rowid) <= 1
      ORDER BY c.rowid DESC LIMIT 1`)
    .pluck();
  const voidApprovals = db.prepare(`
    UPDATE approvals SET voided_at = @at, voided_by = @by, void_reason = @reason
    WHERE article_seq = @articleSeq AND voided_at IS NULL`);
  const insertAcknowledgement = db.prepare(`
    INSERT INTO approval_acknowledgements (id, approval_id, finding_key, code, message, acknowledged_by, at)
    VALUES (@id, @approvalId, @findingKey, @code, @message, @acknowledgedBy, @at)`);

  const toRecord = (raw: RawTransitionRow): TransitionRecord => ({
    action: raw.action,
    from: WorkflowStateSchema.parse(raw.from_state),
    to: WorkflowStateSchema.parse(raw.to_state),
    by: { id: raw.actor_id, name: lookups.displayName(raw.actor_id) },
    at: raw.at,
    note: raw.note,
  });

  return {
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
      // An approval's revision is never removed (revisions are kept for good).
      const revisionNumber = lookups.revisionNumber(raw.revision_id);
      if (revisionNumber === null) return null;
      return {
        id: raw.id,
        revisionId: raw.revision_id,
        revisionNumber,
        contentHash: raw.content_hash,
        approvedBy: raw.approved_by,
        approvedAt: raw.approved_at,
        voidedAt: raw.voided_at,
        voidedBy: raw.voided_by,
        voidReason: raw.void_reason,
        publicationHash: raw.publication_hash,
      };
    },

    /** The revision this person last approved, whether or not the approval still stands. */
    lastApprovalBy(seq: number, userId: string): StepRevision | null {
      return stepRevision(lastApprovalBy.get(seq, userId));
    },

    /** The revision kept when the writer last submitted the article. */
    lastSubmission(seq: number): StepRevision | null {
      return stepRevision(lastSubmission.get(seq));
    },

    /** The note of the latest `correct` step since the previous publication, if any. */
    correctionNote(articleSeq: number): string | null {
      return correctionNote.get({ seq: articleSeq }) ?? null;
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
  };
}
