import * as Y from 'yjs';
import { type ArticleBody, BODY_FORMAT_VERSION, emptyBody } from '../content/body';
import { validateBody } from '../content/validate';
import type { ArticleMeta } from '../domain/article';
import { bindEditor, openCollabDoc } from './bridge';
import { bodyRoot, CollabFormatError, checkFormat, isEmptyDoc, writeFormat } from './layout';
import { writeMeta } from './meta';

/** Marks the copy of a document's state into a reader. */
const READ_ORIGIN = Symbol('galley read');

/**
 * The document's body as Galley stores it. The text comes from other machines, so it is
 * validated as any body from outside is (a peer can put any value in a node's property).
 * Read through a fresh doc bound before the state is replayed into it: see `bindEditor`.
 */
export function bodyFromDoc(doc: Y.Doc): ArticleBody {
  checkFormat(doc);
  if (bodyRoot(doc).length === 0) return emptyBody();
  const reader = new Y.Doc();
  const bound = openCollabDoc(reader, [Y.encodeStateAsUpdate(doc)], READ_ORIGIN);
  try {
    return bodyOfEditor(bound.editor.getEditorState().toJSON());
  } finally {
    bound.dispose();
    reader.destroy();
  }
}

/** Wraps an editor state as Galley's stored body, refusing what Galley could not store. */
export function bodyOfEditor(editorState: unknown): ArticleBody {
  return validateBody({ format: 'galley.lexical', version: BODY_FORMAT_VERSION, editorState }).body;
}

/**
 * Writes an existing article into its *empty* document, once, in one transaction, with
 * the layout stamp. Never on a document that has anything in it: seeding twice (two
 * workstations, or one twice) would put the article in the text twice.
 */
export function seedDoc(doc: Y.Doc, body: ArticleBody, meta?: ArticleMeta): void {
  if (!isEmptyDoc(doc)) {
    throw new CollabFormatError('This shared article already has content; it is seeded only once, into an empty document.');
  }
  const valid = validateBody(body).body;
  const bound = bindEditor(doc);
  try {
    // The binding's own origin, so that its observer does not read the body back into the editor.
    doc.transact(() => {
      writeFormat(doc);
      if (meta !== undefined) writeMeta(doc, meta);
      bound.editor.setEditorState(bound.editor.parseEditorState(valid.editorState as never));
    }, bound.binding);
  } finally {
    bound.dispose();
  }
}
