import type { WorkflowState } from '../../shared/domain/article';

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  in_edit: 'In edit',
  returned: 'Returned',
  ready: 'Ready',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  correction: 'Correction',
  unpublished: 'Unpublished',
  spiked: 'Spiked',
};
