import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { galleyNodes } from '../../../shared/content/nodes';
import { $isFootnoteNode } from '../../../shared/content/nodes/footnote-node';
import { footnoteNode, paragraphNode, textNode } from '../../../shared/content/build';
import { withSourceViews } from '../../../renderer/editor/nodes/sourceViews';

const LINKS = [{ start: 4, end: 13, url: 'https://audit.example/harbour' }];

describe('the editor’s footnote marker', () => {
  it('keeps the note’s links through every edit of the node (each edit writes to a clone)', () => {
    const editor = createHeadlessEditor({ namespace: 'footnote-view', nodes: withSourceViews(galleyNodes), onError: (error) => { throw error; } });
    const state = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraphNode([textNode('Late.'), footnoteNode('0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b', 'See the audit.', [], LINKS)])] } };
    editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
    const $footnote = () => {
      const find = (node: LexicalNode): LexicalNode | undefined => ($isFootnoteNode(node) ? node : $isElementNode(node) ? node.getChildren().map(find).find(Boolean) : undefined);
      const found = find($getRoot());
      if (!$isFootnoteNode(found)) throw new Error('no footnote');
      return found;
    };
    // A later edit that is not about the links: the source list changes.
    editor.update(() => $footnote().setSourceIds(['1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b']), { discrete: true });
    expect(editor.getEditorState().read(() => $footnote().getLinks())).toEqual(LINKS);
  });
});
