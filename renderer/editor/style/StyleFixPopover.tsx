import { useEffect, useId, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { StyleMatch } from '../../../shared/style/matcher';
import type { TextLeaf } from './blockText';
import { rangesFor } from './highlights';
import { useFloatingPlace } from '../../ui/floating/useFloatingPlace';
import { useHoldsFloatingLayer } from '../../ui/floating/floatingLayer';

/** A match the caret is in, offered for fixing. */
export interface OpenFix {
  blockKey: string;
  match: StyleMatch;
  leaves: TextLeaf[];
}

interface Props {
  fix: OpenFix;
  canEdit: boolean;
  onApply: (replacement: string) => void;
  onClose: () => void;
}

const WIDTH = 320;

const TITLES: Record<StyleMatch['rule'], string> = {
  preferred: 'House style',
  number: 'House style: numbers',
  banned: 'Banned word',
  name: 'Name spelled two ways',
};

/**
 * What house style says about the words at the caret, under them, with the fix one click
 * (or Enter) away. Focus moves into the box; Escape closes it and puts focus back in the text.
 */
export function StyleFixPopover({ fix, canEdit, onApply, onClose }: Props) {
  const [editor] = useLexicalComposerContext();
  const titleId = useId();
  const { match } = fix;
  // By the words of the match (or the field, if they cannot be found).
  const place = useFloatingPlace<HTMLDivElement>(() => {
    const words = rangesFor(editor, fix.leaves, [match])[0];
    if (words === undefined) return editor.getRootElement()?.getBoundingClientRect() ?? null;
    const range = document.createRange();
    range.setStart(words.startContainer, words.startOffset);
    range.setEnd(words.endContainer, words.endOffset);
    return range.getBoundingClientRect();
  }, [editor, fix, match]);
  const boxRef = place.ref;
  useHoldsFloatingLayer();

  // Focus goes into the box once it is placed on screen, to the fix when there is one.
  const shown = place.placed;
  useEffect(() => {
    if (shown) boxRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [shown]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && boxRef.current?.contains(event.target) === true) return;
      onClose();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return createPortal(
    <div
      ref={boxRef}
      className="style-fix"
      role="dialog"
      aria-labelledby={titleId}
      style={{ ...place.style, width: WIDTH }}
      onKeyDown={onKeyDown}
    >
      <p id={titleId} className="style-fix__title">
        {TITLES[match.rule]}
      </p>
      <p className="style-fix__message">{match.message}</p>
      <div className="style-fix__actions">
        {canEdit && match.replacement !== null ? (
          <button type="button" className="button button--small button--primary" onClick={() => onApply(match.replacement!)}>
            Replace with “{match.replacement}”
          </button>
        ) : null}
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </div>,
    document.body,
  );
}
