import * as decoding from 'lib0/decoding';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import { MessageType } from '@hocuspocus/server';

export interface IncomingUpdate {
  /** SyncStep2 (a client's answer to the hub's state vector, sent on connecting) or Update (a live edit). */
  kind: 'sync-step-2' | 'update';
  update: Uint8Array;
}

/**
 * The Yjs update a raw Hocuspocus message carries, or null for every other message
 * (awareness, auth, stateless, SyncStep1). The layout is Hocuspocus's: the document's
 * address as a string, the message type, then y-protocols' sync message.
 */
export function incomingUpdate(raw: Uint8Array): IncomingUpdate | null {
  const decoder = decoding.createDecoder(raw);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType === messageYjsSyncStep2) return { kind: 'sync-step-2', update: decoding.readVarUint8Array(decoder) };
  if (syncType === messageYjsUpdate) return { kind: 'update', update: decoding.readVarUint8Array(decoder) };
  return null;
}
