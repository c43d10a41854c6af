import { HocuspocusProvider, HocuspocusProviderWebsocket, MessageType } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HubAccessNoticeSchema, HubStepAnswerSchema, type HubAccessNotice, type HubStepAnswer } from '../../../shared/contract/hub';

/** How long a test waits for a condition on the hub: generous, the machine is small and shared. */
export const WAIT_MS = 30_000;

export interface CollabClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  text: Y.Text;
  /** Set when the hub refused the connection, with the reason it gave. */
  refused: string | null;
  /** Set when the hub closed the document's connection after it was open, with the reason it gave. */
  closedBecause: string | null;
  synced: boolean;
  /** How many of this client's updates the hub answered "not applied" (a read-only connection's, say). */
  refusedUpdates: number;
  /** What the hub told this connection about its write access after each step, in order. */
  notices: HubAccessNotice[];
  /** Sends a workflow step as a stateless message and resolves with the hub's answer. */
  step(request: unknown): Promise<HubStepAnswer>;
  destroy(): void;
}

/**
 * A workstation's view of one document: a real HocuspocusProvider over `ws` to the hub, on
 * `doc` (a new one, or one holding what the workstation kept locally, as after a restart).
 */
export function openCollabClient(collabUrl: string, name: string, token: string | null, doc = new Y.Doc()): CollabClient {
  // A socket of its own per client (as each workstation has), over `ws` rather than Node's built-in WebSocket.
  const answers: Array<{ resolve(answer: HubStepAnswer): void; reject(error: Error): void }> = [];
  const websocketProvider = new HocuspocusProviderWebsocket({ url: collabUrl, WebSocketPolyfill: WebSocket });
  const client: CollabClient = {
    doc,
    text: doc.getText('body'),
    refused: null,
    closedBecause: null,
    synced: false,
    refusedUpdates: 0,
    notices: [],
    step(request) {
      // The hub answers a connection's steps in the order they were asked.
      return new Promise((resolve, reject) => {
        answers.push({ resolve, reject });
        client.provider.sendStateless(typeof request === 'string' ? request : JSON.stringify(request));
      });
    },
    provider: new HocuspocusProvider({
      websocketProvider,
      name,
      document: doc,
      token,
      onAuthenticationFailed: ({ reason }) => (client.refused = reason),
      onSynced: ({ state }) => (client.synced = state),
      onStateless: ({ payload }) => {
        const notice = HubAccessNoticeSchema.safeParse(JSON.parse(payload));
        if (notice.success) return void client.notices.push(notice.data);
        const waiting = answers.shift();
        const answer = HubStepAnswerSchema.safeParse(JSON.parse(payload));
        if (answer.success) waiting?.resolve(answer.data);
        else waiting?.reject(new Error(`not a step answer: ${payload}`));
      },
    }),
    destroy: () => {
      client.provider.destroy();
      websocketProvider.destroy();
    },
  };
  // The provider ignores a "not applied" answer; a test waits for it to know the hub has handled the update.
  client.provider.on('message', ({ event }: { event: MessageEvent }) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) === MessageType.SyncStatus && decoding.readVarInt(decoder) === 0) client.refusedUpdates += 1;
  });
  // A close message from the hub for this document (not the socket's own close, which carries no reason here).
  client.provider.on('close', ({ event }: { event: { reason?: string } }) => {
    if (event.reason) client.closedBecause ??= event.reason;
  });
  // A provider given its socket does not join it by itself.
  client.provider.attach();
  return client;
}

/** The client has sent every change and the hub has acknowledged each one. */
export const acknowledged = (client: CollabClient) => client.synced && client.provider.unsyncedChanges === 0;
