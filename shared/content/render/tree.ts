import type { NoteLink } from '../nodes/note-links';
import type { Locator } from '../../domain/source';
import type { TextDirection } from './direction';
import type { CreditPart } from '../../licences/credit';
import type { Crop, Rotation } from '../nodes/figure-data';

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

/** Words cited to one or more sources (a `citation` node). */
export interface CitationSpan {
  kind: 'citation';
  sourceIds: string[];
  locator: Locator | null;
  children: Inline[];
}

/**
 * A footnote marker with its note. Renderers number footnotes in the order they meet them,
 * which is document order, as the editor does (../footnote-numbering).
 */
export interface FootnoteMarker {
  kind: 'footnote';
  noteId: string;
  /** Plain text; may hold line feeds, and may be empty. */
  text: string;
  sourceIds: string[];
  /** Links on ranges of `text` (../nodes/note-links); absent or empty when it has none. */
  links?: readonly NoteLink[];
}

/** A bracketed reference whose note was never found (`[8]`). */
export interface ReferenceMarker {
  kind: 'reference';
  label: string;
}

export type Inline = TextRun | LineBreak | LinkSpan | CitationSpan | FootnoteMarker | ReferenceMarker;

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

/** A figure: an image with its alt text, caption and credit line (see figure.ts). */
export interface FigureBlock {
  kind: 'figure';
  assetId: string;
  /** Checked by figure.ts: a plain relative path or an http(s) address. */
  src: string;
  alt: string;
  caption: string;
  width: number | null;
  height: number | null;
  /** The credit line to print: the figure's own, or the one generated from its rights. */
  credit: CreditPart[];
  /** What the stored figure holds besides, so that a body built from this tree keeps it. */
  creditOverride: string;
  crop: Crop | null;
  rotation: Rotation;
}

export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | ListBlock | FigureBlock;
