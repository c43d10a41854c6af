import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { galleyNodes } from '../../../shared/content/nodes';
import { CitationNode, FootnoteNode, ReferenceMarkerNode } from '../../../shared/content/nodes/index';
import { scanBody } from '../../../shared/content/scan';
import { citationNode, footnoteNode, paragraphNode, referenceMarkerNode, textNode } from '../../../shared/content/build';
import { BODY_FORMAT_VERSION, type ArticleBody } from '../../../shared/content/body';
import { InvalidBodyError, validateBody } from '../../../shared/content/validate';

const SOURCE = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER_SOURCE = '7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d';
const NOTE = '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b';

const body = (...children: unknown[]): ArticleBody => ({
  format: 'galley.lexical',
  version: BODY_FORMAT_VERSION,
  editorState: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } },
});

describe('citation, footnote and reference-marker nodes', () => {
  it('load and save their JSON unchanged through a headless editor', () => {
    const stored = body(
      paragraphNode([
        textNode('Officials said '),
        citationNode([SOURCE, OTHER_SOURCE], { kind: 'page', value: '12' }, [textNode('the figures were wrong')]),
        footnoteNode(NOTE, 'Reuters, 22 January.', [SOURCE]),
        textNode(' and denied it '),
        referenceMarkerNode('8'),
      ]),
    );
    const editor = createHeadlessEditor({ nodes: [...galleyNodes], onError: (error) => { throw error; } });
    editor.setEditorState(editor.parseEditorState(stored.editorState as never));
    const saved = editor.getEditorState().toJSON();
    expect(saved.root.children).toEqual(stored.editorState.root.children);
  });

  it('count their words as a reader does: cited words yes, notes no, a dangling [8] as written', () => {
    const validated = validateBody(
      body(paragraphNode([citationNode([SOURCE], null, [textNode('two words')]), footnoteNode(NOTE, 'a long note of many words'), referenceMarkerNode('8')])),
    );
    expect(validated.text).toBe('two words[8]');
    expect(validated.wordCount).toBe(3);
  });

  it('are refused when malformed, so that a broken document never replaces a good one', () => {
    const bad = [
      citationNode([], null, [textNode('no source')]),
      citationNode(['not-a-uuid'], null, [textNode('x')]),
      { ...citationNode([SOURCE], null, [textNode('x')]), locator: { kind: 'chapter', value: '3' } },
      footnoteNode('not-a-uuid', 'x'),
      footnoteNode(NOTE, 'x'.repeat(20_001)),
      { type: 'footnote', version: 1, text: 'no id' },
      referenceMarkerNode(''),
      referenceMarkerNode('x'.repeat(41)),
    ];
    for (const node of bad) {
      expect(() => validateBody(body(paragraphNode([node as never]))), JSON.stringify(node).slice(0, 80)).toThrow(InvalidBodyError);
    }
  });

  it('can be constructed with no arguments, as collaboration rebuilds nodes from their type', () => {
    const editor = createHeadlessEditor({ nodes: [...galleyNodes], onError: (error) => { throw error; } });
    editor.update(
      () => {
        const nodes = [new CitationNode(), new FootnoteNode(), new ReferenceMarkerNode()];
        expect(nodes.map((node) => node.getType())).toEqual(['citation', 'footnote', 'reference-marker']);
        expect($getRoot().getChildrenSize()).toBe(0);
      },
      { discrete: true },
    );
  });
});

describe('footnote numbering over the stored JSON (scanBody)', () => {
  /** The scan's footnotes without their places (those are pinned by the scan's own tests). */
  const notesOf = (stored: ArticleBody) => scanBody(stored).footnotes.map(({ number, noteId, text, sourceIds }) => ({ number, noteId, text, sourceIds }));

  it('numbers footnotes in document order, through lists, quotes and citations', () => {
    const list = {
      type: 'list',
      listType: 'bullet',
      version: 1,
      children: [{ type: 'listitem', version: 1, children: [textNode('item'), footnoteNode(NOTE, 'second')] }],
    };
    const quote = { type: 'quote', version: 1, children: [citationNode([SOURCE], null, [textNode('cited'), footnoteNode(NOTE, 'third')])] };
    const notes = notesOf(body(paragraphNode([footnoteNode(NOTE, 'first', [SOURCE])]), list, quote, paragraphNode([referenceMarkerNode('8')])));
    expect(notes).toEqual([
      { number: 1, noteId: NOTE, text: 'first', sourceIds: [SOURCE] },
      { number: 2, noteId: NOTE, text: 'second', sourceIds: [] },
      { number: 3, noteId: NOTE, text: 'third', sourceIds: [] },
    ]);
  });

  it('renumbers when paragraphs change places, and survives malformed and deeply nested JSON', () => {
    const a = paragraphNode([footnoteNode(NOTE, 'a')]);
    const b = paragraphNode([footnoteNode(NOTE, 'b')]);
    expect(scanBody(body(a, b)).footnotes.map((note) => `${note.number}:${note.text}`)).toEqual(['1:a', '2:b']);
    expect(scanBody(body(b, a)).footnotes.map((note) => `${note.number}:${note.text}`)).toEqual(['1:b', '2:a']);
    let deep: unknown = footnoteNode(NOTE, 'deep');
    for (let i = 0; i < 100_000; i += 1) deep = { type: 'paragraph', children: [deep] };
    expect(notesOf(body(deep, 'garbage', null, { type: 'footnote', text: 7 }))).toEqual([
      { number: 1, noteId: NOTE, text: 'deep', sourceIds: [] },
      { number: 2, noteId: '', text: '', sourceIds: [] },
    ]);
  });
});
