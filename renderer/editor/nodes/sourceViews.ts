import type { Klass, LexicalNode } from 'lexical';
import { CitationNode } from '../../../shared/content/nodes/citation-node';
import { FootnoteNode } from '../../../shared/content/nodes/footnote-node';
import { ReferenceMarkerNode } from '../../../shared/content/nodes/reference-marker-node';
import { CitationEditorNode } from './CitationEditorNode';
import { FootnoteEditorNode } from './FootnoteEditorNode';
import { ReferenceMarkerEditorNode } from './ReferenceMarkerEditorNode';

const VIEWS = new Map<Klass<LexicalNode>, Klass<LexicalNode>>([
  [CitationNode, CitationEditorNode],
  [FootnoteNode, FootnoteEditorNode],
  [ReferenceMarkerNode, ReferenceMarkerEditorNode],
]);

/**
 * The editor's node list with citations, footnotes and reference markers drawn: each
 * headless class is swapped for its subclass under the same type, so `$create` (and
 * loading JSON) makes the drawn kind in the editor and the plain kind headless. Lexical's
 * `{ replace, with, withKlass }` form would need a second type name, which is then what
 * the editor would save (and what collaboration would send).
 */
export function withSourceViews(nodes: ReadonlyArray<Klass<LexicalNode>>): Array<Klass<LexicalNode>> {
  return nodes.map((node) => VIEWS.get(node) ?? node);
}
