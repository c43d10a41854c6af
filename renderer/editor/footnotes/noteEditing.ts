import {
  $createNodeSelection,
  $getNodeByKey,
  $setSelection,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { $isFootnoteNode } from '../../../shared/content/nodes/footnote-node';
import { MERGE_INTO_PREVIOUS_EDIT, TYPED_OUTSIDE_THE_TEXT } from '../commands/editTags';
import { sameNote, type NoteValue } from './noteDocument';

/**
 * Writing a note, from the popover or the panel. The first change of a writing session
 * is its own undo step; the rest merge into it, so Ctrl+Z undoes the whole note edit
 * rather than one letter, as it does for typing in the text.
 */
export class NoteEditSession {
  private started = false;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly key: NodeKey,
  ) {}

  /** The note as the note editor now holds it: its text, and its links exactly where that editor has them. */
  write(note: NoteValue): void {
    const merge = this.started;
    this.started = true;
    this.editor.update(
      () => {
        const node = $getNodeByKey(this.key);
        if (!$isFootnoteNode(node) || sameNote({ text: node.getText(), links: node.getLinks() }, note)) return;
        node.setText(note.text).setLinks(note.links);
      },
      { tag: [...(merge ? MERGE_INTO_PREVIOUS_EDIT : []), ...TYPED_OUTSIDE_THE_TEXT] },
    );
  }
}

/** Deletes a footnote (its marker and so its note); undo brings both back. */
export function deleteFootnote(editor: LexicalEditor, key: NodeKey): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isFootnoteNode(node)) {
      node.selectNext();
      node.remove();
    }
  });
}

/** Selects a marker in the text and scrolls it into view: where the panel's number leads. */
export function revealMarker(editor: LexicalEditor, key: NodeKey): void {
  editor.update(
    () => {
      const node = $getNodeByKey(key);
      if (!$isFootnoteNode(node)) return;
      const selection = $createNodeSelection();
      selection.add(key);
      $setSelection(selection);
    },
    {
      onUpdate: () => {
        editor.getElementByKey(key)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        editor.focus();
      },
    },
  );
}

/** Puts the caret just after a marker, back in the text (closing its popover). */
export function caretAfterMarker(editor: LexicalEditor, key: NodeKey): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isFootnoteNode(node)) node.selectNext(0, 0);
  });
  editor.focus();
}
