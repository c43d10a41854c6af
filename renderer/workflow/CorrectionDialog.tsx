import { NoteDialog } from './NoteDialog';

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
  return (
    <NoteDialog
      title="Issue a correction"
      label="Correction note (published with the article)"
      help="For example: “An earlier version of this article gave the wrong date for the vote.” It goes out with the corrected article when it is published again."
      confirmLabel="Open for correction"
      rows={3}
      busy={busy}
      onConfirm={onCorrect}
      onCancel={onCancel}
    />
  );
}
