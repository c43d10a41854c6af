import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { footnoteOrderFor } from './footnoteStore';
import { caretAfterMarker, deleteFootnote } from './noteEditing';
import { NoteEditor } from './NoteEditor';

interface Props {
  nodeKey: NodeKey;
  onClose: () => void;
}

interface Place {
  top: number;
  left: number;
}

const WIDTH = 360;

/** Where the note box goes: under its marker, kept inside the window. */
function placeBelow(marker: HTMLElement | null): Place | null {
  if (marker === null) return null;
  const box = marker.getBoundingClientRect();
  const left = Math.min(Math.max(8, box.left - 24), window.innerWidth - WIDTH - 8);
  return { top: box.bottom + 6, left };
}

/**
 * The note, written in place by its marker (./NoteEditor: text whose words may be links).
 * Every change goes straight into the footnote (so the panel and the saved document follow
 * as it is typed); Escape or Done puts the caret back in the text after the marker.
 */
export function FootnotePopover({ nodeKey, onClose }: Props) {
  const [editor] = useLexicalComposerContext();
  const order = footnoteOrderFor(editor);
  const entry = useSyncExternalStore(
    (listener) => order.subscribeToKey(nodeKey, listener),
    () => order.entryFor(nodeKey),
  );
  const [place, setPlace] = useState<Place | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const labelId = useId();
  const readOnly = !editor.isEditable();

  // Follows the marker as the document scrolls or the window changes size.
  useLayoutEffect(() => {
    const update = () => setPlace(placeBelow(editor.getElementByKey(nodeKey)));
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [editor, nodeKey]);

  // A click anywhere else closes the box, as a menu would.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node)) return;
      if (boxRef.current?.contains(event.target) === true) return;
      if (editor.getElementByKey(nodeKey)?.contains(event.target) === true) return;
      onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [editor, nodeKey, onClose]);

  if (entry === undefined || place === null) return null;

  const done = () => {
    onClose();
    caretAfterMarker(editor, nodeKey);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      event.stopPropagation();
      done();
    }
  };

  return createPortal(
    <div
      ref={boxRef}
      className="footnote-popover"
      role="dialog"
      aria-labelledby={labelId}
      style={{ top: place.top, left: place.left, width: WIDTH }}
      onKeyDown={onKeyDown}
    >
      <p id={labelId} className="footnote-popover__label">
        Footnote {entry.number}
      </p>
      <NoteEditor
        editor={editor}
        nodeKey={nodeKey}
        note={entry}
        readOnly={readOnly}
        label={`Footnote ${entry.number}`}
        placeholder="Write the note…"
        className="footnote-popover__text"
        autoFocus
      />
      <div className="footnote-popover__actions">
        {readOnly ? null : (
          <button
            type="button"
            className="button button--quiet footnote-popover__delete"
            onClick={() => {
              onClose();
              deleteFootnote(editor, nodeKey);
              editor.focus();
            }}
          >
            Delete footnote
          </button>
        )}
        <button type="button" className="button button--primary" onClick={done}>
          Done
        </button>
      </div>
    </div>,
    document.body,
  );
}
