import { $getRoot, $createRangeSelection, $setSelection, HISTORY_PUSH_TAG, UNDO_COMMAND, type LexicalEditor, type LexicalNode } from 'lexical';
import type { ArticleMeta } from '../../../shared/domain/article';
import type { CompiledStyle } from '../../../shared/style/matcher';
import { applyEdits, respellEdits } from '../../../shared/style/respell';
import { withHeadline } from '../meta/slug';
import type { RespellResult } from './articleStyle';
import { $blockText, leafAt } from './blockText';

/** Writes `chosen` over the other spellings of one block, last first so earlier offsets hold. */
function $respellBlock(block: LexicalNode, compiled: CompiledStyle, group: number, chosen: string): number {
  const edits = respellEdits(compiled, $blockText(block).text, group, chosen);
  for (const edit of [...edits].reverse()) {
    const { leaves } = $blockText(block);
    const start = leafAt(leaves, edit.offset, false);
    const end = leafAt(leaves, edit.offset + edit.length, true);
    if (start === null || end === null) continue;
    const selection = $createRangeSelection();
    selection.anchor.set(start.key, start.offset, 'text');
    selection.focus.set(end.key, end.offset, 'text');
    $setSelection(selection);
    selection.insertText(edit.text);
  }
  return edits.length;
}

/** Before the house style is loaded there is nothing to change. */
export const NO_RESPELL = (_group: number, _chosen: string): RespellResult => ({ changed: 0, undo: () => undefined });

interface Article {
  editor: LexicalEditor;
  compiled: CompiledStyle;
  /** The metadata as it is now (read again at undo, so typing since is kept). */
  meta: () => ArticleMeta;
  changeMeta: (meta: ArticleMeta) => void;
}

/**
 * "Use this spelling everywhere" (shared/style/respell): the headline, the standfirst and
 * the body in one step. The body's changes are one entry of its undo history; the fields go
 * through the same change as typing, so both are autosaved and versioned together. The
 * result's undo puts all of it back.
 */
export function respellArticle({ editor, compiled, meta, changeMeta }: Article, group: number, chosen: string): RespellResult {
  const before = meta();
  const headlineEdits = respellEdits(compiled, before.headline, group, chosen);
  const dekEdits = respellEdits(compiled, before.dek, group, chosen);
  const headline = applyEdits(before.headline, headlineEdits);
  const dek = applyEdits(before.dek, dekEdits);
  const fieldCount = headlineEdits.length + dekEdits.length;
  let bodyCount = 0;
  editor.update(
    () => {
      for (const block of $getRoot().getChildren()) bodyCount += $respellBlock(block, compiled, group, chosen);
    },
    { discrete: true, tag: HISTORY_PUSH_TAG },
  );
  if (fieldCount > 0) changeMeta({ ...withHeadline(before, headline), dek });
  return {
    changed: fieldCount + bodyCount,
    undo: () => {
      if (bodyCount > 0) editor.dispatchCommand(UNDO_COMMAND, undefined);
      if (fieldCount === 0) return;
      const now = meta();
      // A field typed in since keeps what was typed.
      changeMeta({
        ...(now.headline === headline ? withHeadline(now, before.headline) : now),
        dek: now.dek === dek ? before.dek : now.dek,
      });
    },
  };
}
