import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { CitationNode } from './citation-node';
import { FootnoteNode } from './footnote-node';
import { ReferenceMarkerNode } from './reference-marker-node';
import { FigureNode } from './figure';
import { MarkNode } from '@lexical/mark';

/**
 * The node classes a Galley body may contain. The renderer's editor and the headless
 * validator in the main process load the same list, so a document that one accepts the
 * other accepts too. Custom nodes (citation, footnote, figure, pull quote) join here.
 */
export const galleyNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  // Sources, citations and footnotes (issue 3); the editor draws them with subclasses.
  CitationNode,
  FootnoteNode,
  ReferenceMarkerNode,
  // Figures (issue 4): the editor registers its drawing subclass under the same type.
  FigureNode,
  // Comments and claims (review): @lexical/mark's inline wrapper, ids `comment:…` / `claim:…` (../marks).
  MarkNode,
];
