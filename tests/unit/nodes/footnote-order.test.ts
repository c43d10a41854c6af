import { describe, expect, it, vi } from 'vitest';
import { $getRoot, $isElementNode, $isTextNode, $parseSerializedNode, REDO_COMMAND, UNDO_COMMAND, type LexicalNode, type SerializedLexicalNode } from 'lexical';
import { $isFootnoteNode, type FootnoteNode } from '../../../shared/content/nodes/index';
import { scanBody } from '../../../shared/content/scan';
import { BODY_FORMAT_VERSION, type ArticleBody } from '../../../shared/content/body';
import { $paragraph, history, numbered, numberedEditor, update } from './helpers';

function $footnotes(): FootnoteNode[] {
  const found: FootnoteNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isFootnoteNode(node)) found.push(node);
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  $getRoot().getChildren().forEach(visit);
  return found;
}

const bodyOf = (editor: ReturnType<typeof numberedEditor>['editor']): ArticleBody => ({
  format: 'galley.lexical',
  version: BODY_FORMAT_VERSION,
  editorState: editor.getEditorState().toJSON() as unknown as ArticleBody['editorState'],
});

describe('footnote numbering in a live editor', () => {
  it('numbers footnotes in document order as they are added, before and after each other', () => {
    const { editor, order } = numberedEditor();
    update(editor, () => {
      $paragraph('One', { note: 'first' });
      $paragraph('Three', { note: 'third' });
    });
    expect(numbered(order)).toEqual(['1:first', '2:third']);
    // A footnote added between them takes number 2 and pushes the last one to 3.
    update(editor, () => {
      const second = $paragraph('Two', { note: 'second' });
      $getRoot().getChildAtIndex(1)?.insertBefore(second);
    });
    expect(numbered(order)).toEqual(['1:first', '2:second', '3:third']);
  });

  it('renumbers when a paragraph moves, when a marker is deleted, and back again on undo and redo', async () => {
    const { editor, order } = numberedEditor();
    update(editor, () => {
      $paragraph('A', { note: 'a' });
      $paragraph('B', { note: 'b1' }, ' and ', { note: 'b2' });
      $paragraph('C', { note: 'c' });
    });
    expect(numbered(order)).toEqual(['1:a', '2:b1', '3:b2', '4:c']);

    // Move the last paragraph to the top.
    update(editor, () => {
      const root = $getRoot();
      root.getFirstChildOrThrow().insertBefore(root.getLastChildOrThrow());
    });
    expect(numbered(order)).toEqual(['1:c', '2:a', '3:b1', '4:b2']);

    // Delete a marker: its note goes with it.
    update(editor, () => $footnotes().find((node) => node.getText() === 'a')?.remove());
    expect(numbered(order)).toEqual(['1:c', '2:b1', '3:b2']);

    // Delete a whole paragraph holding two markers.
    update(editor, () => $footnotes().find((node) => node.getText() === 'b1')?.getParentOrThrow().remove());
    expect(numbered(order)).toEqual(['1:c']);

    await history(editor, UNDO_COMMAND);
    expect(numbered(order)).toEqual(['1:c', '2:b1', '3:b2']);
    await history(editor, UNDO_COMMAND);
    expect(numbered(order)).toEqual(['1:c', '2:a', '3:b1', '4:b2']);
    await history(editor, UNDO_COMMAND);
    expect(numbered(order)).toEqual(['1:a', '2:b1', '3:b2', '4:c']);
    await history(editor, REDO_COMMAND);
    expect(numbered(order)).toEqual(['1:c', '2:a', '3:b1', '4:b2']);
    // The editor's numbers are the stored document's numbers.
    expect(scanBody(bodyOf(editor)).footnotes.map((note) => `${note.number}:${note.text}`)).toEqual(numbered(order));
  });

  it('renumbers on cut and paste, keeping the note id of a moved marker and giving a copy its own', () => {
    const { editor, order } = numberedEditor();
    update(editor, () => {
      $paragraph('A', { note: 'a' });
      $paragraph('B', { note: 'b' });
    });
    const ids = order.getSnapshot().map((entry) => entry.noteId);
    // Cut the first paragraph (one update), then paste it after the second (another).
    let clipboard: SerializedLexicalNode | null = null;
    update(editor, () => {
      const first = $getRoot().getFirstChildOrThrow();
      clipboard = editor.getEditorState().toJSON().root.children[0] ?? null;
      first.remove();
    });
    expect(numbered(order)).toEqual(['1:b']);
    update(editor, () => {
      if (clipboard !== null) $getRoot().append($parseSerializedNode(clipboard));
    });
    expect(numbered(order)).toEqual(['1:b', '2:a']);
    expect(order.getSnapshot().map((entry) => entry.noteId)).toEqual([ids[1], ids[0]]);

    // Copy and paste: the original stays, so the pasted marker is a new footnote with a new id.
    update(editor, () => {
      if (clipboard !== null) $getRoot().append($parseSerializedNode(clipboard));
    });
    const snapshot = order.getSnapshot();
    expect(numbered(order)).toEqual(['1:b', '2:a', '3:a']);
    expect(new Set(snapshot.map((entry) => entry.noteId)).size).toBe(3);
  });

  it('follows a note being edited, and tells only the changed marker', () => {
    const { editor, order } = numberedEditor();
    update(editor, () => {
      $paragraph('A', { note: 'a' });
      $paragraph('B', { note: 'b' });
    });
    const [first, second] = order.getSnapshot();
    const firstHeard = vi.fn();
    const secondHeard = vi.fn();
    order.subscribeToKey(first?.key ?? '', firstHeard);
    order.subscribeToKey(second?.key ?? '', secondHeard);
    update(editor, () => $footnotes()[1]?.setText('b, revised'));
    expect(numbered(order)).toEqual(['1:a', '2:b, revised']);
    expect(firstHeard).not.toHaveBeenCalled();
    expect(secondHeard).toHaveBeenCalledTimes(1);
  });

  it('does no footnote work for typing in a paragraph, however many footnotes there are', () => {
    const { editor, order } = numberedEditor();
    update(editor, () => {
      for (let i = 0; i < 200; i += 1) $paragraph(`Paragraph ${i} `, { note: `note ${i}` });
    });
    const rebuild = vi.spyOn(order, '$rebuild');
    const patch = vi.spyOn(order, '$patch');
    const listener = vi.fn();
    order.subscribe(listener);
    for (let i = 0; i < 20; i += 1) {
      update(editor, () => {
        const text = $getRoot().getChildAtIndex(100);
        const first = $isElementNode(text) ? text.getFirstChild() : null;
        if ($isTextNode(first)) first.setTextContent(`${first.getTextContent()}x`);
      });
    }
    expect(rebuild).not.toHaveBeenCalled();
    expect(patch).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
    expect(order.getSnapshot()).toHaveLength(200);
  });
});
