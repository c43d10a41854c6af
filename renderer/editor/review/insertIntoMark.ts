import { $generateNodesFromSerializedNodes, type BaseSerializedNode } from '@lexical/clipboard';
import {
  $createTextNode,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $placeInMark } from './marksFollowTyping';

/**
 * Pasted words follow the same rule as typed ones (./marksFollowTyping): pasted over a
 * selection that starts in a comment's or claim's mark, they go into that mark. Lexical's
 * own insertion splits the mark at the caret and puts the pasted nodes between the halves
 * (or after the mark, at its end), so a claim pasted over lost its new words.
 */

const isInline = (node: LexicalNode): boolean => $isTextNode(node) || (($isElementNode(node) || $isDecoratorNode(node)) && node.isInline());

/** The inline nodes of a paste: one pasted paragraph counts as its words (Lexical merges it into the caret's paragraph too). */
function inlineNodesOf(nodes: LexicalNode[]): LexicalNode[] | null {
  const only = nodes.length === 1 ? nodes[0] : undefined;
  const inline = only !== undefined && $isParagraphNode(only) ? only.getChildren() : nodes;
  return inline.length > 0 && inline.every(isInline) ? inline : null;
}

/**
 * Inserts pasted `nodes` into the mark the selection starts in, replacing the selection;
 * false (nothing done) when it does not start in a mark, is only a caret, or the paste has
 * more than one paragraph (a mark holds words within one paragraph; those paste as usual).
 */
export function $insertNodesInMark(nodes: LexicalNode[]): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const inline = inlineNodesOf(nodes);
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const place = inline === null ? null : $placeInMark(start);
  if (inline === null || place === null) return false;
  const { node, offset } = place;
  // The new words go in first, so that the mark is never left empty (and removed) before the old ones go.
  const endKey = end.key;
  const endOffset = end.offset;
  const endType = end.type;
  const [before, after] = offset === 0 ? [null, node] : node.splitText(offset);
  let last: LexicalNode | null = before;
  for (const pasted of inline) {
    if (last === null) node.insertBefore(pasted);
    else last.insertAfter(pasted);
    last = pasted;
  }
  const endMoved = offset > 0 && endKey === node.getKey() && after !== undefined;
  const lastNode = inline[inline.length - 1]!;
  if ($isTextNode(lastNode)) selection.anchor.set(lastNode.getKey(), lastNode.getTextContentSize(), 'text');
  else selection.anchor.set(lastNode.getParentOrThrow().getKey(), lastNode.getIndexWithinParent() + 1, 'element');
  if (endMoved) selection.focus.set(after.getKey(), endOffset - offset, endType);
  else selection.focus.set(endKey, endOffset, endType);
  selection.removeText();
  return true;
}

/** Lexical's own clipboard format: a copy from Galley's editor. */
const LEXICAL_CLIPBOARD = 'application/x-lexical-editor';

/** The nodes a plain-text or Galley clipboard holds; null for HTML from outside (PasteHtmlPlugin converts that) or anything else. */
function $nodesOnClipboard(data: DataTransfer): LexicalNode[] | null {
  const lexical = data.getData(LEXICAL_CLIPBOARD);
  if (lexical !== '') {
    try {
      const parsed: unknown = JSON.parse(lexical);
      const nodes = typeof parsed === 'object' && parsed !== null && 'nodes' in parsed && Array.isArray(parsed.nodes) ? parsed.nodes : null;
      return nodes === null ? null : $generateNodesFromSerializedNodes(nodes as BaseSerializedNode[]);
    } catch {
      return null; // Not Lexical's JSON after all: Lexical's own paste deals with it.
    }
  }
  if (data.getData('text/html').trim() !== '' || data.files.length > 0) return null;
  const plain = data.getData('text/plain');
  return plain === '' || /[\r\n\t]/.test(plain) ? null : [$createTextNode(plain)];
}

/** Registers the rule above for pastes of plain text and of Galley's own copies; returns the function that removes it. */
export function registerMarksFollowPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      if (data === null || !editor.isEditable()) return false;
      const nodes = $nodesOnClipboard(data);
      if (nodes === null || !$insertNodesInMark(nodes)) return false;
      event.preventDefault();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
