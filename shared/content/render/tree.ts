import type { TextDirection } from './direction';

/**
 * The body as the renderers see it: a small, fully narrowed tree read once from the stored
 * Lexical JSON (see read-body.ts). Each renderer walks this instead of the raw JSON, so the
 * distrust of stored data lives in one place and the renderers stay short.
 */

export interface TextRun {
  kind: 'text';
  /** Never contains a line feed: stored line feeds become LineBreak nodes. */
  text: string;
  /** Lexical's format bits, see text-format.ts. */
  format: number;
}

export interface LineBreak {
  kind: 'break';
}

export interface LinkSpan {
  kind: 'link';
  /** Already checked by safeLinkUrl: unsafe links never reach the tree. */
  url: string;
  title: string | null;
  children: Inline[];
}

export type Inline = TextRun | LineBreak | LinkSpan;

export interface ParagraphBlock {
  kind: 'paragraph';
  direction: TextDirection | null;
  children: Inline[];
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingBlock {
  kind: 'heading';
  level: HeadingLevel;
  direction: TextDirection | null;
  children: Inline[];
}

export interface QuoteBlock {
  kind: 'quote';
  direction: TextDirection | null;
  children: Inline[];
}

export interface ListItem {
  children: Inline[];
  /** Lists nested under this item (Lexical keeps them in a following item of their own). */
  lists: ListBlock[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: ListItem[];
}

export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | ListBlock;
