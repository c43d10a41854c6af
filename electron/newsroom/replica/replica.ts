import * as Y from 'yjs';
import type { LexicalEditor } from 'lexical';
import type { Db } from '../../db/connection';
import { bodyOfBound, checkFormat, metaFromDoc, openCollabDoc } from '../../../shared/collab';
import { unreadable } from '../../../shared/collab/bridge';
import type { ArticleBody } from '../../../shared/content/body';
import type { ArticleMeta } from '../../../shared/domain/article';
import { collabRepository, type CollabRepository, type HubMark } from './collab-repository';
import { heldRepository, type HeldEdits } from './held-repository';

/** Past this many rows a document's log is folded into one (a few minutes of typing). */
export const DEFAULT_COMPACT_AFTER = 500;

export interface ReplicaOptions {
  compactAfter?: number;
  now?: () => string;
}

/**
 * One shared article as this workstation keeps it: a Y.Doc whose every update, typed here
 * or received, is in the local log before anyone else hears of it, and a headless editor
 * bound to it (the main process's view of the text).
 */
export interface Replica {
  readonly documentName: string;
  readonly doc: Y.Doc;
  readonly editor: LexicalEditor;
  body(): ArticleBody;
  meta(): ArticleMeta;
  /** Why the editor stopped following the document (see shared/collab/bridge); then it must not be edited. */
  failure(): Error | null;
  /** Updates applied with this origin came from the hub: kept, but not counted as waiting. Returns the undo. */
  receivesFrom(origin: unknown): () => void;
  /** Edits made here that the hub has not acknowledged; survives restarts. */
  waitingChanges(): number;
  /** Updates (typed or received) not yet in the library because writing failed, and why. */
  unsaved(): { updates: number; error: Error | null };
  hubMark(): HubMark;
  /** The hub has acknowledged every update logged so far. */
  markAllOnHub(at: string): void;
  /**
   * The hub refused this workstation's edits (`reason`, for the person): keeps the article
   * as the person sees it now apart, then takes every edit the hub has not acknowledged
   * back out of the document, so the text is what the hub has and those edits can never
   * be sent as part of the article again. Null when there was nothing to hold.
   */
  holdRefused(reason: string): HeldEdits | null;
  /** Called after every logged update and every change of the hub mark. */
  onLogged(listener: () => void): () => void;
  close(): void;
}

/** The replay of the log at opening: already logged, so never appended again. */
const REPLAY = Symbol('galley replica replay');
/** The replay of edits not yet on the hub: logged already, but still edits that a refusal takes back. */
const UNSENT_REPLAY = Symbol('galley replica unsent replay');

/** Every origin: which transactions count as this workstation's edits is decided by `captureTransaction`. */
class AnyOrigin extends Set<unknown> {
  override has(): boolean {
    return true;
  }
}

/**
 * Opens `documentName`'s replica: binds the editor, then replays the log (in that order:
 * see shared/collab/bridge), then logs every later update synchronously.
 */
