import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog';

interface Props {
  title: string;
  /** The field's label, saying who reads the note. */
  label: string;
  /** What to write, under the field. */
  help: string;
  confirmLabel: string;
  rows: number;
  busy: boolean;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}

/** A workflow step that cannot go ahead without a note (returning an article, a correction). */
export function RequiredNoteDialog({ title, label, help, confirmLabel, rows, busy, onConfirm, onCancel }: Props) {
  const id = useId();
  const helpId = useId();
  const [note, setNote] = useState('');
  const ready = note.trim() !== '';
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!ready || busy} onClick={() => onConfirm(note.trim())}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <textarea
          id={id}
          className="input workflow-note"
          rows={rows}
          maxLength={2000}
          required
          autoFocus
          aria-describedby={helpId}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <p id={helpId} className="field__help">
          {help}
        </p>
      </div>
    </Dialog>
  );
}
