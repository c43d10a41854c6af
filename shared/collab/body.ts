import * as Y from 'yjs';
import { type ArticleBody, BODY_FORMAT_VERSION, emptyBody } from '../content/body';
import { validateBody } from '../content/validate';
import type { ArticleMeta } from '../domain/article';
import { bindEditor, openCollabDoc, unreadable, type BoundEditor } from './bridge';
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
    return bodyOfBound(reader, bound);
  } finally {
    bound.dispose();
    reader.destroy();
  }
}

/**
 * The body as an editor bound to `doc` holds it, with every queued change applied; an
 * empty document reads as Galley's empty body. Refuses what Galley could not store.
 */
export function bodyOfBound(doc: Y.Doc, bound: BoundEditor): ArticleBody {
  if (bodyRoot(doc).length === 0) return emptyBody();
  bound.flush();
  const failure = bound.failure();
  if (failure !== null) throw unreadable(failure);
  const editorState = bound.editor.getEditorState().toJSON();
  return validateBody({ format: 'galley.lexical', version: BODY_FORMAT_VERSION, editorState }).body;
}

/**
 * Writes an existing article into its *empty* document, once, with the layout stamp, as
 * one update. Never on a document that has anything in it: seeding twice (two
 * workstations, or one twice) would put the article in the text twice.
 *
 * Written through a scratch document and applied as one update, because `doc` may already
 * be bound to an editor, and a second binding over one root takes it from the first.
 */
export function seedDoc(doc: Y.Doc, body: ArticleBody, meta?: ArticleMeta): void {
  if (!isEmptyDoc(doc)) {
    throw new CollabFormatError('This shared article already has content; it is seeded only once, into an empty document.');
  }
  const valid = validateBody(body).body;
  const scratch = new Y.Doc();
  const bound = bindEditor(scratch);
  try {
    writeFormat(scratch);
    if (meta !== undefined) writeMeta(scratch, meta);
    bound.editor.setEditorState(bound.editor.parseEditorState(valid.editorState as never));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch));
  } finally {
    bound.dispose();
    scratch.destroy();
  }
}
