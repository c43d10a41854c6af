import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode, LinkNode } from '@lexical/link';
import { $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { $fillNote, $readNote, type NoteValue } from '../../../renderer/editor/footnotes/noteDocument';

/** The note editor's model without its view: what the popover and the panel hold. */
function noteEditor() {
  return createHeadlessEditor({ namespace: 'note-test', nodes: [LinkNode], onError: (error) => { throw error; } });
}

const roundTrip = (note: NoteValue): NoteValue => {
  const editor = noteEditor();
  editor.update(() => $fillNote(note), { discrete: true });
  return editor.getEditorState().read($readNote);
};

describe('a note in the note editor', () => {
  it('loads and reads back its text, line breaks and link ranges exactly', () => {
    const note: NoteValue = {
      text: 'See the ministry report\nand the audit.',
      links: [
        { start: 8, end: 23, url: 'https://gov.example/report' },
        { start: 28, end: 37, url: 'mailto:audit@gov.example' },
      ],
    };
    expect(roundTrip(note)).toEqual(note);
    expect(roundTrip({ text: '', links: [] })).toEqual({ text: '', links: [] });
  });

  it('keeps no link whose address Galley would not keep, nor an empty one', () => {
    const editor = noteEditor();
    editor.update(
      () => {
        $fillNote({ text: 'a b', links: [] });
        const paragraph = $getRoot().getFirstChildOrThrow<ElementNode>();
        paragraph.append($createLinkNode('javascript:alert(1)').append($createTextNode(' evil')), $createLinkNode('https://ok.example'));
      },
      { discrete: true },
    );
    expect(editor.getEditorState().read($readNote)).toEqual({ text: 'a b evil', links: [] });
  });
});
