import { $create, type EditorConfig, type NodeKey } from 'lexical';
import { CITATION_TYPE, CitationNode, type SerializedCitationNode } from '../../../shared/content/nodes/citation-node';
import type { Locator } from '../../../shared/domain/source';

/**
 * The citation as the editor draws it: a span around the cited words, styled in
 * editor.css and described on hover by the citations plugin. Registered under the same
 * type in place of CitationNode (see withSourceViews), as the figure is.
 */
export class CitationEditorNode extends CitationNode {
  static override getType(): string {
    return CITATION_TYPE;
  }

  static override clone(node: CitationEditorNode): CitationEditorNode {
    return new CitationEditorNode(node.__sourceIds, node.__locator, node.__key);
  }

  static override importJSON(json: SerializedCitationNode): CitationNode {
    return $create(CitationNode).updateFromJSON(json);
  }

  constructor(sourceIds: readonly string[] = [], locator: Locator | null = null, key?: NodeKey) {
    super(sourceIds, locator, key);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('span');
    const theme = config.theme.citation;
    element.className = typeof theme === 'string' ? theme : 'doc-citation';
    this.writeAttributes(element);
    return element;
  }

  override updateDOM(previous: CitationEditorNode, element: HTMLElement): boolean {
    if (previous.__sourceIds !== this.__sourceIds || previous.__locator !== this.__locator) this.writeAttributes(element);
    return false;
  }

  /** For the hover card and for tests: how many sources, and the locator, without a lookup. */
  private writeAttributes(element: HTMLElement): void {
    element.dataset.sourceCount = String(this.__sourceIds.length);
    if (this.__locator === null) delete element.dataset.locator;
    else element.dataset.locator = `${this.__locator.kind} ${this.__locator.value}`;
  }
}
