import { Dialog } from '../../ui/Dialog';
import type { Source } from '../../../shared/domain/source';

interface Props {
  source: Source;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Deleting from the library is for every article: asked once, plainly. */
export function DeleteSourceDialog({ source, busy, onConfirm, onCancel }: Props) {
  return (
    <Dialog
      title="Delete this source from the library?"
      role="alertdialog"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy}>
            {busy ? 'Deleting…' : 'Delete'}
          </button>
        </>
      }
    >
      <p>
        “{source.title}” will be removed from the library and from every article it is attached to. Galley refuses while
        any article cites it.
      </p>
    </Dialog>
  );
}
