import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog';

interface Props {
  writer: string;
  busy: boolean;
  onReturn: (note: string) => void;
  onCancel: () => void;
}

/** Sending an article back needs a note: the writer must know what to change. */
export function ReturnDialog({ writer, busy, onReturn, onCancel }: Props) {
  const id = useId();
  const helpId = useId();
  const [note, setNote] = useState('');
  const ready = note.trim() !== '';
  return (
    <Dialog
      title={`Return to ${writer}`}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!ready || busy} onClick={() => onReturn(note.trim())}>
            Return with note
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Note for the writer (required)
        </label>
        <textarea
          id={id}
          className="input workflow-note"
          rows={4}
          maxLength={2000}
          required
          autoFocus
          aria-describedby={helpId}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <p id={helpId} className="field__help">
          Say what needs to change. The note stays with the article and in the audit log.
        </p>
      </div>
    </Dialog>
  );
}
