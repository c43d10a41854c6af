import {
  $getNodeByKey,
  $getSelection,
  $isDecoratorNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  createCommand,
  type LexicalCommand,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $isLinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $createCitationNode, $isCitationNode, type CitationNode } from '../../../shared/content/nodes/citation-node';
import type { Locator } from '../../../shared/domain/source';

/** Opens the Cite dialog for the selection (toolbar, Ctrl+Alt+C, the Format menu). */
export const OPEN_CITE_DIALOG_COMMAND: LexicalCommand<void> = createCommand('GALLEY_OPEN_CITE_DIALOG');

export interface CitationDraft {
  sourceIds: string[];
  locator: Locator | null;
}

/** The citation the whole selection sits in, if any: citing again there edits it. */
export function $selectedCitation(): CitationNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = $findMatchingParent(selection.anchor.getNode(), $isCitationNode);
  const focus = $findMatchingParent(selection.focus.getNode(), $isCitationNode);
  return $isCitationNode(anchor) && anchor.is(focus) ? anchor : null;
}

/** The words a citation would cover, for the dialog's heading. */
export function $selectedText(): string {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? selection.getTextContent() : '';
}

const isInlineLeaf = (node: LexicalNode): boolean =>
  $isTextNode(node) || $isLineBreakNode(node) || ($isDecoratorNode(node) && node.isInline());

/**
 * Wraps the selected words in citations: one citation per run of neighbouring inline
 * nodes (a selection across paragraphs cites the words in each). A link selected whole
 * goes inside the citation; part of a link gets a citation inside the link. Words already
 * cited are left as they are. Returns whether anything was cited.
 */
export function $citeSelection(draft: CitationDraft): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const nodes = selection.extract();
  const selected = new Set(nodes.map((node) => node.getKey()));
  let citation: CitationNode | null = null;
  let lastTarget: LexicalNode | null = null;
  let cited = false;
  for (const node of nodes) {
    if (!isInlineLeaf(node) || $findMatchingParent(node, $isCitationNode) !== null) continue;
    if ($isTextNode(node) && node.getTextContent() === '') continue;
    const parent = node.getParent();
    const target = $isLinkNode(parent) && parent.getChildren().every((child) => selected.has(child.getKey())) ? parent : node;
    if (lastTarget !== null && target.is(lastTarget)) continue;
    if (citation !== null && citation.getNextSibling()?.is(target) === true) {
      citation.append(target);
    } else {
      citation = $createCitationNode(draft.sourceIds, draft.locator);
      target.insertBefore(citation);
      citation.append(target);
    }
    lastTarget = target;
    cited = true;
  }
  return cited;
}

export function $updateCitation(key: NodeKey, draft: CitationDraft): void {
  const node = $getNodeByKey(key);
  if ($isCitationNode(node)) node.setSourceIds(draft.sourceIds).setLocator(draft.locator);
}

/** Takes a citation away, keeping its words where they were. */
export function $removeCitation(key: NodeKey): void {
  const node = $getNodeByKey(key);
  if (!$isCitationNode(node)) return;
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

/** The citation an element in the editor belongs to (for the hover card). */
export function $citationOfElementKey(key: NodeKey): CitationNode | null {
  const node = $getNodeByKey(key);
  if ($isCitationNode(node)) return node;
  const parent = node === null ? null : $findMatchingParent(node, $isCitationNode);
  return $isCitationNode(parent) ? parent : null;
}

