import type { RevisionSummary } from '../../../shared/domain/revision';
import { Dialog } from '../../ui/Dialog';
import { dateTime } from '../../ui/format';

interface Props {
  revision: RevisionSummary;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Restoring replaces the article as it is now: Cancel, the answer that changes nothing, has the first focus. */
export function RestoreConfirmDialog({ revision, busy, onConfirm, onCancel }: Props) {
  return (
    <Dialog
      role="alertdialog"
      title={`Restore “${revision.name}”?`}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
            {busy ? 'Restoring…' : 'Restore'}
          </button>
        </>
      }
    >
      <p>
        The article will go back to this version, saved {dateTime(revision.createdAt)}: its headline, details and text.
      </p>
      <p>
        Nothing is lost: the article as it is now is first kept as a version (“Before restore”), so you can return to
        it at any time.
      </p>
    </Dialog>
  );
}
