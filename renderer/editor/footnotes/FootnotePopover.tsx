import { useEffect, useId, useSyncExternalStore, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { footnoteOrderFor } from './footnoteStore';
import { caretAfterMarker, deleteFootnote } from './noteEditing';
import { NoteEditor } from './NoteEditor';
import { useFloatingPlace } from '../../ui/floating/useFloatingPlace';
import { useHoldsFloatingLayer } from '../../ui/floating/floatingLayer';

interface Props {
  nodeKey: NodeKey;
  onClose: () => void;
}

const WIDTH = 360;

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
  const labelId = useId();
  const readOnly = !editor.isEditable();

  // Under the marker, over it when the window has no room below; it follows the marker as the text scrolls.
  const place = useFloatingPlace<HTMLDivElement>(() => editor.getElementByKey(nodeKey)?.getBoundingClientRect() ?? null, [editor, nodeKey, entry === undefined]);
  const boxRef = place.ref;
  // While it is open, hover cards (a citation's) wait: two boxes never stack on the same words.
  useHoldsFloatingLayer();

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

  if (entry === undefined) return null;

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
      style={{ ...place.style, width: WIDTH }}
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
        // Only once placed: until then the box is drawn hidden (to be measured), and a hidden box takes no focus.
        autoFocus={place.placed}
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
