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
  /** Updates applied with this origin came from the hub: kept, but not counted as waiting. Returns the undo. */
  receivesFrom(origin: unknown): () => void;
  /** Edits made here that the hub has not acknowledged; survives restarts. */
  waitingChanges(): number;
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

  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === REPLAY) return;
    log.append(documentName, update, remote.has(origin) ? 0 : 1, now());
    rows += 1;
    if (rows > compactAfter) {
      log.compact(documentName);
      rows = log.count(documentName);
    }
    notify();
  };
  doc.on('update', onUpdate);

  return {
    documentName,
    doc,
    editor: bound.editor,
    body: () => bodyOfBound(doc, bound),
    meta: () => metaFromDoc(doc),
    receivesFrom(origin) {
      remote.add(origin);
      return () => void remote.delete(origin);
    },
    waitingChanges: () => log.waitingChanges(documentName),
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
