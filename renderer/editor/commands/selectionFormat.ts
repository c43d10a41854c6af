import { $getSelection, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isListNode, ListNode } from '@lexical/list';
import { $isLinkNode } from '@lexical/link';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $isCitationNode } from '../../../shared/content/nodes/citation-node';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'quote' | 'bullet' | 'number' | 'check';

export interface SelectionFormat {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  blockType: BlockType;
  isLink: boolean;
  linkUrl: string | null;
  /** The selection is inside cited words: Cite edits that citation. */
  isCitation: boolean;
  hasSelection: boolean;
}

export const NO_SELECTION_FORMAT: SelectionFormat = {
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  blockType: 'paragraph',
  isLink: false,
  linkUrl: null,
  isCitation: false,
  hasSelection: false,
};

/**
 * What the selection looks like, for the toolbar's pressed states. It looks only at the
 * selection's own nodes and their ancestors, never the whole document, so it is cheap
 * enough to run after every update. Call inside a read or update.
 */
export function $readSelectionFormat(): SelectionFormat {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_SELECTION_FORMAT;
  const anchor = selection.anchor.getNode();
  const focus = selection.focus.getNode();
  const link = $nearestLink(anchor) ?? $nearestLink(focus);
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    blockType: $blockTypeOf(anchor),
    isLink: link !== null,
    linkUrl: link?.getURL() ?? null,
    isCitation: $findMatchingParent(anchor, $isCitationNode) !== null,
    hasSelection: true,
  };
}

function $nearestLink(node: LexicalNode) {
  if ($isLinkNode(node)) return node;
  const parent = $findMatchingParent(node, (candidate) => $isLinkNode(candidate));
  return $isLinkNode(parent) ? parent : null;
}

function $blockTypeOf(anchor: LexicalNode): BlockType {
  const block =
    anchor.getKey() === 'root'
      ? null
      : $findMatchingParent(anchor, (node) => {
          const parent = node.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        });
  if (block === null) return 'paragraph';
  if ($isListNode(block)) {
    // A nested list's own type is what the writer sees at the cursor.
    const list = $getNearestNodeOfType(anchor, ListNode);
    return (list ?? block).getListType();
  }
  if ($isHeadingNode(block)) return block.getTag();
  if ($isQuoteNode(block)) return 'quote';
  return 'paragraph';
}
