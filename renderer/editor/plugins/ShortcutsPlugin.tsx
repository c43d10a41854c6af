import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { commandForKeyEvent } from '../commands/shortcuts';
import { isEditorCommand, runEditorCommand } from '../commands/editorCommands';

/**
 * The browser reports selection changes (Shift+arrows, a mouse drag) a moment later, in a
 * `selectionchange` task; a shortcut pressed before that task runs would act on the old
 * selection. Reading the DOM's selection first makes the shortcut act on what is highlighted.
 * Runs inside the key-down command's update.
 */
function $syncSelectionFromDom(editor: LexicalEditor): void {
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

/**
 * Formatting shortcuts while the body has focus. Saving shortcuts (Ctrl+S, Ctrl+Shift+S)
 * are not handled here: they work anywhere in the article and are left to bubble to the window.
 */
export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const command = commandForKeyEvent(event);
          if (command === null || !isEditorCommand(command)) return false;
          event.preventDefault();
          $syncSelectionFromDom(editor);
          runEditorCommand(editor, command);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return null;
}
