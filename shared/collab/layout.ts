import * as Y from 'yjs';
import { COLLAB_FORMAT, COLLAB_LEXICAL_VERSION } from '../contract/hub';

/**
 * Where an article lives inside its Yjs document. The body is @lexical/yjs's V1 layout
 * (a Y.XmlText named `root`); the headline and standfirst are Y.Texts so that two people
 * retyping them merge by character; the other metadata is one Y.Map, last writer wins per
 * field; `meta` says which layout the document is in.
 */
export const BODY_ROOT = 'root';
export const HEADLINE_TEXT = 'headline';
export const DEK_TEXT = 'dek';
export const FIELDS_MAP = 'fields';
export const FORMAT_MAP = 'meta';

export class CollabFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CollabFormatError';
  }
}

/** The body's root, as @lexical/yjs's V1 binding finds it. */
export const bodyRoot = (doc: Y.Doc): Y.XmlText => doc.get(BODY_ROOT, Y.XmlText);

/** True when nothing of an article has been written into the document yet. */
export function isEmptyDoc(doc: Y.Doc): boolean {
  return (
    bodyRoot(doc).length === 0 &&
    doc.getText(HEADLINE_TEXT).length === 0 &&
    doc.getText(DEK_TEXT).length === 0 &&
    doc.getMap(FIELDS_MAP).size === 0 &&
    doc.getMap(FORMAT_MAP).size === 0
  );
}

/** Stamps the layout once, when the document is first written. */
export function writeFormat(doc: Y.Doc): void {
  const meta = doc.getMap(FORMAT_MAP);
  meta.set('format', COLLAB_FORMAT);
  meta.set('lexicalVersion', COLLAB_LEXICAL_VERSION);
}

/**
 * Refuses a document written in another layout (collab v2, Yjs 14): reading it as V1
 * would show an empty or garbled article, and the next edit would overwrite it. An empty
 * document is fine; one with content but no stamp was not written by Galley.
 */
export function checkFormat(doc: Y.Doc): void {
  const format = doc.getMap(FORMAT_MAP).get('format');
  if (format === undefined) {
    if (isEmptyDoc(doc)) return;
    throw new CollabFormatError(`This shared article has no layout stamp, so Galley cannot tell how to read it (expected ${COLLAB_FORMAT}).`);
  }
  if (format !== COLLAB_FORMAT) {
    throw new CollabFormatError(
      `This shared article is in the layout ${JSON.stringify(format)}; this Galley reads ${COLLAB_FORMAT}. ` +
        'Update Galley to open it. Nothing was changed.',
    );
  }
}
