import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createTextNode,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  $parseSerializedNode,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  PASTE_COMMAND,
  PASTE_TAG,
  type BaseSelection,
  type SerializedLexicalNode,
} from 'lexical';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { $insertNodesInMark } from '../review/insertIntoMark';

/** Lexical's own clipboard format: a copy from Galley's editor, pasted as Lexical wrote it. */
const LEXICAL_CLIPBOARD = 'application/x-lexical-editor';

/**
 * HTML pasted from outside (Word, Google Docs, a web page) goes through the same
 * sanitiser and footnote conversion as an imported file: the main side converts it
 * (`articles.convertPaste`) and the editor inserts the nodes it returns. The pasted HTML
 * is never put into this page's DOM, so nothing in it can run. If the conversion fails,
 * the clipboard's plain text is pasted instead, so a paste is never lost.
 */
export function PasteHtmlPlugin() {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const toasts = useToasts();

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || event.clipboardData === null || !editor.isEditable()) return false;
          const data = event.clipboardData;
          // Copies within Galley keep Lexical's own format; files (images) are the image tool's.
          if (data.types.includes(LEXICAL_CLIPBOARD) || data.files.length > 0) return false;
          const html = data.getData('text/html');
          if (html.trim() === '') return false;
          const plain = data.getData('text/plain');
          event.preventDefault();
          const selection: BaseSelection | null = $getSelection()?.clone() ?? null;

          const insert = (nodes: () => void) =>
            editor.update(
              () => {
                // Typing may have moved the caret while the paste was converted: paste there.
                if (!$isRangeSelection($getSelection()) && selection !== null) $setSelection(selection.clone());
                nodes();
              },
              { tag: PASTE_TAG },
            );

          api.call('articles.convertPaste', { html }).then(
            ({ body, warnings }) => {
              insert(() => {
                const nodes = (body.editorState.root.children as SerializedLexicalNode[]).map((json) => $parseSerializedNode(json));
                // Pasted over a claim's or comment's words, they stay its words.
                if (!$insertNodesInMark(nodes)) $insertNodes(nodes);
              });
              const notable = warnings.filter((warning) => !/^The reference|references \(/.test(warning));
              if (notable.length > 0) toasts.showInfo(notable.join(' '));
            },
            (error: unknown) => {
              insert(() => {
                const current = $getSelection();
                if (!$isRangeSelection(current)) return;
                if (/[\r\n\t]/.test(plain) || !$insertNodesInMark([$createTextNode(plain)])) current.insertRawText(plain);
              });
              toasts.showError(`The formatting of the pasted text could not be kept (${errorMessage(error)}); it was pasted as plain text.`);
            },
          );
          return true;
        },
        // Before the rich-text plugin's own paste (EDITOR priority), which this either
        // replaces (HTML from outside) or lets run on the synced selection (Galley's own copies).
        COMMAND_PRIORITY_LOW,
      ),
    [editor, api, toasts],
  );

  return null;
}
