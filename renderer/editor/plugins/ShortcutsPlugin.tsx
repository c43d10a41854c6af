import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { commandForKeyEvent } from '../commands/shortcuts';
import { isEditorCommand, runEditorCommand } from '../commands/editorCommands';
import { $syncSelectionFromDom } from '../commands/syncSelection';

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
