import { Dialog } from '../ui/Dialog';

interface Props {
  title: string;
  explanation: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A step that takes an article out of circulation (spike, unpublish) is confirmed first. */
export function ConfirmStepDialog({ title, explanation, confirmLabel, busy, onConfirm, onCancel }: Props) {
  return (
    <Dialog
      role="alertdialog"
      title={title}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{explanation}</p>
    </Dialog>
  );
}
