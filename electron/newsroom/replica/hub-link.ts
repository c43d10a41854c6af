import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { HUB_COLLAB_PATH, type SyncState } from '../../../shared/contract/hub';
import type { Replica } from './replica';

export interface HubLinkOptions {
  /** The hub's address as the newsroom gives it, e.g. `https://hub.example:8443`. */
  hub: string;
  /** The session token from signing in to the hub (asked again at every reconnection). */
  token: string | (() => string | Promise<string>);
  now?: () => string;
  /**
   * Reconnection backoff: from `delay` ms, doubling, at most `maxDelay` ms apart. A desk
   * that comes back online should not wait long to see its changes go, so the cap is short.
   */
  retry?: { delay: number; maxDelay: number };
}

export interface HubLink {
  state(): SyncState;
  /** Called whenever the state changes (not on every keystroke while it stays the same). */
  onState(listener: (state: SyncState) => void): () => void;
  /** Why the hub last refused this workstation (a bad or expired token), if it did. */
  refusal(): string | null;
  /** Who is in the document and where (y-protocols awareness), shared with the hub. */
  readonly awareness: Awareness;
  /** Whether the hub lets this account change the text (null: it has not said yet). */
  writable(): boolean | null;
  close(): void;
}

const DEFAULT_RETRY = { delay: 1000, maxDelay: 10_000 };

/**
 * ws emits 'error' when a socket is closed before its handshake ends, and Node throws an
 * 'error' nobody listens to. The provider removes its own listeners before it closes a
 * socket (on every reconnection and at the end), so without this one, closing the link
 * while the hub is still being reached would take the whole main process down. The
 * provider notices failures through close events and retries on its own.
 */
class HubSocket extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols);
    this.on('error', () => undefined);
  }
}

/** The collab endpoint of a hub given by its http(s) address. */
export function collabUrl(hub: string): string {
  let url: URL;
  try {
    url = new URL(hub);
  } catch {
    throw new Error(`The hub address ${JSON.stringify(hub)} is not an address (expected e.g. https://hub.example:8443).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`The hub address ${JSON.stringify(hub)} must start with http:// or https://.`);
  }
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = HUB_COLLAB_PATH;
  url.search = '';
  url.hash = '';
  return url.toString();
}

/**
 * Keeps a replica in step with the hub whenever the hub can be reached: connects (and
 * keeps reconnecting on its own, including when the hub is not there at start), sends
 * what was typed offline, logs what arrives, and says where things stand.
 *
 * "Synced" is recorded only when the provider has every local change acknowledged: then
 * the log's last seq is marked as on the hub, so the count of waiting changes is right
 * after a restart too.
 */
export function linkToHub(replica: Replica, options: HubLinkOptions): HubLink {
  const now = options.now ?? (() => new Date().toISOString());
  const retry = options.retry ?? DEFAULT_RETRY;
  const socket = new HocuspocusProviderWebsocket({
    url: collabUrl(options.hub),
    WebSocketPolyfill: HubSocket,
    delay: retry.delay,
    minDelay: retry.delay,
    maxDelay: retry.maxDelay,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: replica.documentName,
    document: replica.doc,
    token: async () => (typeof options.token === 'function' ? await options.token() : options.token),
  });
  const stopReceiving = replica.receivesFrom(provider);

  let offlineSince: string | null = now();
  let refusal: string | null = null;
  let last = '';
  const listeners = new Set<(state: SyncState) => void>();

  const state = (): SyncState => {
    const changes = replica.waitingChanges();
    if (offlineSince !== null) return { kind: 'offline', since: offlineSince, changes };
    if (changes > 0) return { kind: 'waiting', changes };
    return { kind: 'synced', at: replica.hubMark().syncedAt ?? now() };
  };
  const publish = (): void => {
    const next = state();
    const key = JSON.stringify(next);
    if (key === last) return;
    last = key;
    listeners.forEach((listener) => listener(next));
  };
  const goneOffline = (): void => {
    offlineSince ??= now();
    publish();
  };

  provider.on('synced', () => {
    offlineSince = null;
    refusal = null;
    publish();
  });
  provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    // Every update the provider sent, the offline ones included, has been acknowledged.
    if (number === 0 && provider.isSynced) replica.markAllOnHub(now());
    publish();
  });
  provider.on('close', goneOffline);
  provider.on('disconnect', goneOffline);
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    refusal = reason;
    goneOffline();
  });
  const stopLogged = replica.onLogged(publish);
  provider.attach();
  last = JSON.stringify(state());

  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    replica.doc.off('destroy', close);
    stopLogged();
    stopReceiving();
    listeners.clear();
    provider.destroy();
    socket.destroy();
  };
  // A replica closed first takes its link with it, rather than leave a socket on a dead doc.
  replica.doc.on('destroy', close);

  return {
    state,
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refusal: () => refusal,
    awareness: provider.awareness!,
    writable: () => (provider.authorizedScope === undefined ? null : provider.authorizedScope !== 'readonly'),
    close,
  };
}
