import type { WorkflowState } from '../domain/article';
import { WORKFLOW_ACTIONS, type WorkflowAction } from './actions';
import { decide, type Actor, type ArticleFacts } from './policy';

/** What a step asks of the person before it runs. */
export type ActionInput = 'none' | 'note' | 'time' | 'gate';

/** A workflow button: drawn by the renderer from the same policy the router enforces. */
export interface AvailableAction {
  action: WorkflowAction;
  label: string;
  to: WorkflowState;
  input: ActionInput;
  tone: 'primary' | 'normal' | 'danger';
}

const INPUTS: Partial<Record<WorkflowAction, ActionInput>> = {
  submit: 'note',
  return: 'note',
  schedule: 'time',
  approve: 'gate',
};

const FORWARD: ReadonlySet<WorkflowAction> = new Set(['submit', 'pass', 'approve', 'publish']);
const DESTRUCTIVE: ReadonlySet<WorkflowAction> = new Set(['spike', 'unpublish']);

function labelFor(action: WorkflowAction, state: WorkflowState): string {
  switch (action) {
    case 'submit':
      return 'Submit for edit…';
    case 'take':
      if (state === 'submitted') return 'Take for edit';
      if (state === 'ready') return 'Take back into edit';
      return 'Take over';
    case 'return':
      return 'Return to writer…';
    case 'pass':
      return 'Pass to desk';
    case 'approve':
      return 'Approve…';
    case 'schedule':
      return state === 'scheduled' ? 'Reschedule…' : 'Schedule…';
    case 'unschedule':
      return 'Unschedule';
    case 'publish':
      return 'Publish…';
    case 'correct':
      return 'Issue a correction';
    case 'unpublish':
      return 'Unpublish';
    case 'spike':
      return 'Spike';
    case 'reopen':
      // Reopening approved text voids the approval: asked first. A spiked or unpublished article carries no live approval.
      return state === 'approved' || state === 'scheduled' ? 'Reopen for changes…' : 'Reopen as draft';
  }
}

function toneFor(action: WorkflowAction, state: WorkflowState): AvailableAction['tone'] {
  if (DESTRUCTIVE.has(action)) return 'danger';
  if (FORWARD.has(action) || (action === 'take' && state === 'submitted')) return 'primary';
  return 'normal';
}

const TONE_ORDER: Record<AvailableAction['tone'], number> = { primary: 0, normal: 1, danger: 2 };

/** The steps this person may take on this article now, forward steps first. */
export function availableActions(actor: Actor, facts: ArticleFacts): AvailableAction[] {
  const available: AvailableAction[] = [];
  for (const action of WORKFLOW_ACTIONS) {
    const decision = decide(actor, action, facts);
    if (!decision.allowed) continue;
    available.push({
      action,
      label: labelFor(action, facts.state),
      to: decision.to,
      input: INPUTS[action] ?? 'none',
      tone: toneFor(action, facts.state),
    });
  }
  return available.sort((a, b) => TONE_ORDER[a.tone] - TONE_ORDER[b.tone]);
}

/** Whether this person may change the article's text and details now. */
export const canEdit = (actor: Actor, facts: ArticleFacts): boolean => decide(actor, 'edit', facts).allowed;
