import type { LexicalEditor } from 'lexical';
import type { FootnoteEntry } from '../../../shared/content/nodes/footnote-order';
import { CloseIcon } from '../../ui/icons';
import { deleteFootnote, revealMarker } from '../../editor/footnotes/noteEditing';
import { NoteEditor } from '../../editor/footnotes/NoteEditor';

interface Props {
  editor: LexicalEditor;
  entry: FootnoteEntry;
  readOnly: boolean;
  highlighted: boolean;
}

/** One note in the panel: its number (which leads to its marker in the text) and its text with its links, editable. */
export function FootnoteItem({ editor, entry, readOnly, highlighted }: Props) {
  const number = entry.number;
  return (
    <li id={`footnote-${entry.noteId}`} className={highlighted ? 'footnote-item footnote-item--highlighted' : 'footnote-item'}>
      <button
        type="button"
        className="footnote-item__number"
        aria-label={`Footnote ${number}: show it in the text`}
        title="Show in the text"
        onClick={() => revealMarker(editor, entry.key)}
      >
        {number}
      </button>
      <NoteEditor
        editor={editor}
        nodeKey={entry.key}
        note={entry}
        readOnly={readOnly}
        label={`Note ${number}`}
        placeholder="Empty note: write it here"
        className="footnote-item__text"
      />
      {readOnly ? null : (
        <button
          type="button"
          className="icon-button footnote-item__delete"
          aria-label={`Delete footnote ${number}`}
          data-tooltip="Delete footnote"
          onClick={() => deleteFootnote(editor, entry.key)}
        >
          <CloseIcon />
        </button>
      )}
    </li>
  );
}
