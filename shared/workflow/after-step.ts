import type { WorkflowState } from '../domain/article';
import type { WorkflowAction } from './actions';

/** Steps after which whoever took them has the article in edit. */
const TAKES_HOLD: ReadonlySet<WorkflowAction> = new Set(['take', 'correct', 'reopen']);

/** Who holds the article after `action` took it to `to`: the workstation's rule and the hub's. */
export function holderAfter(action: WorkflowAction, to: WorkflowState, actorId: string, holderBefore: string | null): string | null {
  if (to !== 'in_edit' && to !== 'correction') return null;
  return TAKES_HOLD.has(action) ? actorId : holderBefore;
}

/** Whether an article in `to` still carries the approval it had (returning, reopening, spiking void it). */
export function keepsApproval(to: WorkflowState): boolean {
  return to === 'approved' || to === 'scheduled' || to === 'published' || to === 'correction' || to === 'unpublished';
}
