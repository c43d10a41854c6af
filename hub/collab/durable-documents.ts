import type { Connection, Extension, afterHandleMessagePayload, afterUnloadDocumentPayload, beforeHandleMessagePayload } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import * as Y from 'yjs';
import type { HubStore } from '../store/hub-store';
import { incomingUpdate } from './incoming-update';
import type { HubConnectionContext } from './authenticate';
import { updateAudit } from './update-audit';

/** Per loaded document: which logged updates its in-memory state already holds. */
interface Tracked {
  /** Every update with a sequence number up to this one has been applied to the document. */
  appliedThrough: number;
  /** Updates appended to the log whose message has not been applied yet. */
  inFlight: number;
  compactedThrough: number;
}

/**
 * The hub's persistence. Durability before acknowledgement: Hocuspocus answers an update
 * with SyncStatus(true) right after applying it (MessageReceiver.readSyncMessage), and
 * applies it only after `beforeHandleMessage` has resolved (Connection.processMessages).
 * So `beforeHandleMessage` appends the update to the store's log and waits for the append,
 * and a client is never told "synced" about an update that is not on disk.
 *
 * The debounced `onStoreDocument` (through @hocuspocus/extension-database) only compacts
 * the log into one state. It compacts only when no append is between "on disk" and
 * "applied", so the state it encodes holds every update up to the sequence it gives.
 */
export function durableDocuments(store: HubStore, log: (line: string) => void): Extension[] {
  const tracked = new Map<string, Tracked>();
  // Messages of one connection are handled one at a time, in order: the append's number waits here for its apply.
  const pending = new WeakMap<Connection, { entry: Tracked; seq: number }>();
  const trackedOf = (name: string): Tracked => {
    let entry = tracked.get(name);
    if (!entry) tracked.set(name, (entry = { appliedThrough: 0, inFlight: 0, compactedThrough: 0 }));
    return entry;
  };

  const database = new Database({
    async fetch({ documentName }) {
      const stored = await store.loadDocument(documentName);
      const entry = trackedOf(documentName);
      entry.appliedThrough = Math.max(entry.appliedThrough, stored?.lastSeq ?? 0);
      entry.compactedThrough = entry.appliedThrough;
      return stored ? Y.mergeUpdates(stored.updates) : null;
    },
    async store({ documentName, state }) {
      const entry = tracked.get(documentName);
      // Something is on disk but not yet in `state`: compacting through it would lose it. Its own apply stores again.
      if (!entry || entry.inFlight > 0 || entry.appliedThrough <= entry.compactedThrough) return;
      const through = entry.appliedThrough;
      await store.compact(documentName, state, through);
      entry.compactedThrough = Math.max(entry.compactedThrough, through);
    },
  });

  const appendBeforeApply: Extension = {
    // The last of every extension's beforeHandleMessage: an update that another one refuses
    // (a role check, say) is never logged, and one logged is never then refused, which would
    // leave its append counted as in flight.
    priority: 0,
    async beforeHandleMessage({ connection, context, document, documentName, update: raw }: beforeHandleMessagePayload) {
      const incoming = incomingUpdate(raw);
      // A read-only connection's update is refused by Hocuspocus itself: never logged.
      if (incoming === null || connection.readOnly) return;
      // A client's answer on connecting often holds nothing the hub lacks: no need to log it again.
      if (incoming.kind === 'sync-step-2' && Y.snapshotContainsUpdate(Y.snapshot(document), incoming.update)) return;
      // Applied alone first: an update that does not decode is refused here rather than logged, where it would stop the document loading.
      Y.applyUpdate(new Y.Doc({ gc: false }), incoming.update);
      const entry = trackedOf(documentName);
      entry.inFlight += 1;
      try {
        pending.set(connection, { entry, seq: await store.appendUpdate(documentName, incoming.update, updateAudit(context as HubConnectionContext, incoming.update)) });
      } catch (error) {
        entry.inFlight -= 1;
        log(`hub: could not store an update to ${documentName}; the client keeps it and sends it again: ${(error as Error).message}`);
        throw error;
      }
    },
    async afterHandleMessage({ connection }: afterHandleMessagePayload) {
      const appended = pending.get(connection);
      if (!appended) return;
      pending.delete(connection);
      // The entry of the load it was appended under: if the document was unloaded meanwhile,
      // that entry is gone with it, and a new load reads this update back from the store.
      const { entry, seq } = appended;
      entry.inFlight -= 1;
      entry.appliedThrough = Math.max(entry.appliedThrough, seq);
    },
    async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
      tracked.delete(documentName);
    },
  };

  return [appendBeforeApply, database];
}
