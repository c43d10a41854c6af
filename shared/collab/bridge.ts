import { createHeadlessEditor } from '@lexical/headless';
import { createYjsBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Binding, type Provider } from '@lexical/yjs';
import { COLLABORATION_TAG, type LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import { galleyNodes } from '../content/nodes';
import { BODY_ROOT, checkFormat, CollabFormatError } from './layout';

/** A headless Lexical editor kept in step with a Y.Doc's body, both ways. */
export interface BoundEditor {
  readonly editor: LexicalEditor;
  readonly binding: Binding;
  /** Applies any queued Yjs changes to the editor now (they are otherwise applied on the next tick). */
  flush(): void;
  /**
   * Why the editor could not follow the document, if it could not (a change from another
   * machine holding a node this Galley does not know). From then on the editor is out of
   * step and must not be edited or read as the article.
   */
  failure(): Error | null;
  /** Stops syncing; the doc and the editor stay as they are. */
  dispose(): void;
}

/** Headless: no cursors to draw and no peers to show, so presence goes nowhere. */
const noAwareness: Provider['awareness'] = {
  getLocalState: () => null,
  getStates: () => new Map(),
  off: () => undefined,
  on: () => undefined,
  setLocalState: () => undefined,
  setLocalStateField: () => undefined,
};
const headlessProvider: Provider = {
  awareness: noAwareness,
  connect: () => undefined,
  disconnect: () => undefined,
  off: () => undefined,
  on: () => undefined,
};

/**
 * Binds a headless editor (Galley's nodes) to `doc`'s body with @lexical/yjs's V1 binding.
 *
 * The binding learns the document only from Yjs *events*: whatever the doc already held
 * when it was bound never reaches the editor, and the editor's next edit then diffs an
 * empty tree against it and deletes it. So bind an empty doc and replay into it (see
 * `openCollabDoc`), never the other way round.
 */
export function bindEditor(doc: Y.Doc): BoundEditor {
  const editor = createHeadlessEditor({
    namespace: 'galley-collab',
    nodes: [...galleyNodes],
    onError: (error) => {
      throw error;
    },
  });
  const binding = createYjsBinding({ editor, id: 'body', doc, docMap: new Map([['body', doc]]), rootName: BODY_ROOT });
  const sharedRoot = binding.root.getSharedType();
  let failure: Error | null = null;
  // Never throws: Yjs would rethrow into whoever applied the update (the provider's socket
  // handler, where it would take the main process down), and the update is in the document
  // whatever the editor makes of it. The failure is kept for the reader to refuse instead.
  const onYjs = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction): void => {
    if (transaction.origin === binding || failure !== null) return;
    try {
      syncYjsChangesToLexical(binding, headlessProvider, events as never, false);
      // Committed now, on its own: left pending, it would be batched with the next local
      // edit, whose commit would then carry the collaboration tag and never reach Yjs.
      editor.update(() => undefined, { discrete: true });
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
  };
  sharedRoot.observeDeep(onYjs);
  const stopListening = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    if (tags.has(COLLABORATION_TAG)) return;
    syncLexicalUpdateToYjs(binding, headlessProvider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
  });
  return {
    editor,
    binding,
    flush: () => editor.update(() => undefined, { discrete: true }),
    failure: () => failure,
    dispose: () => {
      sharedRoot.unobserveDeep(onYjs);
      stopListening();
    },
  };
}

/** The error for a document whose text this Galley's editor cannot hold. */
export function unreadable(cause: Error): CollabFormatError {
  return new CollabFormatError(`This shared article holds something this Galley cannot read (${cause.message}). Nothing was changed.`);
}

/**
 * Opens a document whose updates are kept elsewhere (a local log, a hub's store): binds
 * first, then replays the updates as one transaction with `origin`, so the editor hears
 * every one of them and whoever records updates can tell a replay from a new edit.
 * Refuses a document in another layout.
 */
export function openCollabDoc(doc: Y.Doc, updates: Iterable<Uint8Array>, origin: unknown): BoundEditor {
  const bound = bindEditor(doc);
  try {
    Y.transact(
      doc,
      () => {
        for (const update of updates) Y.applyUpdate(doc, update, origin);
      },
      origin,
    );
    checkFormat(doc);
    bound.flush();
    const failure = bound.failure();
    if (failure !== null) throw unreadable(failure);
  } catch (error) {
    bound.dispose();
    throw error;
  }
  return bound;
}
