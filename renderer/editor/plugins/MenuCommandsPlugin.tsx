import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { onCommand } from '../../common/commands';
import { isEditorCommand, runEditorCommand } from '../commands/editorCommands';

/** Formatting and editing commands from the native menu, applied to this editor. */
export function MenuCommandsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      onCommand((command) => {
        if (!isEditorCommand(command)) return false;
        runEditorCommand(editor, command);
        return true;
      }),
    [editor],
  );

  return null;
}
