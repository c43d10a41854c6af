import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COLLABORATION_TAG,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';
import { curlTyped, type QuoteStyle } from '../../../shared/content/smart-quotes';
import { articleQuotesFor, useQuoteStyle } from './articleQuotes';

/**
 * Curls straight quotes as they are typed in the body, in the article's language (shared/
 * content/smart-quotes), unless the outlet's settings keep that language's quotes straight;
 * and keeps those quotes on the body's editor for the article's other fields (./articleQuotes).
 */
export function SmartQuotesPlugin({ language }: { language: string }) {
  const [editor] = useLexicalComposerContext();
  const quotes = useQuoteStyle(language);
  useEffect(() => articleQuotesFor(editor).set(quotes), [editor, quotes]);
  return <CurlTypedQuotes quotes={quotes} />;
}

/**
 * Curls quotes typed in the editor it is placed in (the body, a footnote's note). Only a
 * quote typed at the caret is curled: pasted text, undo and redo are left as they are, and
 * so is text set as code. The curl is its own step in the history, so one Ctrl+Z right
 * after it gives back the straight quote, as in a word processor.
 */
export function CurlTypedQuotes({ quotes }: { quotes: QuoteStyle | null }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => (quotes === null ? undefined : registerSmartQuotes(editor, quotes)), [editor, quotes]);
  return null;
}

function registerSmartQuotes(editor: LexicalEditor, quotes: QuoteStyle): () => void {
  return editor.registerUpdateListener(({ tags, dirtyLeaves, editorState, prevEditorState }) => {
    if (tags.has(HISTORIC_TAG) || tags.has(PASTE_TAG) || tags.has(COLLABORATION_TAG) || editor.isComposing()) return;
    const typed = editorState.read(() => {
      const selection = $getSelection();
      const before = prevEditorState.read($getSelection);
      if (!$isRangeSelection(selection) || !selection.isCollapsed() || !$isRangeSelection(before)) return null;
      const { key, offset } = selection.anchor;
      // One character typed at the caret: the caret moved one place on in the same text, or
      // the character began a text of its own (the first of an empty paragraph).
      const movedOne = before.anchor.key === key ? before.anchor.offset + 1 === offset : offset === 1;
      if (!dirtyLeaves.has(key) || !movedOne) return null;
      const node = $getNodeByKey(key);
      if (!$isTextNode(node) || node.hasFormat('code')) return null;
      return { key, offset, text: node.getTextContent() };
    });
    if (typed === null) return;
    const edit = curlTyped(typed.text.slice(0, typed.offset), quotes);
    if (edit === null) return;
    editor.update(() => {
      const node = $getNodeByKey(typed.key);
      if (!$isTextNode(node)) return;
      const caret = typed.offset - edit.length + edit.text.length;
      node.spliceText(edit.at, edit.length, edit.text);
      node.select(caret, caret);
      $addUpdateTag(HISTORY_PUSH_TAG);
    });
  });
}
