import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerMarkdownShortcuts, type ElementTransformer } from '@lexical/markdown';
import { $createListItemNode, $createListNode, ListItemNode, ListNode, type ListType } from '@lexical/list';
import { $isParagraphNode, type ElementNode, type LexicalNode } from 'lexical';

/**
 * Starts a list as a word processor does: "- " or "* " at the start of a paragraph makes
 * it a bulleted item, "1. " or "1) " a numbered one (starting at the number typed). Only
 * as typed (Lexical's shortcut listener watches for the space that completes the marker,
 * never pasted text), only in a plain paragraph of the body (a heading, quote or list item
 * keeps what was typed), and as its own step in the history: one Ctrl+Z right after gives
 * back the typed marker as text.
 */
function listStarter(type: ListType, regExp: RegExp): ElementTransformer {
  return {
    type: 'element',
    dependencies: [ListNode, ListItemNode],
    regExp,
    // Galley's documents never come from Markdown through here: nothing to export.
    export: () => null,
    replace: (paragraph: ElementNode, children: LexicalNode[], match: string[]) => {
      if (!$isParagraphNode(paragraph)) return false;
      const list = $createListNode(type, type === 'number' ? Number(match[1]) : undefined);
      const item = $createListItemNode();
      item.append(...children);
      list.append(item);
      paragraph.replace(list);
      item.select(0, 0);
      return true;
    },
  };
}

const LIST_STARTERS: ElementTransformer[] = [
  listStarter('bullet', /^[-*]\s/),
  listStarter('number', /^(\d{1,4})[.)]\s/),
];

export function AutoListPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerMarkdownShortcuts(editor, LIST_STARTERS), [editor]);
  return null;
}
