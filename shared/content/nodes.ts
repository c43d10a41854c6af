import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';

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
];
