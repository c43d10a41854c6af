import { useSyncExternalStore } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { requestShowPanel } from '../../common/locationEvents';
import { footnoteOrderFor, footnoteUiFor } from '../footnotes/footnoteStore';

const MAX_LABEL_NOTE = 120;

/**
 * The number in the text. It listens to its own footnote only, so a footnote added or
 * moved re-renders the markers whose numbers changed and no others. Clicking it opens the
 * note by the marker and shows it in the Footnotes panel.
 */
export function FootnoteMarker({ nodeKey }: { nodeKey: NodeKey }) {
  const [editor] = useLexicalComposerContext();
  const order = footnoteOrderFor(editor);
  const entry = useSyncExternalStore(
    (listener) => order.subscribeToKey(nodeKey, listener),
    () => order.entryFor(nodeKey),
  );
  const ui = footnoteUiFor(editor);
  const selected = useSyncExternalStore(ui.subscribeSelected, () => ui.getSelected() === nodeKey);
  const note = entry?.text.trim() ?? '';
  const label =
    entry === undefined
      ? 'Footnote'
      : `Footnote ${entry.number}: ${note === '' ? 'no note written yet' : note.length > MAX_LABEL_NOTE ? `${note.slice(0, MAX_LABEL_NOTE)}…` : note}`;
  return (
    <button
      type="button"
      className={[
        'doc-footnote__marker',
        note === '' ? 'doc-footnote__marker--empty' : '',
        selected ? 'doc-footnote__marker--selected' : '',
      ]
        .filter((name) => name !== '')
        .join(' ')}
      // Reached from the Footnotes panel or by selecting it with the arrow keys (Enter opens it), not by Tab.
      tabIndex={-1}
      aria-label={label}
      aria-haspopup="dialog"
      title={label}
      data-note-id={entry?.noteId}
      // The text keeps its caret and focus: the note box takes the focus on its own.
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => {
        event.preventDefault();
        if (!ui.interactive) return;
        ui.setOpen(nodeKey);
        if (entry !== undefined) requestShowPanel({ panelId: 'footnotes', request: { kind: 'showFootnote', noteId: entry.noteId } });
      }}
    >
      {entry?.number ?? '•'}
    </button>
  );
}
