import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_CRITICAL, COPY_COMMAND, CUT_COMMAND, PASTE_COMMAND } from 'lexical';
import { $syncSelectionFromDom } from '../commands/syncSelection';

/**
 * Copy, cut and paste act on the selection the writer sees. A click or Ctrl+Home moves
 * the browser's caret at once but reaches the editor a moment later; Ctrl+V pressed in
 * between would otherwise paste where the caret was before. Runs first, changes only the
 * selection, and leaves the clipboard work to the plugins after it.
 */
export function ClipboardSelectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const sync = () => {
      $syncSelectionFromDom(editor);
      return false;
    };
    return mergeRegister(
      editor.registerCommand(COPY_COMMAND, sync, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(CUT_COMMAND, sync, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(PASTE_COMMAND, sync, COMMAND_PRIORITY_CRITICAL),
    );
  }, [editor]);
  return null;
}
