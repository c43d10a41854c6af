import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor, type TextNode } from 'lexical';
import {
  citationNode,
  footnoteNode,
  headingNode,
  linkNode,
  listItemNode,
  listNode,
  paragraphNode,
  quoteNode,
  textNode,
} from '../../../shared/content/build';
import { BODY_FORMAT_VERSION, type ArticleBody } from '../../../shared/content/body';
import { emptyMeta, type ArticleMeta } from '../../../shared/domain/article';
import { markNode } from '../../support/bodies';
import { figureJson } from '../images/helpers';

const SOURCE = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER_SOURCE = '7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d';
const NOTE = '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b';
const BOLD = 1;
const ITALIC = 2;

export const LEDE = 'The harbour board voted on Tuesday to close the north quay.';

/** A body with every kind of node Galley stores: what a shared document must carry unchanged. */
export function richBody(): ArticleBody {
  const children = [
    paragraphNode([textNode(LEDE)]),
    headingNode(2, [textNode('What the board said')]),
    paragraphNode([
      textNode('Officials said '),
      textNode('plainly', BOLD),
      textNode(' that '),
      citationNode([SOURCE, OTHER_SOURCE], { kind: 'page', value: '12' }, [textNode('the figures were wrong', ITALIC)]),
      footnoteNode(NOTE, 'Minutes of the board, 22 January.', [SOURCE]),
      textNode(', and pointed to '),
      linkNode('https://harbour.example/report', [textNode('the report')]),
      textNode('.'),
    ]),
    paragraphNode([
      textNode('Residents '),
      markNode(['comment:3b1f0e2a-1c2d-4e3f-8a9b-0c1d2e3f4a5b'], 'disputed'),
      textNode(' the claim that '),
      markNode(['claim:4c2a1f3b-2d3e-4f5a-9b0c-1d2e3f4a5b6c'], { text: 'the quay is unsafe', format: BOLD }),
      textNode('.'),
    ] as never),
    listNode(false, 1, [listItemNode([textNode('Berths 1 to 4 close in March.')], 1, 0), listItemNode([textNode('Berth 5 stays open.')], 2, 0)]),
    quoteNode([textNode('We were not consulted,'), textNode(' said one skipper.', ITALIC)]),
    figureJson({ caption: 'The north quay at dawn.', crop: { x: 0.1, y: 0.2, width: 0.5, height: 0.4 }, rotation: 90 }),
    paragraphNode([textNode('The board meets again next month.')]),
  ];
  return {
    format: 'galley.lexical',
    version: BODY_FORMAT_VERSION,
    editorState: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } },
  };
}

/** The rich body's lede alone: a text the approval gate has nothing against (no sources or images to look up). */
export function ledeOnlyBody(): ArticleBody {
  const body = richBody();
  return { ...body, editorState: { ...body.editorState, root: { ...body.editorState.root, children: body.editorState.root.children.slice(0, 1) } } };
}

export function richMeta(): ArticleMeta {
  return {
    ...emptyMeta(),
    headline: 'Harbour board closes the north quay',
    dek: 'Skippers say they were not consulted',
    bylines: ['Wren Writer'],
    bylineUrls: { 'Wren Writer': 'https://news.example/staff/wren' },
    section: 'Local',
    tags: ['harbour', 'council'],
    slug: 'harbour-board-north-quay',
    dateline: 'PORTHAVEN',
  };
}

/** The first text node of the body's top-level block `index`, for edits as a writer types them. */
export function $firstTextOf(index: number): TextNode {
  const block = $getRoot().getChildAtIndex(index);
  if (!$isElementNode(block)) throw new Error(`block ${index} is not an element`);
  const text = block.getFirstDescendant();
  if (!$isTextNode(text)) throw new Error(`block ${index} has no text`);
  return text;
}

/** Runs an edit in the editor and commits it now, as a keystroke's update would. */
export function edit(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}
