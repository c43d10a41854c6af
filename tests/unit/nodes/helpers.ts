import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createParagraphNode, $createTextNode, $getRoot, HISTORIC_TAG, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor, type LexicalNode } from 'lexical';
import { galleyNodes } from '../../../shared/content/nodes';
import { $createFootnoteNode, FootnoteOrder, registerFootnoteOrder } from '../../../shared/content/nodes/index';

/** A headless editor with Galley's nodes, undo history and live footnote numbering, as the app has them. */
export function numberedEditor(): { editor: LexicalEditor; order: FootnoteOrder } {
  const editor = createHeadlessEditor({
    nodes: [...galleyNodes],
    onError: (error) => {
      throw error;
    },
  });
  // No merging of updates into one undo step: each update here is one step.
  registerHistory(editor, createEmptyHistoryState(), 0);
  const order = new FootnoteOrder();
  registerFootnoteOrder(editor, order);
  return { editor, order };
}

export const update = (editor: LexicalEditor, run: () => void): void => editor.update(run, { discrete: true });

/** A paragraph of text pieces and footnotes (`{ note }`), appended to the root. */
export function $paragraph(...parts: Array<string | { note: string }>): LexicalNode {
  const paragraph = $createParagraphNode();
  for (const part of parts) paragraph.append(typeof part === 'string' ? $createTextNode(part) : $createFootnoteNode(part.note));
  $getRoot().append(paragraph);
  return paragraph;
}

/** The notes in the order the editor numbers them, as "number:text". */
export const numbered = (order: FootnoteOrder): string[] => order.getSnapshot().map((entry) => `${entry.number}:${entry.text}`);

/**
 * Undo or redo, settled: Lexical commits a restored state in a microtask, so the test
 * waits for that commit (not for time) before it looks.
 */
export async function history(editor: LexicalEditor, command: typeof UNDO_COMMAND | typeof REDO_COMMAND): Promise<void> {
  const committed = new Promise<void>((resolve) => {
    const stop = editor.registerUpdateListener(({ tags }) => {
      if (tags.has(HISTORIC_TAG)) {
        stop();
        resolve();
      }
    });
  });
  editor.dispatchCommand(command, undefined);
  await committed;
}
