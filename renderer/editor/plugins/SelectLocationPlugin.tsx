import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createNodeSelection,
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isMarkNode, type MarkNode } from '@lexical/mark';
import type { FindingLocation } from '../../../shared/checks/finding';
import { onSelectLocation } from '../../common/locationEvents';

/**
 * Selects a place the Checks panel asks for (`galley:select-location`, see
 * common/locationEvents) and scrolls it into view. Places are counted the way the main process
 * counts them in the stored JSON (shared/content/text-location): a top-level block, then
 * characters of its text and tab nodes, a line break counting one; decorators count nothing.
 */

interface Leaf {
  node: LexicalNode;
  start: number;
  size: number;
}

/** The block's descendants in document order, with where each leaf's text starts. */
function walk(block: LexicalNode): { leaves: Leaf[]; nodes: LexicalNode[] } {
  const leaves: Leaf[] = [];
  const nodes: LexicalNode[] = [];
  const stack: LexicalNode[] = [block];
  let offset = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    if ($isTextNode(node)) {
      leaves.push({ node, start: offset, size: node.getTextContentSize() });
      offset += node.getTextContentSize();
    } else if ($isLineBreakNode(node)) {
      offset += 1;
    } else if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
    }
  }
  return { leaves, nodes };
}

/** The text point at `offset`: inside a text node, or at the end of the one before (`atEnd`) or start of the one after. */
function pointAt(leaves: readonly Leaf[], offset: number, atEnd: boolean): { key: string; offset: number } | null {
  for (const leaf of leaves) {
    const inside = atEnd ? offset > leaf.start && offset <= leaf.start + leaf.size : offset >= leaf.start && offset < leaf.start + leaf.size;
    if (inside) return { key: leaf.node.getKey(), offset: offset - leaf.start };
  }
  const before = leaves.filter((leaf) => leaf.start + leaf.size <= offset).at(-1);
  if (before !== undefined) return { key: before.node.getKey(), offset: before.size };
  const first = leaves[0];
  return first === undefined ? null : { key: first.node.getKey(), offset: 0 };
}

const fieldOf = (node: LexicalNode, name: string): unknown => (node.exportJSON() as unknown as Record<string, unknown>)[name];

/** Selects the place inside an update; returns the key of the node to scroll to, or null when the place is gone. */
function $select(location: FindingLocation): string | null {
  const root = $getRoot();
  if (location.kind === 'footnote') {
    const { nodes } = walk(root);
    const note = nodes.find((node) => node.getType() === 'footnote' && fieldOf(node, 'noteId') === location.noteId);
    if (note === undefined) return null;
    const selection = $createNodeSelection();
    selection.add(note.getKey());
    $setSelection(selection);
    return note.getKey();
  }
  if (location.kind === 'mark') {
    // A comment's or claim's words, wherever they have moved since the check ran; where
    // they were is the fallback (the mark may be in a copy not saved yet).
    const found = $selectMark(location.markId);
    if (found !== null) return found;
  }
  if (location.kind !== 'text' && location.kind !== 'marker' && location.kind !== 'mark') return null;
  const block = root.getChildAtIndex(location.block);
  if (block === null) return null;
  const { leaves, nodes } = walk(block);
  if (location.kind === 'marker') {
    const marker = nodes.find((node) => node.getType() === 'reference-marker' && String(fieldOf(node, 'label')).replace(/^\[|\]$/g, '') === location.label);
    if (marker === undefined) return null;
    const selection = $createNodeSelection();
    selection.add(marker.getKey());
    $setSelection(selection);
    return marker.getKey();
  }
  const anchor = pointAt(leaves, location.offset, false);
  const focus = location.length === 0 ? anchor : pointAt(leaves, location.offset + location.length, true);
  if (anchor === null || focus === null) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.key, anchor.offset, 'text');
  selection.focus.set(focus.key, focus.offset, 'text');
  $setSelection(selection);
  return anchor.key;
}

/** How long a jump keeps its target in the middle while the blocks around it are measured. */
const SETTLE_FRAMES = 20;

/**
 * Scrolls an element to the middle of the view, and keeps it there for a few frames: the
 * document's blocks use `content-visibility: auto`, so the blocks around the target are
 * measured (and grow from their placeholder height) only after they are first drawn,
 * which moves the target again. Any scrolling or typing by the person ends it at once.
 */
function scrollToCentre(element: HTMLElement): void {
  let frames = 0;
  let cancelled = false;
  const stop = () => {
    cancelled = true;
  };
  const inputs = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
  for (const type of inputs) window.addEventListener(type, stop, { once: true, capture: true, passive: true });
  element.scrollIntoView({ block: 'center' });
  let placed = element.getBoundingClientRect().top;
  const settle = () => {
    if (cancelled || frames >= SETTLE_FRAMES || !element.isConnected) {
      for (const type of inputs) window.removeEventListener(type, stop, { capture: true });
      return;
    }
    frames += 1;
    if (Math.abs(element.getBoundingClientRect().top - placed) >= 1) {
      element.scrollIntoView({ block: 'center' });
      placed = element.getBoundingClientRect().top;
    }
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}

/** Selects every word of the marks carrying `markId` (a mark split by formatting is several nodes); the first node's key, or null. */
function $selectMark(markId: string): string | null {
  const marks = walk($getRoot()).nodes.filter((node): node is MarkNode => $isMarkNode(node) && node.hasID(markId));
  markSpan = marks.length === 0 ? null : { first: marks[0]!.getKey(), last: marks.at(-1)!.getKey() };
  const first = marks[0]?.getFirstDescendant();
  const last = marks.at(-1)?.getLastDescendant();
  if (!$isTextNode(first) || !$isTextNode(last)) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(first.getKey(), 0, 'text');
  selection.focus.set(last.getKey(), last.getTextContentSize(), 'text');
  $setSelection(selection);
  return first.getKey();
}

/** The first and last mark node of the last mark selected, for showing it in a read-only editor. */
let markSpan: { first: string; last: string } | null = null;

/**
 * A read-only editor (a reviewer's) does not put its selection on the page: select the
 * mark's words in the browser directly, so the person sees them (and can comment on them).
 */
function showMarkSelection(editor: LexicalEditor): void {
  if (markSpan === null || editor.isEditable()) return;
  const first = editor.getElementByKey(markSpan.first);
  const last = editor.getElementByKey(markSpan.last);
  const selection = window.getSelection();
  if (first === null || last === null || selection === null) return;
  const range = document.createRange();
  range.setStartBefore(first.firstChild ?? first);
  range.setEndAfter(last.lastChild ?? last);
  selection.removeAllRanges();
  selection.addRange(range);
}

function select(editor: LexicalEditor, location: FindingLocation): boolean {
  if (location.kind !== 'text' && location.kind !== 'marker' && location.kind !== 'footnote' && location.kind !== 'mark') return false;
  // Words: focus first, so the browser shows the selection. A marker or footnote is selected
  // as a node without taking focus: a focused editor would turn the browser's caret, left
  // wherever focus put it, back into the selection and scroll there.
  if (location.kind === 'text' || location.kind === 'mark') editor.getRootElement()?.focus({ preventScroll: true });
  let key: string | null = null;
  markSpan = null;
  editor.update(
    () => {
      key = $select(location);
    },
    { discrete: true },
  );
  if (key === null) return false;
  if (location.kind === 'mark') showMarkSelection(editor);
  const element = editor.getElementByKey(key);
  if (element !== null) scrollToCentre(element);
  return true;
}

export function SelectLocationPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => onSelectLocation((location) => select(editor, location)), [editor]);
  return null;
}
