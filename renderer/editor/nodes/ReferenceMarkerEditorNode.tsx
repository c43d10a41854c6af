import type { ReactNode } from 'react';
import { $create, type NodeKey } from 'lexical';
import {
  REFERENCE_MARKER_TYPE,
  ReferenceMarkerNode,
  type SerializedReferenceMarkerNode,
} from '../../../shared/content/nodes/reference-marker-node';
import { ReferenceMarkerBadge } from './ReferenceMarkerBadge';

/** A dangling reference (`[8]` with no note) as the editor draws it. Registered in place of ReferenceMarkerNode. */
export class ReferenceMarkerEditorNode extends ReferenceMarkerNode {
  static override getType(): string {
    return REFERENCE_MARKER_TYPE;
  }

  static override clone(node: ReferenceMarkerEditorNode): ReferenceMarkerEditorNode {
    return new ReferenceMarkerEditorNode(node.__label, node.__key);
  }

  static override importJSON(json: SerializedReferenceMarkerNode): ReferenceMarkerNode {
    return $create(ReferenceMarkerNode).updateFromJSON(json);
  }

  constructor(label = '', key?: NodeKey) {
    super(label, key);
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.className = 'doc-refmark';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): ReactNode {
    return <ReferenceMarkerBadge label={this.getLabel()} />;
  }
}
