import { useEffect, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import type { FootnoteEntry } from '../../../shared/content/nodes/footnote-order';
import { CloseIcon } from '../../ui/icons';
import { deleteFootnote, NoteEditSession, revealMarker } from '../../editor/footnotes/noteEditing';

interface Props {
  editor: LexicalEditor;
  entry: FootnoteEntry;
  readOnly: boolean;
  highlighted: boolean;
}

/** One note in the panel: its number (which leads to its marker in the text) and its text, editable. */
export function FootnoteItem({ editor, entry, readOnly, highlighted }: Props) {
  const [draft, setDraft] = useState(entry.text);
  const [session, setSession] = useState<NoteEditSession | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const number = entry.number;

  // The note changed elsewhere (its popover, undo) while not being typed in here.
  useEffect(() => {
    if (document.activeElement !== textRef.current) setDraft(entry.text);
  }, [entry.text]);

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
      <textarea
        ref={textRef}
        className="input footnote-item__text"
        aria-label={`Note ${number}`}
        rows={Math.min(6, Math.max(2, Math.ceil(draft.length / 42)))}
        value={draft}
        readOnly={readOnly}
        placeholder="Empty note: write it here"
        spellCheck
        onFocus={() => setSession(new NoteEditSession(editor, entry.key))}
        onBlur={() => setSession(null)}
        onChange={(event) => {
          setDraft(event.target.value);
          (session ?? new NoteEditSession(editor, entry.key)).write(event.target.value);
        }}
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
