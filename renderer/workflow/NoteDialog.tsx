import { useId, useState, type ReactNode } from 'react';
import { Dialog } from '../ui/Dialog';

interface Props {
  title: string;
  /** The field's label, saying who reads the note and whether it is required. */
  label: string;
  /** What to write, under the field. */
  help: string;
  confirmLabel: string;
  rows: number;
  busy: boolean;
  /** The step can go ahead without a note (submitting); returning or correcting cannot. */
  optional?: boolean;
  /** What the step does, above the field: a step that voids something is a confirmation first. */
  intro?: ReactNode;
  /** The step undoes something people rely on (an approval): Cancel, not the note, has the first focus, and Enter there keeps things as they are. */
  confirmation?: boolean;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}

/** A workflow step taken with a note for the next person: required to return or correct an article, optional to submit it. */
export function NoteDialog({ title, label, help, confirmLabel, rows, busy, optional = false, intro, confirmation = false, onConfirm, onCancel }: Props) {
  const id = useId();
  const helpId = useId();
  const [note, setNote] = useState('');
  const ready = optional || note.trim() !== '';
  return (
    <Dialog
      title={title}
      role={confirmation ? 'alertdialog' : 'dialog'}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel} data-autofocus={confirmation || undefined}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!ready || busy} onClick={() => onConfirm(note.trim())}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {intro}
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <textarea
          id={id}
          className="input workflow-note"
          rows={rows}
          maxLength={2000}
          required={!optional}
          data-autofocus={!confirmation || undefined}
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
