import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, $setSelection, type LexicalEditor } from 'lexical';

/**
 * The browser reports selection changes (Shift+arrows, Ctrl+Home, a mouse click) a moment
 * later, in a `selectionchange` task; a shortcut or a paste that arrives before that task
 * runs would act on the old selection. Reading the DOM's selection first makes it act on
 * what the writer sees. Call inside an update (a command listener).
 */
export function $syncSelectionFromDom(editor: LexicalEditor): void {
  const domSelection = window.getSelection();
  const root = editor.getRootElement();
  if (domSelection === null || root === null || !root.contains(domSelection.anchorNode)) return;
  const fromDom = $createRangeSelectionFromDom(domSelection, editor);
  if (fromDom === null) return;
  const current = $getSelection();
  // Same place: keep Lexical's selection, which carries formats chosen for the next typed text.
  if ($isRangeSelection(current) && current.anchor.is(fromDom.anchor) && current.focus.is(fromDom.focus)) return;
  $setSelection(fromDom);
}
