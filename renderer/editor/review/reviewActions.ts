import {
  $createRangeSelection,
  $createRangeSelectionFromDom,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode } from '@lexical/mark';
import { markId, type MarkKind } from '../../../shared/content/marks';
import { MAX_QUOTE_CHARS } from '../../../shared/domain/review';

/** A selection kept while a dialog has focus: the points, not the live selection (which focus moves). */
export interface HeldSelection {
  anchor: { key: string; offset: number; type: 'text' | 'element' };
  focus: { key: string; offset: number; type: 'text' | 'element' };
  quote: string;
}

/**
 * The words selected in the editor, or null when nothing is. Read from the browser's
 * selection when the editor is read-only (Lexical does not track it then) and from
 * Lexical's own otherwise.
 */
export function readSelection(editor: LexicalEditor): HeldSelection | null {
  let held: HeldSelection | null = null;
  editor.update(
    () => {
      const live = $getSelection();
      const selection = $isRangeSelection(live) && !live.isCollapsed() ? live : $createRangeSelectionFromDom(window.getSelection(), editor);
      if (selection === null || selection.isCollapsed()) return;
      const quote = selection.getTextContent().trim();
      if (quote === '') return;
      held = {
        anchor: { key: selection.anchor.key, offset: selection.anchor.offset, type: selection.anchor.type },
        focus: { key: selection.focus.key, offset: selection.focus.offset, type: selection.focus.type },
        quote: quote.slice(0, MAX_QUOTE_CHARS),
      };
    },
    { discrete: true, tag: 'skip-dom-selection' },
  );
  return held;
}

function $restore(held: HeldSelection): RangeSelection | null {
  if ($getNodeByKey(held.anchor.key) === null || $getNodeByKey(held.focus.key) === null) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(held.anchor.key, held.anchor.offset, held.anchor.type);
  selection.focus.set(held.focus.key, held.focus.offset, held.focus.type);
  return selection;
}

/** Wraps the held words in a mark for `kind:id`; false when they are gone (edited meanwhile). */
export function addMark(editor: LexicalEditor, held: HeldSelection, kind: MarkKind, id: string): boolean {
  let done = false;
  editor.update(
    () => {
      const selection = $restore(held);
      if (selection === null) return;
      $wrapSelectionInMarkNode(selection, selection.isBackward(), markId(kind, id));
      $setSelection(null);
      done = true;
    },
    { discrete: true },
  );
  return done;
}

/** Takes a mark id off the text again (the thread could not be stored): the words stay. */
export function removeMark(editor: LexicalEditor, kind: MarkKind, id: string): void {
  const full = markId(kind, id);
  editor.update(
    () => {
      const stack: LexicalNode[] = [$getRoot()];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if ($isMarkNode(node) && node.hasID(full)) {
          node.deleteID(full);
          if (node.getIDs().length === 0) $unwrapMarkNode(node);
          continue;
        }
        if ($isElementNode(node)) stack.push(...node.getChildren());
      }
    },
    { discrete: true },
  );
}

/** The mark ids at the caret (innermost first), for the active-thread highlight. */
export function $markIdsAtSelection(): string[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const ids: string[] = [];
  let node: LexicalNode | null = selection.anchor.getNode();
  if ($isTextNode(node) || $isElementNode(node)) {
    while (node !== null) {
      if ($isMarkNode(node)) ids.push(...node.getIDs());
      node = node.getParent();
    }
  }
  return ids;
}
