import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  KEY_DOWN_COMMAND,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';

/** Where the browser's selection was when Lexical last saw it. */
interface DomPoints {
  readonly anchorNode: Node | null;
  readonly anchorOffset: number;
  readonly focusNode: Node | null;
  readonly focusOffset: number;
}

const pointsOf = (selection: Selection | null): DomPoints | null =>
  selection === null
    ? null
    : { anchorNode: selection.anchorNode, anchorOffset: selection.anchorOffset, focusNode: selection.focusNode, focusOffset: selection.focusOffset };

const samePoints = (a: DomPoints | null, b: DomPoints | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.anchorNode === b.anchorNode &&
    a.anchorOffset === b.anchorOffset &&
    a.focusNode === b.focusNode &&
    a.focusOffset === b.focusOffset);

/**
 * Lexical learns that the caret moved from `selectionchange`, which Chromium queues as an
 * ordinary task, while key presses are input and run first on a busy machine. A key that
 * lands in that gap (Backspace just after ArrowRight collapsed a selection, Enter just after
 * a click) would act on the selection as it was: the words the person had just deselected
 * were deleted whole. So before Lexical handles a key, the selection is read again from the
 * page if the page's selection moved since Lexical last saw it.
 */
export function registerCaretSync(editor: LexicalEditor): () => void {
  let seen: DomPoints | null = null;
  const look = () => {
    seen = pointsOf(window.getSelection());
  };
  return mergeRegister(
    // After every update Lexical has either read the page's selection or written its own to it.
    editor.registerUpdateListener(look),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      () => {
        const page = window.getSelection();
        if (editor.isComposing() || page === null || page.rangeCount === 0 || samePoints(pointsOf(page), seen)) return false;
        const root = editor.getRootElement();
        if (root === null || !root.contains(page.anchorNode) || !root.contains(page.focusNode)) return false;
        // A picked figure is Lexical's own node selection; the page's caret means nothing to it.
        const current = $getSelection();
        if (current !== null && !$isRangeSelection(current)) return false;
        const moved = $createRangeSelectionFromDom(page, editor);
        if (moved !== null && !(current !== null && moved.anchor.is(current.anchor) && moved.focus.is(current.focus))) $setSelection(moved);
        look();
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}

export function CaretSyncPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerCaretSync(editor), [editor]);
  return null;
}
