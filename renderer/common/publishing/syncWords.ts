import type { OutboxJob, SyncState } from '../../../shared/domain/publishing';

/** How each sync state reads to a person. */
export const SYNC_LABELS: Record<SyncState, string> = {
  pending: 'Waiting to send',
  sending: 'Sending…',
  done: 'Done',
  retrying: 'Will retry',
  failed: 'Failed',
  conflict: 'Changed on the target',
};

export const ACTION_LABELS: Record<OutboxJob['action'], string> = {
  publish: 'Publish',
  update: 'Update',
  unpublish: 'Take down',
};

/** A job a desk chief can send again now. */
export const canRetry = (job: OutboxJob): boolean => job.state === 'retrying' || job.state === 'failed';

/** Sending a publish or an update again puts it live, so it is asked first (the “…”); a take-down is not. */
export const retryLabel = (job: OutboxJob): string => (job.action === 'unpublish' ? 'Retry now' : 'Retry now…');
