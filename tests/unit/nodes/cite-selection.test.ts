import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $setSelection, type TextNode } from 'lexical';
import { $createLinkNode } from '@lexical/link';
import { $citeSelection, $removeCitation, $selectedCitation, $updateCitation } from '../../../renderer/editor/citations/citationEditing';
import { numberedEditor, update } from './helpers';

const SOURCE = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER = '7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d';

/** Selects from (node, offset) to (node, offset). Call inside an update. */
function $select(anchor: TextNode, anchorOffset: number, focus: TextNode, focusOffset: number): void {
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.getKey(), anchorOffset, 'text');
  selection.focus.set(focus.getKey(), focusOffset, 'text');
  $setSelection(selection);
}

type Stored = Array<{ children: Array<Record<string, unknown>> }>;

/** The top-level blocks as the editor would save them. */
const storedBlocks = (editor: ReturnType<typeof numberedEditor>['editor']): Stored =>
  JSON.parse(JSON.stringify(editor.getEditorState().toJSON().root.children)) as Stored;

/** Each paragraph's children as the stored JSON shows them: text, or [type, ...children]. */
function shape(editor: ReturnType<typeof numberedEditor>['editor']): unknown[] {
  const paragraphs = storedBlocks(editor);
  const describe = (node: Record<string, unknown>): unknown =>
    node.type === 'text' ? node.text : [node.type, ...((node.children as Array<Record<string, unknown>> | undefined) ?? []).map(describe)];
  return paragraphs.map((paragraph) => paragraph.children.map(describe));
}

describe('citing the selection', () => {
  it('wraps the selected words, across paragraphs one citation each, and a whole link inside the citation', () => {
    const { editor } = numberedEditor();
    update(editor, () => {
      const first = $createTextNode('The ministry said the levees held. ');
      const link = $createLinkNode('https://gov.example/');
      link.append($createTextNode('Read more'));
      const second = $createTextNode('Residents disagreed.');
      $getRoot().append($createParagraphNode().append(first, link), $createParagraphNode().append(second));
      $select(first, 'The ministry said '.length, second, 'Residents'.length);
      expect($citeSelection({ sourceIds: [SOURCE], locator: { kind: 'page', value: '12' } })).toBe(true);
    });
    expect(shape(editor)).toEqual([
      ['The ministry said ', ['citation', 'the levees held. ', ['link', 'Read more']]],
      [['citation', 'Residents'], ' disagreed.'],
    ]);
  });

  it('cites part of a link inside the link, and leaves words already cited alone', () => {
    const { editor } = numberedEditor();
    update(editor, () => {
      const inLink = $createTextNode('the annual report');
      $getRoot().append($createParagraphNode().append($createLinkNode('https://gov.example/').append(inLink)));
      $select(inLink, 4, inLink, 10);
      $citeSelection({ sourceIds: [SOURCE], locator: null });
    });
    expect(shape(editor)).toEqual([[['link', 'the ', ['citation', 'annual'], ' report']]]);
    update(editor, () => {
      // Words already in a citation are not cited twice.
      const annual = $getRoot().getAllTextNodes()[1] as TextNode;
      $select(annual, 0, annual, 6);
      expect($citeSelection({ sourceIds: [OTHER], locator: null })).toBe(false);
    });
  });

  it('finds the citation the caret is in, edits its sources and removes it keeping the words', () => {
    const { editor } = numberedEditor();
    update(editor, () => {
      const text = $createTextNode('Officials said so.');
      $getRoot().append($createParagraphNode().append(text));
      $select(text, 0, text, 'Officials'.length);
      $citeSelection({ sourceIds: [SOURCE], locator: null });
    });
    update(editor, () => {
      const cited = $getRoot().getAllTextNodes()[0] as TextNode;
      $select(cited, 2, cited, 2);
      const citation = $selectedCitation();
      expect(citation?.getSourceIds()).toEqual([SOURCE]);
      $updateCitation(citation?.getKey() ?? '', { sourceIds: [SOURCE, OTHER], locator: { kind: 'quote', value: 'said so' } });
    });
    const stored = storedBlocks(editor)[0]?.children[0];
    expect(stored).toMatchObject({ type: 'citation', sourceIds: [SOURCE, OTHER], locator: { kind: 'quote', value: 'said so' } });
    update(editor, () => {
      const cited = $getRoot().getAllTextNodes()[0] as TextNode;
      $select(cited, 2, cited, 2);
      $removeCitation($selectedCitation()?.getKey() ?? '');
    });
    expect(shape(editor)).toEqual([['Officials said so.']]);
  });
});
