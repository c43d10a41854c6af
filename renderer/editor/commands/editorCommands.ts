import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  createCommand,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import type { AppCommand } from '../../common/commands';
import { $readSelectionFormat, type BlockType } from './selectionFormat';
import { OPEN_CITE_DIALOG_COMMAND } from '../citations/citationEditing';
import { INSERT_FOOTNOTE_COMMAND } from '../footnotes/footnoteStore';

/** Asks the toolbar to open its link box for the current selection. */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand('GALLEY_OPEN_LINK_EDITOR');

export type EditorCommand = Extract<AppCommand, `format.${string}` | `edit.${string}`>;

export const isEditorCommand = (command: AppCommand): command is EditorCommand =>
  command.startsWith('format.') || command.startsWith('edit.');

/**
 * Applies a formatting or editing command to the editor. The toolbar, the keyboard
 * shortcuts and the native menu all come through here, so each does exactly the same.
 * Block styles toggle: applying the style a block already has returns it to a paragraph.
 */
export function runEditorCommand(editor: LexicalEditor, command: EditorCommand): void {
  switch (command) {
    case 'format.bold':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold');
      return;
    case 'format.italic':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic');
      return;
    case 'format.underline':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline');
      return;
    case 'format.strikethrough':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough');
      return;
    case 'format.heading1':
      toggleBlock(editor, 'h1');
      return;
    case 'format.heading2':
      toggleBlock(editor, 'h2');
      return;
    case 'format.heading3':
      toggleBlock(editor, 'h3');
      return;
    case 'format.paragraph':
      toggleBlock(editor, 'paragraph');
      return;
    case 'format.quote':
      toggleBlock(editor, 'quote');
      return;
    case 'format.bulletList':
      toggleList(editor, 'bullet');
      return;
    case 'format.numberedList':
      toggleList(editor, 'number');
      return;
    case 'format.link':
      editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
      return;
    case 'format.cite':
      editor.dispatchCommand(OPEN_CITE_DIALOG_COMMAND, undefined);
      return;
    case 'format.footnote':
      editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined);
      return;
    case 'edit.undo':
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      return;
    case 'edit.redo':
      editor.dispatchCommand(REDO_COMMAND, undefined);
      return;
  }
}

// The decisions below read the selection inside the update that acts on it, so they see
// the latest selection even when a shortcut arrives before the editor has committed it.

function toggleList(editor: LexicalEditor, type: 'bullet' | 'number'): void {
  editor.update(() => {
    const isThatList = $readSelectionFormat().blockType === type;
    if (isThatList) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
  });
}

function toggleBlock(editor: LexicalEditor, block: 'paragraph' | 'quote' | HeadingTagType): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const target: BlockType = $readSelectionFormat().blockType === block ? 'paragraph' : block;
    if (target === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else if (target === 'h1' || target === 'h2' || target === 'h3') $setBlocksType(selection, () => $createHeadingNode(target));
    else $setBlocksType(selection, () => $createParagraphNode());
  });
}
