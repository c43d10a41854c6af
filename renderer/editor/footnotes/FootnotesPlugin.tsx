import { useEffect, useSyncExternalStore } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $insertNodes,
  $isNodeSelection,
  $isRangeSelection,
  $onUpdate,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  KEY_ENTER_COMMAND,
  type NodeKey,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { $createFootnoteNode, $isFootnoteNode } from '../../../shared/content/nodes/footnote-node';
import { registerFootnoteOrder } from '../../../shared/content/nodes/footnote-order';
import { FootnotePopover } from './FootnotePopover';
import { footnoteOrderFor, footnoteUiFor, INSERT_FOOTNOTE_COMMAND } from './footnoteStore';

/**
 * Footnotes in the editor: keeps their numbering current (incrementally, see
 * FootnoteOrder), inserts a marker at the caret, and shows the open note by its marker.
 */
export function FootnotesPlugin() {
  const [editor] = useLexicalComposerContext();
  const ui = footnoteUiFor(editor);
  const open = useSyncExternalStore(ui.subscribe, ui.getOpen);

  useEffect(() => {
    ui.interactive = true;
    return () => {
      ui.interactive = false;
    };
  }, [ui]);

  useEffect(
    () =>
      mergeRegister(
        registerFootnoteOrder(editor, footnoteOrderFor(editor)),
        editor.registerCommand(
          INSERT_FOOTNOTE_COMMAND,
          () => {
            if (!editor.isEditable()) return false;
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            // A marker goes after the words it is about: at the end of a selection.
            if (!selection.isCollapsed()) {
              const end = selection.isBackward() ? selection.anchor : selection.focus;
              selection.anchor.set(end.key, end.offset, end.type);
              selection.focus.set(end.key, end.offset, end.type);
            }
            const marker = $createFootnoteNode('');
            $insertNodes([marker]);
            const key: NodeKey = marker.getKey();
            // No caret in the text while the note is written: Lexical would put the
            // browser's selection (and so the focus) back in the text after this update.
            $setSelection(null);
            // Opened once the marker is on screen, so the note can sit beside it.
            $onUpdate(() => ui.setOpen(key));
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        // A marker selected with the arrow keys opens with Enter, as a link would.
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            const selection = $getSelection();
            if (!$isNodeSelection(selection)) return false;
            const [node] = selection.getNodes();
            if (selection.getNodes().length !== 1 || !$isFootnoteNode(node)) return false;
            event?.preventDefault();
            ui.setOpen(node.getKey());
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerUpdateListener(({ editorState }) => {
          // A marker that goes away (deleted, undone) takes its open note with it.
          const key = ui.getOpen();
          if (key !== null && footnoteOrderFor(editor).entryFor(key) === undefined) ui.setOpen(null);
          // One listener for the selected marker, rather than one per marker on every keystroke.
          ui.setSelected(
            editorState.read(() => {
              const selection = $getSelection();
              if (!$isNodeSelection(selection)) return null;
              const nodes = selection.getNodes();
              const [node] = nodes;
              return nodes.length === 1 && $isFootnoteNode(node) ? node.getKey() : null;
            }),
          );
        }),
      ),
    [editor, ui],
  );

  return open === null ? null : <FootnotePopover key={open} nodeKey={open} onClose={() => ui.setOpen(null)} />;
}
