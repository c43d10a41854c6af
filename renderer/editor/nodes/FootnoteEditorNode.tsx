import type { ReactNode } from 'react';
import { $create, type NodeKey } from 'lexical';
import { FOOTNOTE_TYPE, FootnoteNode, type SerializedFootnoteNode } from '../../../shared/content/nodes/footnote-node';
import { FootnoteMarker } from './FootnoteMarker';
import type { NoteLink } from '../../../shared/content/nodes/note-links';

/**
 * The footnote marker as the editor draws it: a superscript holding a React marker that
 * shows the footnote's number (from the editor's FootnoteOrder, never stored). Registered
 * under the same type in place of FootnoteNode (see withSourceViews).
 */
export class FootnoteEditorNode extends FootnoteNode {
  static override getType(): string {
    return FOOTNOTE_TYPE;
  }

  static override clone(node: FootnoteEditorNode): FootnoteEditorNode {
    // Every field, links included: a clone is what each edit of the node writes to.
    return new FootnoteEditorNode(node.__noteId, node.__text, node.__sourceIds, node.__key, node.__links);
  }

  static override importJSON(json: SerializedFootnoteNode): FootnoteNode {
    return $create(FootnoteNode).updateFromJSON(json);
  }

  constructor(noteId = '', text = '', sourceIds: readonly string[] = [], key?: NodeKey, links: readonly NoteLink[] = []) {
    super(noteId, text, sourceIds, key, links);
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('sup');
    element.className = 'doc-footnote';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): ReactNode {
    return <FootnoteMarker nodeKey={this.getKey()} />;
  }
}
