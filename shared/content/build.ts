import type { NoteLink } from './nodes/note-links';
import type { SerializedLexicalNode, SerializedLineBreakNode, SerializedParagraphNode, SerializedTextNode } from 'lexical';
import type { SerializedHeadingNode, SerializedQuoteNode } from '@lexical/rich-text';
import type { SerializedListItemNode, SerializedListNode } from '@lexical/list';
import type { SerializedLinkNode } from '@lexical/link';
import { BODY_FORMAT_VERSION, type ArticleBody } from './body';
import type { Locator } from '../domain/source';
import type { SerializedCitationNode } from './nodes/citation-node';
import type { SerializedFootnoteNode } from './nodes/footnote-node';
import type { SerializedReferenceMarkerNode } from './nodes/reference-marker-node';
import type { Block, Inline, ListBlock } from './render/tree';
import { figureNode } from './render/figure';
import type { TextDirection } from './render/direction';

/**
 * Builds a stored body (serialized Lexical JSON) from the same small tree the renderers
 * read (render/tree.ts). Importers produce that tree; this writes it exactly as Lexical's
 * own exportJSON would, so a body built here loads in the editor unchanged.
 */

const element = (direction: TextDirection | null = null) => ({ direction, format: '' as const, indent: 0, version: 1 });

export function textNode(text: string, format = 0): SerializedTextNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

export function lineBreakNode(): SerializedLineBreakNode {
  return { type: 'linebreak', version: 1 };
}

export function linkNode(url: string, children: SerializedLexicalNode[], title: string | null = null): SerializedLinkNode {
  return { type: 'link', ...element(), url, rel: null, target: null, title, children };
}

export function citationNode(sourceIds: readonly string[], locator: Locator | null, children: SerializedLexicalNode[]): SerializedCitationNode {
  return { type: 'citation', ...element(), version: 1, sourceIds: [...sourceIds], locator, children };
}

export function footnoteNode(noteId: string, text: string, sourceIds: readonly string[] = [], links: readonly NoteLink[] = []): SerializedFootnoteNode {
  return { type: 'footnote', version: 1, noteId, text, sourceIds: [...sourceIds], ...(links.length > 0 ? { links: links.map((link) => ({ ...link })) } : {}) };
}

export function referenceMarkerNode(label: string): SerializedReferenceMarkerNode {
  return { type: 'reference-marker', version: 1, label };
}

export function paragraphNode(children: SerializedLexicalNode[], direction: TextDirection | null = null): SerializedParagraphNode {
  return { type: 'paragraph', ...element(direction), textFormat: 0, textStyle: '', children };
}

export function headingNode(
  level: 1 | 2 | 3 | 4 | 5 | 6,
  children: SerializedLexicalNode[],
  direction: TextDirection | null = null,
): SerializedHeadingNode {
  return { type: 'heading', ...element(direction), tag: `h${level}`, children };
}

export function quoteNode(children: SerializedLexicalNode[], direction: TextDirection | null = null): SerializedQuoteNode {
  return { type: 'quote', ...element(direction), children };
}

export function listItemNode(children: SerializedLexicalNode[], value: number, indent: number): SerializedListItemNode {
  return { type: 'listitem', ...element(), indent, value, checked: undefined, children };
}

export function listNode(ordered: boolean, start: number, children: SerializedListItemNode[]): SerializedListNode {
  return {
    type: 'list',
    ...element(),
    listType: ordered ? 'number' : 'bullet',
    start,
    tag: ordered ? 'ol' : 'ul',
    children,
  };
}

/** Inline content as Lexical nodes; empty runs are dropped and neighbours of one format merged, as Lexical would. */
export function buildInlines(inlines: readonly Inline[]): SerializedLexicalNode[] {
  const out: SerializedLexicalNode[] = [];
  let previous: SerializedTextNode | null = null;
  for (const inline of inlines) {
    if (inline.kind === 'text') {
      if (inline.text === '') continue;
      if (previous !== null && previous.format === inline.format) {
        previous.text += inline.text;
        continue;
      }
      previous = textNode(inline.text, inline.format);
      out.push(previous);
      continue;
    }
    previous = null;
    switch (inline.kind) {
      case 'break':
        out.push(lineBreakNode());
        break;
      case 'link':
        out.push(linkNode(inline.url, buildInlines(inline.children), inline.title));
        break;
      case 'citation':
        out.push(citationNode(inline.sourceIds, inline.locator, buildInlines(inline.children)));
        break;
      case 'footnote':
        out.push(footnoteNode(inline.noteId, inline.text, inline.sourceIds, inline.links));
        break;
      case 'reference':
        out.push(referenceMarkerNode(inline.label));
        break;
    }
  }
  return out;
}

/**
 * A list in Lexical's shape: a nested list sits in an item of its own right after the item
 * it belongs to; that item takes the next number without using it up, and every item
 * records how deep it is nested.
 */
export function buildList(list: ListBlock, depth = 0): SerializedListNode {
  const items: SerializedListItemNode[] = [];
  let value = list.start;
  for (const item of list.items) {
    items.push(listItemNode(buildInlines(item.children), value, depth));
    value += 1;
    for (const nested of item.lists) items.push(listItemNode([buildList(nested, depth + 1)], value, depth));
  }
  return listNode(list.ordered, list.start, items);
}

export function buildBlock(block: Block): SerializedLexicalNode {
  switch (block.kind) {
    case 'paragraph':
      return paragraphNode(buildInlines(block.children), block.direction);
    case 'heading':
      return headingNode(block.level, buildInlines(block.children), block.direction);
    case 'quote':
      return quoteNode(buildInlines(block.children), block.direction);
    case 'list':
      return buildList(block);
    case 'figure':
      return figureNode(block) as unknown as SerializedLexicalNode;
  }
}

/** A whole body. An empty document gets one empty paragraph, as the editor starts with. */
export function buildBody(blocks: readonly Block[]): ArticleBody {
  const children = blocks.map(buildBlock);
  return {
    format: 'galley.lexical',
    version: BODY_FORMAT_VERSION,
    editorState: {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: children.length > 0 ? children : [paragraphNode([])],
      },
    },
  };
}