export function openReplica(db: Db, documentName: string, options: ReplicaOptions = {}): Replica {
  const log: CollabRepository = collabRepository(db);
  const now = options.now ?? (() => new Date().toISOString());
  const compactAfter = options.compactAfter ?? DEFAULT_COMPACT_AFTER;
  const held = heldRepository(db);
  const doc = new Y.Doc();
  const { settled, unsent } = log.split(documentName);
  const bound = openCollabDoc(doc, settled, REPLAY);
  const remote = new Set<unknown>();
  // This workstation's edits since the hub last had everything: what a refusal takes back.
  // Yjs's undo takes back exactly those items (deletes what they inserted, restores what
  // they deleted), leaving everyone else's edits, even inside the same paragraph, alone.
  const takeBack: Y.UndoManager = new Y.UndoManager(doc, {
    trackedOrigins: new AnyOrigin(),
    captureTransaction: (transaction) => transaction.origin !== REPLAY && transaction.origin !== takeBack && !remote.has(transaction.origin),
  });
  try {
    Y.transact(doc, () => unsent.forEach((update) => Y.applyUpdate(doc, update, UNSENT_REPLAY)), UNSENT_REPLAY);
    checkFormat(doc);
    bound.flush();
    const failure = bound.failure();
    if (failure !== null) throw unreadable(failure);
  } catch (error) {
    takeBack.destroy();
    bound.dispose();
    throw error;
  }
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  let rows = log.count(documentName);
  // Updates the library could not take (a full disk), kept to be logged with the next one.
  let unsaved: Array<{ update: Uint8Array; localChanges: number }> = [];
  let saveError: Error | null = null;

  // Never throws: this runs inside whoever applied the update, the provider's socket
  // handler included, where an error would take the main process down; and the update is
  // in the document either way. What could not be logged is retried with the next update.
  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === REPLAY || origin === UNSENT_REPLAY) return;
    // Taking held edits back is not an edit of the person's: it is part of the hold.
    const taking = origin === takeBack;
    unsaved.push({ update, localChanges: remote.has(origin) || taking ? 0 : 1 });
    try {
      const data = unsaved.length === 1 ? update : Y.mergeUpdates(unsaved.map((entry) => entry.update));
      log.append(documentName, data, unsaved.reduce((sum, entry) => sum + entry.localChanges, 0), now(), taking);
      unsaved = [];
      saveError = null;
      rows += 1;
    } catch (error) {
      saveError = error instanceof Error ? error : new Error(String(error));
    }
    if (rows > compactAfter && unsaved.length === 0) compact();
    notify();
  };
  // A compaction that fails (a full disk again) rolls back and leaves the log as it was.
  const compact = (): void => {
    try {
      log.compact(documentName);
    } catch {
      return;
    }
    rows = log.count(documentName);
  };
  doc.on('update', onUpdate);

  return {
    documentName,
    doc,
    editor: bound.editor,
    body: () => bodyOfBound(doc, bound),
    meta: () => metaFromDoc(doc),
    failure: () => bound.failure(),
    receivesFrom(origin) {
      remote.add(origin);
      return () => void remote.delete(origin);
    },
    waitingChanges: () => log.waitingChanges(documentName),
    unsaved: () => ({ updates: unsaved.length, error: saveError }),
    hubMark: () => log.hubMark(documentName),
    markAllOnHub(at) {
      log.markOnHub(documentName, log.lastSeq(documentName), at);
      // On the hub now: never to be taken back.
      takeBack.clear();
      notify();
    },
    holdRefused(reason) {
      // The editor's own echo of a change (its normalisation) can leave an item that
      // changes nothing; that is no edit of the person's to hold.
      if (!takeBack.undoStack.some((item) => item.insertions.clients.size > 0 || item.deletions.clients.size > 0)) {
        takeBack.clear();
        if (log.waitingChanges(documentName) > 0) log.holdUnsent(documentName);
        return null;
      }
      const text = { body: bodyOfBound(doc, bound), meta: metaFromDoc(doc) };
      // One transaction: the person's text, the refused rows marked held, and the update
      // that takes them back (logged by onUpdate as held) are on disk together or not at all.
      const kept = db.transaction((): HeldEdits => {
        const changes = Math.max(log.waitingChanges(documentName), 1);
        const entry = { document: documentName, ...text, changes, reason, at: now() };
        const id = held.add(entry);
        while (takeBack.undoStack.length > 0) takeBack.undo();
        // The editor follows the taken-back text now, and what it writes back to the
        // document while doing so (its normalisation) is part of the hold, not an edit.
        bound.flush();
        log.holdUnsent(documentName);
        return { id, ...entry };
      })();
      takeBack.clear();
      notify();
      return kept;
    },
    onLogged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      doc.off('update', onUpdate);
      takeBack.destroy();
      bound.dispose();
      listeners.clear();
      doc.destroy();
    },
  };
}
