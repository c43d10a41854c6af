import {
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  type LexicalEditor,
  type PointType,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { $isMarkNode, type MarkNode } from '@lexical/mark';

/**
 * A comment's or claim's mark keeps the words retyped in it. Lexical's MarkNode refuses
 * text at its edges, so on its own retyping a claim's last words (select them and type, or
 * backspace over them and type) put the new words after the mark, and typing over all of
 * its words deleted the mark: the claim then quoted words the article no longer had.
 *
 * Here, text typed over a selection that starts in a mark goes into that mark, and so does
 * text typed at a mark's end right after deleting its last characters there. A caret merely
 * placed at either edge still types outside, so writing next to a claim does not change it.
 */

/** The mark a text node is in, if any. */
const markOf = (node: TextNode): MarkNode | null => $findMatchingParent(node, $isMarkNode) as MarkNode | null;

/** Where text typed over a selection starting at `point` goes in a mark: a text node of it and an offset; null when not in a mark. */
export function $placeInMark(point: PointType): { node: TextNode; offset: number } | null {
  const node = point.getNode();
  if (!$isTextNode(node)) return null;
  if (markOf(node) !== null) return { node, offset: point.offset };
  // A selection that starts right where a mark begins may be reported at the end of the text before it.
  if (point.offset !== node.getTextContentSize()) return null;
  const next = node.getNextSibling();
  if (!$isMarkNode(next)) return null;
  const first = next.getFirstDescendant();
  return $isTextNode(first) ? { node: first, offset: 0 } : null;
}

/** Types `text` at the end of a mark's last text node, with the selection's format; the caret ends after it. */
function $appendInMark(selection: RangeSelection, node: TextNode, text: string): void {
  if (node.getFormat() === selection.format && node.getStyle() === selection.style) {
    node.spliceText(node.getTextContentSize(), 0, text, true);
    return;
  }
  // Another format was chosen at the caret (bold switched on): a run of its own, still in the mark.
  const run = $createTextNode(text);
  run.setFormat(selection.format);
  run.setStyle(selection.style);
  node.insertAfter(run);
  run.select();
}

/** A collapsed caret at the very end of a mark's text (where Lexical would type outside it). */
interface CaretAtMarkEnd {
  key: string;
  offset: number;
  markKey: string;
  markSize: number;
}

/**
 * The caret at a mark's end, or null. The browser may put the same place at the start of
 * the text after the mark instead (Chromium does so when it types), so that counts too.
 */
function $caretAtMarkEnd(): CaretAtMarkEnd | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  let node = selection.anchor.getNode();
  if (!$isTextNode(node)) return null;
  if (selection.anchor.offset === 0) {
    const before = node.getPreviousSibling();
    const last = $isMarkNode(before) ? before.getLastChild() : null;
    if (!$isTextNode(last)) return null;
    node = last;
  } else if (selection.anchor.offset !== node.getTextContentSize() || node.getNextSibling() !== null) return null;
  const mark = node.getParent();
  if (!$isMarkNode(mark)) return null;
  return { key: node.getKey(), offset: node.getTextContentSize(), markKey: mark.getKey(), markSize: mark.getTextContentSize() };
}

const sameCaret = (a: CaretAtMarkEnd | null, b: CaretAtMarkEnd): boolean => a !== null && a.key === b.key && a.offset === b.offset;

/** Types `text` into a mark when the rule above says so; false to let Lexical type it as usual. */
function $typeIntoMark(text: string, retyping: CaretAtMarkEnd | null): boolean {
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  // While an input method composes, Lexical and the browser own the text.
  if (!$isRangeSelection(selection) || ($isTextNode(anchor) && anchor.isComposing()) || text === '') return false;
  if (selection.isCollapsed()) {
    const caret = $caretAtMarkEnd();
    const node = caret === null ? null : $getNodeByKey<TextNode>(caret.key);
    if (caret === null || node === null || !sameCaret(retyping, caret)) return false;
    $appendInMark(selection, node, text);
    return true;
  }
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const place = $placeInMark(start);
  if (place === null) return false;
  // The new words go in first, so that the mark is never left empty (and removed) between the two steps.
  const { node, offset } = place;
  const format = node.getFormat();
  const style = node.getStyle();
  node.spliceText(offset, 0, text, false);
  const endOffset = end.key === node.getKey() && end.offset >= offset ? end.offset + text.length : end.offset;
  selection.anchor.set(node.getKey(), offset + text.length, 'text');
  selection.focus.set(end.key, endOffset, end.type);
  selection.removeText();
  selection.format = format;
  selection.style = style;
  return true;
}

/** Registers the rule above on an editor; returns the function that removes it. */
export function registerMarksFollowTyping(editor: LexicalEditor): () => void {
  // The caret a deletion left at a mark's end (typing there is retyping), and whether the last update was our own typing.
  let retyping: CaretAtMarkEnd | null = null;
  let typed = false;
  return mergeRegister(
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (input) => {
        if (typeof input !== 'string' && (input.dataTransfer != null || typeof input.data !== 'string')) return false;
        typed = $typeIntoMark(typeof input === 'string' ? input : input.data!, retyping);
        return typed;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerUpdateListener(({ editorState, prevEditorState }) => {
      const caret = editorState.read($caretAtMarkEnd);
      const ours = typed;
      typed = false;
      if (caret === null) retyping = null;
      else if (ours) retyping = caret;
      else if (!sameCaret(retyping, caret)) {
        const before = prevEditorState.read(() => $getNodeByKey(caret.markKey)?.getTextContentSize() ?? 0);
        retyping = before > caret.markSize ? caret : null;
      }
    }),
  );
}
