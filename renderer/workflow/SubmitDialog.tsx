import { NoteDialog } from './NoteDialog';

interface Props {
  title: string;
  busy: boolean;
  onSubmit: (note: string) => void;
  onCancel: () => void;
}

/** Submitting for edit, with an optional note: what the writer wants the editor to know. */
export function SubmitDialog({ title, busy, onSubmit, onCancel }: Props) {
  return (
    <NoteDialog
      title={`Submit “${title}” for edit`}
      label="Note for the editor (optional)"
      help="Anything the editor should know: what is still to be checked, who is calling back, what you are unsure of. The note stays with the article and in the audit log."
      confirmLabel="Submit for edit"
      rows={4}
      busy={busy}
      optional
      onConfirm={onSubmit}
      onCancel={onCancel}
    />
  );
}
