import { useCallback, useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  SKIP_DOM_SELECTION_TAG,
  type BaseSelection,
} from 'lexical';
import { $createLinkNode, $toggleLink } from '@lexical/link';
import { OPEN_LINK_EDITOR_COMMAND } from '../commands/editorCommands';
import { $readSelectionFormat } from '../commands/selectionFormat';

export interface LinkDraft {
  /** The text the link is for, kept while focus is in the address box. */
  selection: BaseSelection | null;
  url: string;
  isEditingLink: boolean;
}

/**
 * The link box's state and actions. Opened by OPEN_LINK_EDITOR_COMMAND (toolbar, Ctrl+K,
 * menu); applying puts the remembered selection back first, since focus moved away from it.
 */
export function useLinkEditing() {
  const [editor] = useLexicalComposerContext();
  const [draft, setDraft] = useState<LinkDraft | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_EDITOR_COMMAND,
        () => {
          // Command listeners run inside an update: this is the selection as it is now.
          const format = $readSelectionFormat();
          // The address box takes the focus: this update must not put the browser's selection
          // (and with it the focus) back into the text when it commits, after the box has opened.
          $addUpdateTag(SKIP_DOM_SELECTION_TAG);
          setDraft({ selection: $getSelection()?.clone() ?? null, url: format.linkUrl ?? '', isEditingLink: format.isLink });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  const close = useCallback(() => {
    setDraft(null);
    editor.focus();
  }, [editor]);

  const apply = useCallback(
    (url: string) => {
      editor.update(() => {
        if (draft?.selection) $setSelection(draft.selection.clone());
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        if (selection.isCollapsed() && !draft?.isEditingLink) {
          // No words chosen: the address itself becomes the linked text.
          const link = $createLinkNode(url);
          link.append($createTextNode(url.replace(/^mailto:/, '')));
          selection.insertNodes([link]);
        } else {
          $toggleLink(url);
        }
      });
      close();
    },
    [editor, draft, close],
  );

  const remove = useCallback(() => {
    editor.update(() => {
      if (draft?.selection) $setSelection(draft.selection.clone());
      $toggleLink(null);
    });
    close();
  }, [editor, draft, close]);

  return { draft, apply, remove, close };
}
