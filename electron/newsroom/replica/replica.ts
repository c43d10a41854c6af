import * as Y from 'yjs';
import type { LexicalEditor } from 'lexical';
import type { Db } from '../../db/connection';
import { bodyOfBound, metaFromDoc, openCollabDoc } from '../../../shared/collab';
import type { ArticleBody } from '../../../shared/content/body';
import type { ArticleMeta } from '../../../shared/domain/article';
import { collabRepository, type CollabRepository, type HubMark } from './collab-repository';

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
  /** Called after every logged update and every change of the hub mark. */
  onLogged(listener: () => void): () => void;
  close(): void;
}

/** The replay of the log at opening: already logged, so never appended again. */
const REPLAY = Symbol('galley replica replay');

/**
 * Opens `documentName`'s replica: binds the editor, then replays the log (in that order:
 * see shared/collab/bridge), then logs every later update synchronously.
 */
export function openReplica(db: Db, documentName: string, options: ReplicaOptions = {}): Replica {
  const log: CollabRepository = collabRepository(db);
  const now = options.now ?? (() => new Date().toISOString());
  const compactAfter = options.compactAfter ?? DEFAULT_COMPACT_AFTER;
  const doc = new Y.Doc();
  const bound = openCollabDoc(doc, log.updates(documentName), REPLAY);
  const remote = new Set<unknown>();
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
    if (origin === REPLAY) return;
    unsaved.push({ update, localChanges: remote.has(origin) ? 0 : 1 });
    try {
      const data = unsaved.length === 1 ? update : Y.mergeUpdates(unsaved.map((entry) => entry.update));
      log.append(documentName, data, unsaved.reduce((sum, entry) => sum + entry.localChanges, 0), now());
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
      notify();
    },
    onLogged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      doc.off('update', onUpdate);
      bound.dispose();
      listeners.clear();
      doc.destroy();
    },
  };
}
