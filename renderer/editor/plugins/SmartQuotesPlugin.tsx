import { useEffect, useState } from 'react';
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
import { apostropheBeforeDigit, curlQuote, quoteStyleFor, type QuoteStyle } from '../../../shared/content/smart-quotes';
import { useApi } from '../../platform/ApiContext';
import { valueOf } from '../../../shared/domain/settings';

/**
 * Curls straight quotes as they are typed, in the article's language (shared/content/
 * smart-quotes), unless the outlet's settings keep that language's quotes straight. Only a
 * quote typed at the caret is curled: pasted text, undo and redo are left as they are, and
 * so is text set as code. The curl is its own step in the history, so one Ctrl+Z right
 * after it gives back the straight quote, as in a word processor.
 */
export function SmartQuotesPlugin({ language }: { language: string }) {
  const [editor] = useLexicalComposerContext();
  const quotes = useQuoteStyle(language);
  useEffect(() => (quotes === null ? undefined : registerSmartQuotes(editor, quotes)), [editor, quotes]);
  return null;
}

/** The article language's quotes, or null where they stay straight (no table entry, or turned off in Settings). */
function useQuoteStyle(language: string): QuoteStyle | null {
  const api = useApi();
  const [off, setOff] = useState<readonly string[] | null>(null);
  useEffect(() => {
    let current = true;
    api.call('settings.get', { key: 'typing' }).then(
      (setting) => current && setOff(valueOf('typing', setting).smartQuotesOff),
      // Without the settings, typing goes on with the default (quotes curled).
      () => current && setOff([]),
    );
    return () => {
      current = false;
    };
  }, [api]);
  const quotes = quoteStyleFor(language);
  if (off === null || quotes === null) return null;
  return off.includes(language.split('-')[0]!.toLowerCase()) ? null : quotes;
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
    const char = typed.text[typed.offset - 1];
    const beforeChar = typed.text.slice(0, typed.offset - 1);
    let replace: { at: number; length: number; text: string } | null = null;
    if (char === '"' || char === "'") {
      const curled = curlQuote(char, beforeChar, quotes);
      replace = { at: typed.offset - 1 - curled.replacesBefore, length: 1 + curled.replacesBefore, text: curled.text };
    } else if (apostropheBeforeDigit(typed.text.slice(0, typed.offset), quotes)) {
      replace = { at: typed.offset - 2, length: 1, text: quotes.apostrophe };
    }
    if (replace === null) return;
    const { at, length, text } = replace;
    editor.update(() => {
      const node = $getNodeByKey(typed.key);
      if (!$isTextNode(node)) return;
      const caret = typed.offset - length + text.length;
      node.spliceText(at, length, text);
      node.select(caret, caret);
      $addUpdateTag(HISTORY_PUSH_TAG);
    });
  });
}
