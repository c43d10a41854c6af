/** Galley's body nodes: the list every editor and validator loads, Galley's own nodes (headless) and the numbering of footnotes. */
export { galleyNodes } from './galley-nodes';
export { CitationNode, $createCitationNode, $isCitationNode, CITATION_TYPE, type SerializedCitationNode } from './citation-node';
export { FootnoteNode, $createFootnoteNode, $isFootnoteNode, FOOTNOTE_TYPE, type SerializedFootnoteNode } from './footnote-node';
export {
  ReferenceMarkerNode,
  $createReferenceMarkerNode,
  $isReferenceMarkerNode,
  REFERENCE_MARKER_TYPE,
  type SerializedReferenceMarkerNode,
} from './reference-marker-node';
export { footnotesInBody, type NumberedFootnote } from './numbering';
export { FootnoteOrder, registerFootnoteOrder, type FootnoteEntry } from './footnote-order';
export { MAX_CITED_SOURCES, MAX_NOTE_LENGTH, MAX_REFERENCE_LABEL } from './json-schemas';
