import type { Approval } from '../../shared/domain/workflow';
import { dateTime } from '../ui/format';
import { localDateTime } from '../ui/localTime';
import { NoteDialog } from './NoteDialog';

interface Props {
  title: string;
  /** The approval being voided, when the article carries one. */
  approval: Approval | null;
  /** When it was to be published, if it is scheduled: the schedule goes with the approval. */
  publishAt: string | null;
  busy: boolean;
  onReopen: (note: string) => void;
  onCancel: () => void;
}

/**
 * "Reopen for changes" voids the approval (and any schedule): asked first, like publishing,
 * naming what is voided, with an optional reason kept with the step and shown by the voided approval.
 */
export function ReopenDialog({ title, approval, publishAt, busy, onReopen, onCancel }: Props) {
  const approved =
    approval === null || approval.voided !== null
      ? 'The approval'
      : `${approval.approvedBy.name}’s approval (revision #${approval.revisionNumber}, ${dateTime(approval.approvedAt)})`;
  return (
    <NoteDialog
      title={`Reopen “${title}” for changes?`}
      intro={
        <p>
          {approved} is voided{publishAt === null ? '' : `, and it is no longer scheduled for ${localDateTime(publishAt)}`}. The text
          becomes editable again and the article is yours in edit; it needs approving again before it can be published.
        </p>
      }
      label="Reason (optional)"
      help="What needs changing: kept with the step in the audit log, and shown with the voided approval."
      confirmLabel="Reopen for changes"
      rows={3}
      busy={busy}
      optional
      confirmation
      onConfirm={onReopen}
      onCancel={onCancel}
    />
  );
}
