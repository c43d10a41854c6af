import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog';

interface Props {
  busy: boolean;
  onCorrect: (note: string) => void;
  onCancel: () => void;
}

/**
 * Opening a published article for a correction asks for the correction note: readers see it
 * with the corrected article on every target when it is published again.
 */
export function CorrectionDialog({ busy, onCorrect, onCancel }: Props) {
  const id = useId();
  const helpId = useId();
  const [note, setNote] = useState('');
  const ready = note.trim() !== '';
  return (
    <Dialog
      title="Issue a correction"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!ready || busy} onClick={() => onCorrect(note.trim())}>
            Open for correction
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Correction note (published with the article)
        </label>
        <textarea
          id={id}
          className="input workflow-note"
          rows={3}
          maxLength={2000}
          required
          autoFocus
          aria-describedby={helpId}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <p id={helpId} className="field__help">
          For example: “An earlier version of this article gave the wrong date for the vote.” It goes out with the corrected article when it is published again.
        </p>
      </div>
    </Dialog>
  );
}
