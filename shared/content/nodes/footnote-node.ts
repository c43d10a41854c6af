import {
  $create,
  DecoratorNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { FootnoteFieldsSchema, parseNodeFields } from './json-schemas';
import { linksAfterEdit, type NoteLink } from './note-links';

export const FOOTNOTE_TYPE = 'footnote';

export type SerializedFootnoteNode = Spread<
  { type: typeof FOOTNOTE_TYPE; version: 1; noteId: string; text: string; sourceIds: string[]; links?: NoteLink[] },
  SerializedLexicalNode
>;

/**
 * A footnote: the numbered marker in the text, owning its note. The note is a field of
 * the node, not a nested editor (the body stays one flat editor), so moving, cutting,
 * pasting or deleting the marker moves or deletes the note with it, and undo brings both
 * back. Its number is never stored: it is the marker's position among the footnotes in
 * document order (see ../footnote-numbering and ./footnote-order).
 *
 * Headless: `decorate` returns nothing here; the editor's subclass draws the marker.
 */
export class FootnoteNode extends DecoratorNode<unknown> {
  /** Stable across edits: what the Footnotes panel, the checks and an index key on. */
  __noteId: string;
  __text: string;
  __sourceIds: readonly string[];
  __links: readonly NoteLink[];

  static override getType(): string {
    return FOOTNOTE_TYPE;
  }

  static override clone(node: FootnoteNode): FootnoteNode {
    return new FootnoteNode(node.__noteId, node.__text, node.__sourceIds, node.__key, node.__links);
  }

  static override importJSON(json: SerializedFootnoteNode): FootnoteNode {
    return $createFootnoteNode().updateFromJSON(json);
  }

  /** Every argument is optional: collaboration (Yjs) rebuilds nodes from their type alone. */
  constructor(noteId = '', text = '', sourceIds: readonly string[] = [], key?: NodeKey, links: readonly NoteLink[] = []) {
    super(key);
    this.__noteId = noteId;
    this.__text = text;
    this.__sourceIds = sourceIds;
    this.__links = links;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFootnoteNode>): this {
    const fields = parseNodeFields(FootnoteFieldsSchema, json, FOOTNOTE_TYPE);
    return super.updateFromJSON(json).setNoteId(fields.noteId).setText(fields.text).setSourceIds(fields.sourceIds).setLinks(fields.links);
  }

  override exportJSON(): SerializedFootnoteNode {
    return {
      ...super.exportJSON(),
      type: FOOTNOTE_TYPE,
      version: 1,
      noteId: this.getNoteId(),
      text: this.getText(),
      sourceIds: [...this.getSourceIds()],
      // Only when there are some: the stored form of a note without links is unchanged.
      ...(this.getLinks().length > 0 ? { links: this.getLinks().map((link) => ({ ...link })) } : {}),
    };
  }

  getNoteId(): string {
    return this.getLatest().__noteId;
  }

  setNoteId(noteId: string): this {
    const writable = this.getWritable();
    writable.__noteId = noteId;
    return writable;
  }

  getText(): string {
    return this.getLatest().__text;
  }

  /** Every edit of the note goes through here, so its links follow the words they are on. */
  setText(text: string): this {
    const writable = this.getWritable();
    writable.__links = linksAfterEdit(writable.__links, writable.__text, text);
    writable.__text = text;
    return writable;
  }

  getLinks(): readonly NoteLink[] {
    return this.getLatest().__links;
  }

  setLinks(links: readonly NoteLink[]): this {
    const writable = this.getWritable();
    writable.__links = links.map((link) => ({ ...link }));
    return writable;
  }

  getSourceIds(): readonly string[] {
    return this.getLatest().__sourceIds;
  }

  setSourceIds(sourceIds: readonly string[]): this {
    const writable = this.getWritable();
    writable.__sourceIds = [...sourceIds];
    return writable;
  }

  override isInline(): true {
    return true;
  }

  /**
   * The note is not part of the running text: it would land mid-sentence in the search
   * index, the word count and text copied out of the editor.
   */
  override getTextContent(): string {
    return '';
  }
}

/** A new marker with its own note id (a fresh UUID unless one is given). */
export function $createFootnoteNode(text = '', noteId: string = globalThis.crypto.randomUUID(), sourceIds: readonly string[] = []): FootnoteNode {
  return $create(FootnoteNode).setNoteId(noteId).setText(text).setSourceIds(sourceIds);
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
