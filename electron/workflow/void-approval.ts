import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../audit/audit-log';
import type { GalleyEvent } from '../../shared/contract/events';
import type { Session } from '../../shared/domain/session';
import type { WorkflowRow } from './repository';
import { actorOf, type WorkflowStores } from './stores';

/** What changed an approved article, for its void step and audit entry. */
export interface ApprovalChange {
  /** "Changed by Ed Editor after approval", "Source “Harbour audit” changed by Ed Editor after approval". */
  reason: string;
  /** The content hash the void step records (the new text's, or the approved one when the text did not change). */
  contentHash: string | null;
  /** What the audit entry says besides the approval it voids. */
  details?: Record<string, unknown>;
}

/**
 * Voids the approval an approved or scheduled article carries and puts it back in edit, held
 * by whoever changed it, with a `void` step and an `approval.voided` audit entry, inside the
 * caller's transaction. Returns the events to send once it commits.
 */
export function voidApproval(
  stores: WorkflowStores,
  audit: AuditLog,
  session: Session,
  row: WorkflowRow,
  change: ApprovalChange,
  stamp: string,
): GalleyEvent[] {
  const approval = stores.workflow.latestApproval(row.seq);
  stores.workflow.voidApprovals(row.seq, stamp, session.userId, change.reason);
  stores.workflow.update(row.seq, {
    state: 'in_edit',
    holderId: session.userId,
    approvedRevisionId: null,
    approvedHash: null,
    publishAt: null,
    publishedRevisionId: row.publishedRevisionId,
    publishedAt: row.publishedAt,
    stateChangedAt: stamp,
  });
  stores.workflow.insertTransition({
    id: randomUUID(),
    articleSeq: row.seq,
    action: 'void',
    from: row.state,
    to: 'in_edit',
    actorId: session.userId,
    note: change.reason,
    revisionId: null,
    contentHash: change.contentHash,
    at: stamp,
  });
  audit.append({
    actor: actorOf(session),
    action: 'approval.voided',
    articleId: row.id,
    fromState: row.state,
    toState: 'in_edit',
    revisionHash: change.contentHash,
    note: change.reason,
    details: {
      approvalId: approval?.id ?? null,
      approvedRevisionId: row.approvedRevisionId,
      approvedHash: row.approvedHash,
      ...change.details,
    },
  });
  return [{ type: 'workflow.changed', articleId: row.id }, { type: 'articles.listChanged' }];
}
