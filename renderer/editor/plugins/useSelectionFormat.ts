import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { $readSelectionFormat, NO_SELECTION_FORMAT, type SelectionFormat } from '../commands/selectionFormat';

export interface ToolbarState extends SelectionFormat {
  canUndo: boolean;
  canRedo: boolean;
}

function sameFormat(a: SelectionFormat, b: SelectionFormat): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strikethrough === b.strikethrough &&
    a.blockType === b.blockType &&
    a.isLink === b.isLink &&
    a.linkUrl === b.linkUrl &&
    a.isCitation === b.isCitation &&
    a.hasSelection === b.hasSelection
  );
}

/** The toolbar's pressed and disabled states, re-rendering only when one of them changes. */
export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [format, setFormat] = useState<SelectionFormat>(NO_SELECTION_FORMAT);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readSelectionFormat);
          setFormat((current) => (sameFormat(current, next) ? current : next));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            setCanUndo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            setCanRedo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  return { ...format, canUndo, canRedo };
}
