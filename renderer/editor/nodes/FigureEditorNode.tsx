import type { ReactNode } from 'react';
import { $create, type Klass, type LexicalNode, type NodeKey } from 'lexical';
import { FIGURE_TYPE, FigureNode, type SerializedFigureNode } from '../../../shared/content/nodes/figure';
import type { Crop, Rotation } from '../../../shared/content/nodes/figure-data';
import { FigureComponent } from './FigureComponent';

/**
 * The figure as the editor draws it: the headless FigureNode plus a DOM box and a React
 * decoration. It is registered under the same type in place of FigureNode (see
 * withFigureView), so the editor and the headless validator read and write the same JSON.
 * (Lexical's `{ replace, with, withKlass }` form would need a second type name, which
 * would then be what the editor saves.)
 */
export class FigureEditorNode extends FigureNode {
  static override getType(): string {
    return FIGURE_TYPE;
  }

  static override clone(node: FigureEditorNode): FigureEditorNode {
    return new FigureEditorNode(node.__assetId, node.__caption, node.__alt, node.__credit, node.__crop, node.__rotation, node.__key);
  }

  static override importJSON(json: SerializedFigureNode): FigureNode {
    return $create(FigureNode).updateFromJSON(json);
  }

  constructor(assetId = '', caption = '', alt = '', credit = '', crop: Crop | null = null, rotation: Rotation = 0, key?: NodeKey) {
    super(assetId, caption, alt, credit, crop, rotation, key);
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'doc-figure-block';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): ReactNode {
    return <FigureComponent nodeKey={this.getKey()} fields={this.getFields()} />;
  }
}

/** The editor's node list: Galley's, with the figure drawn. */
export function withFigureView(nodes: ReadonlyArray<Klass<LexicalNode>>): Array<Klass<LexicalNode>> {
  return nodes.map((node) => (node === FigureNode ? FigureEditorNode : node));
}
