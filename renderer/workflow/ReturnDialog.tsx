import { NoteDialog } from './NoteDialog';

interface Props {
  writer: string;
  busy: boolean;
  onReturn: (note: string) => void;
  onCancel: () => void;
}

/** Sending an article back needs a note: the writer must know what to change. */
export function ReturnDialog({ writer, busy, onReturn, onCancel }: Props) {
  return (
    <NoteDialog
      title={`Return to ${writer}`}
      label="Note for the writer (required)"
      help="Say what needs to change. The note stays with the article and in the audit log."
      confirmLabel="Return with note"
      rows={4}
      busy={busy}
      onConfirm={onReturn}
      onCancel={onCancel}
    />
  );
}
