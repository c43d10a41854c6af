import type { Provider, ProviderAwareness } from '@lexical/yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Api } from '../../platform/api';
import { fromBase64, toBase64 } from './base64';
import type { LiveText } from './liveText';

type ProviderEvent = 'sync' | 'status' | 'update' | 'reload';
type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** Changes that came through the relay (the hub, other windows): never sent back. */
const REMOTE = Symbol('galley relay');

/**
 * The Yjs provider Lexical's CollaborationPlugin drives, over Galley's bridge instead of a
 * socket: the main process's relay holds the replica and the hub link (the renderer never
 * talks to the hub). `connect` applies the document's state *after* the plugin has bound
 * the editor (it connects from an effect that runs after binding), so the editor hears the
 * whole article as changes: the other order showed an empty article whose next edit erased it.
 */
export class BridgeProvider implements Provider {
  /** Who is in the article and where (y-protocols); Lexical sees it as its `awareness`. */
  readonly presence: Awareness;
  private readonly listeners = new Map<ProviderEvent, Set<(arg: never) => void>>();
  private connected = false;
  /** Changes typed here, sent one batch at a time so they reach the replica in order. */
  private queued: Uint8Array[] = [];
  private sending: Promise<void> | null = null;

  constructor(
    private readonly api: Api,
    private readonly live: LiveText,
    readonly doc: Y.Doc,
    private readonly onError: (message: string) => void,
  ) {
    this.presence = new Awareness(doc);
  }

  /** The same object as `presence`, typed as Lexical reads it (its states carry Lexical's fields once set). */
  get awareness(): ProviderAwareness {
    return this.presence as unknown as ProviderAwareness;
  }

  connect(): void {
    if (this.connected) return;
    this.connected = true;
    this.doc.on('update', this.onLocalUpdate);
    this.presence.on('update', this.onLocalAwareness);
    Y.applyUpdate(this.doc, fromBase64(this.live.opened.state), REMOTE);
    applyAwarenessUpdate(this.presence, fromBase64(this.live.opened.awareness), REMOTE);
    this.live.follow((event) => {
      if (!this.connected) return;
      if (event.type === 'collab.update') Y.applyUpdate(this.doc, fromBase64(event.update), REMOTE);
      else applyAwarenessUpdate(this.presence, fromBase64(event.update), REMOTE);
    });
    this.emit('status', { status: 'connected' });
    this.emit('sync', true);
  }

  disconnect(): void {
    if (!this.connected) return;
    // Others see this window leave at once rather than after the awareness timeout.
    removeAwarenessStates(this.presence, [this.doc.clientID], 'leaving');
    this.connected = false;
    this.doc.off('update', this.onLocalUpdate);
    this.presence.off('update', this.onLocalAwareness);
    void this.flush().finally(() => this.live.close());
    this.emit('status', { status: 'disconnected' });
  }

  on(type: ProviderEvent, cb: (arg: never) => void): void {
    let set = this.listeners.get(type);
    if (set === undefined) this.listeners.set(type, (set = new Set()));
    set.add(cb);
  }

  off(type: ProviderEvent, cb: (arg: never) => void): void {
    this.listeners.get(type)?.delete(cb);
  }

  /** Resolves once every change typed so far is in the replica (on disk in the main process). */
  flush(): Promise<void> {
    return this.sending ?? Promise.resolve();
  }

  private emit(type: ProviderEvent, arg: unknown): void {
    this.listeners.get(type)?.forEach((cb) => (cb as (value: unknown) => void)(arg));
  }

  private readonly onLocalUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === REMOTE) return;
    this.queued.push(update);
    this.sending ??= this.send();
  };

  private async send(): Promise<void> {
    while (this.queued.length > 0) {
      const batch = this.queued.length === 1 ? this.queued[0]! : Y.mergeUpdates(this.queued);
      this.queued = [];
      try {
        await this.api.call('collab.push', { articleId: this.live.articleId, peer: this.live.peer, update: toBase64(batch) });
      } catch (error) {
        this.onError(error instanceof Error ? error.message : String(error));
        // Kept to go with the next change: nothing typed is dropped here.
        this.queued.unshift(batch);
        break;
      }
    }
    this.sending = null;
  }

  private readonly onLocalAwareness = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    // Only this window's own state: others' come and go through the relay (and a remote
    // state timing out here must not be announced as that person leaving).
    const self = this.doc.clientID;
    if (origin === REMOTE || ![...added, ...updated, ...removed].includes(self)) return;
    const update = encodeAwarenessUpdate(this.presence, [self]);
    void this.api
      .call('collab.awareness', { articleId: this.live.articleId, peer: this.live.peer, update: toBase64(update) })
      .catch(() => undefined); // presence is best effort; it renews every 15 s
  };
}
