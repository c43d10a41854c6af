import { HISTORY_MERGE_TAG, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical';

/**
 * Marks an update as a person's edit that joins the undo step before it (each key typed in
 * a footnote's note merges into the first, so Ctrl+Z undoes the whole note edit). Lexical
 * tags its own bookkeeping history-merge too (loading the text, attaching the element,
 * registering transforms), and autosave must skip that but never a person's edit: the
 * history-merge tag alone says how to undo, not whether to save.
 */
export const MERGED_EDIT_TAG = 'galley-merged-edit';

/** The tags of an edit that is saved but undone together with the one before it. */
export const MERGE_INTO_PREVIOUS_EDIT: readonly string[] = [HISTORY_MERGE_TAG, MERGED_EDIT_TAG];

/**
 * The tags of an edit typed in a box outside the text (a footnote's note, a figure's caption):
 * Lexical must not put the browser's selection back into the text after it, which would take
 * the focus, and with it the next keys, away from the box being typed in.
 */
export const TYPED_OUTSIDE_THE_TEXT: readonly string[] = [SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG];

/** Whether an update that changed nodes is something to save (not Lexical's bookkeeping). */
export function isSaveableChange(tags: ReadonlySet<string>): boolean {
  return !tags.has(HISTORY_MERGE_TAG) || tags.has(MERGED_EDIT_TAG);
}
