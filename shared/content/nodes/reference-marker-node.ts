import {
  $create,
  DecoratorNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { parseNodeFields, ReferenceMarkerFieldsSchema } from './json-schemas';

export const REFERENCE_MARKER_TYPE = 'reference-marker';

export type SerializedReferenceMarkerNode = Spread<{ type: typeof REFERENCE_MARKER_TYPE; version: 1; label: string }, SerializedLexicalNode>;

/**
 * A bracketed reference found on import (`[8]`) whose note could not be found. It is kept,
 * rather than left as two brackets and a number, so that the checks can report it as a
 * dangling reference and the writer can replace it with a real footnote or citation.
 */
export class ReferenceMarkerNode extends DecoratorNode<unknown> {
  __label: string;

  static override getType(): string {
    return REFERENCE_MARKER_TYPE;
  }

  static override clone(node: ReferenceMarkerNode): ReferenceMarkerNode {
    return new ReferenceMarkerNode(node.__label, node.__key);
  }

  static override importJSON(json: SerializedReferenceMarkerNode): ReferenceMarkerNode {
    return $createReferenceMarkerNode().updateFromJSON(json);
  }

  /** Every argument is optional: collaboration (Yjs) rebuilds nodes from their type alone. */
  constructor(label = '', key?: NodeKey) {
    super(key);
    this.__label = label;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedReferenceMarkerNode>): this {
    const fields = parseNodeFields(ReferenceMarkerFieldsSchema, json, REFERENCE_MARKER_TYPE);
    return super.updateFromJSON(json).setLabel(fields.label);
  }

  override exportJSON(): SerializedReferenceMarkerNode {
    return { ...super.exportJSON(), type: REFERENCE_MARKER_TYPE, version: 1, label: this.getLabel() };
  }

  getLabel(): string {
    return this.getLatest().__label;
  }

  setLabel(label: string): this {
    const writable = this.getWritable();
    writable.__label = label;
    return writable;
  }

  override isInline(): true {
    return true;
  }

  /** As the text showed it, so that copied text and the search index keep `[8]`. */
  override getTextContent(): string {
    return `[${this.getLabel()}]`;
  }
}

export function $createReferenceMarkerNode(label = ''): ReferenceMarkerNode {
  return $create(ReferenceMarkerNode).setLabel(label);
}

export function $isReferenceMarkerNode(node: LexicalNode | null | undefined): node is ReferenceMarkerNode {
  return node instanceof ReferenceMarkerNode;
}
