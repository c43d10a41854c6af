import type { WorkflowStatus } from '../../shared/domain/workflow';
import type { WorkflowStores } from './stores';

const HISTORY_LENGTH = 20;

/** Where an article stands: its state, writer, holder, approval (or the voided one) and latest steps. */
export function workflowStatus(stores: WorkflowStores, articleId: string): WorkflowStatus {
  const row = stores.articles.requireState(articleId);
  const person = (id: string) => ({ id, name: stores.users.displayName(id) });
  const approval = stores.workflow.latestApproval(row.seq);
  const holds = row.state === 'in_edit' || row.state === 'correction';
  return {
    articleId: row.id,
    state: row.state,
    author: person(row.authorId),
    holder: holds && row.holderId !== null ? person(row.holderId) : null,
    approval:
      approval === null
        ? null
        : {
            id: approval.id,
            revisionId: approval.revisionId,
            revisionNumber: approval.revisionNumber,
            contentHash: approval.contentHash,
            approvedBy: person(approval.approvedBy),
            approvedAt: approval.approvedAt,
            voided:
              approval.voidedAt === null
                ? null
                : {
                    at: approval.voidedAt,
                    by: person(approval.voidedBy ?? ''),
                    reason: approval.voidReason ?? '',
                  },
          },
    publishAt: row.publishAt,
    publishedAt: row.publishedAt,
    lastReturn: stores.workflow.lastStep(row.seq, 'return'),
    lastSubmit: stores.workflow.lastStep(row.seq, 'submit'),
    history: stores.workflow.history(row.seq, HISTORY_LENGTH),
  };
}
