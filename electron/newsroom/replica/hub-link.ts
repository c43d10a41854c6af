import { HocuspocusProvider, HocuspocusProviderWebsocket, MessageType } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { GalleyError } from '../../../shared/contract/errors';
import {
  HUB_COLLAB_PATH,
  HubAccessNoticeSchema,
  HubStepAnswerSchema,
  type HubStepAnswer,
  type HubStepRequest,
  type SyncState,
} from '../../../shared/contract/hub';
import type { WorkflowState } from '../../../shared/domain/article';
import { STATE_NAMES } from '../../../shared/workflow/policy';
import type { HeldEdits } from './held-repository';
import type { Replica } from './replica';

export interface HubLinkOptions {
  /** The hub's address as the newsroom gives it, e.g. `https://hub.example:8443`. */
  hub: string;
  /** The session token from signing in to the hub (asked again at every reconnection). */
  token: string | (() => string | Promise<string>);
  now?: () => string;
  /** How long a step waits for the hub's answer (default 20 s). */
  stepTimeoutMs?: number;
  /**
   * Reconnection backoff: from `delay` ms, doubling, at most `maxDelay` ms apart. A desk
   * that comes back online should not wait long to see its changes go, so the cap is short.
   */
  retry?: { delay: number; maxDelay: number };
}

/** What the hub last said about this workstation's right to change the article. */
export interface HubAccess {
  /** The article's workflow state as the hub last told it (null: not told since connecting). */
  state: WorkflowState | null;
  /** The hub would refuse this workstation's edits now: the editor should not take any. */
  readOnly: boolean;
}

export interface HubLink {
  state(): SyncState;
  /** Null until the hub has let this connection in; then the last word on write access (kept while offline). */
  access(): HubAccess | null;
  /** Called whenever the access changes. */
  onAccess(listener: (access: HubAccess) => void): () => void;
  /** Called when edits the hub refused have been held apart (replica.holdRefused). */
  onHeld(listener: (held: HeldEdits) => void): () => void;
  /**
   * Asks the hub to take a workflow step (a stateless message on this article's
   * connection) and resolves with its answer. Refused with OFFLINE at once when the hub
   * cannot be reached, and when the connection drops or the hub does not answer in time
   * (then the step may or may not have been taken: the hub's next notice says).
   */
  step(request: HubStepRequest): Promise<HubStepAnswer>;
  /** Called whenever the state changes (not on every keystroke while it stays the same). */
  onState(listener: (state: SyncState) => void): () => void;
  /** Why the hub last refused this workstation (a bad or expired token), if it did. */
  refusal(): string | null;
  /** Who is in the document and where (y-protocols awareness), shared with the hub. */
  readonly awareness: Awareness;
  close(): void;
}

const DEFAULT_RETRY = { delay: 1000, maxDelay: 10_000 };
const DEFAULT_STEP_TIMEOUT_MS = 20_000;

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

/** Whether a message from the hub is SyncStatus(false): an update it refused to apply. */
function refusedUpdate(data: unknown): boolean {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : null;
  if (bytes === null) return false;
  try {
    const decoder = decoding.createDecoder(bytes);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === MessageType.SyncStatus && decoding.readVarInt(decoder) === 0;
  } catch {
    return false;
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
    unanswered('went away');
    publish();
  };

  let access: HubAccess | null = null;
  const accessListeners = new Set<(access: HubAccess) => void>();
  const heldListeners = new Set<(held: HeldEdits) => void>();
  const setAccess = (next: HubAccess): void => {
    const wasReadOnly = access?.readOnly ?? false;
    if (access !== null && access.state === next.state && access.readOnly === next.readOnly) return;
    access = next;
    // Write access is back: the hub may lack updates this document holds (edits held apart
    // and the update that took them back), which newer edits build on; a sync exchange
    // sends them now rather than at the next reconnection. They carry no text.
    if (wasReadOnly && !next.readOnly && provider.isSynced) provider.forceSync();
    accessListeners.forEach((listener) => listener(next));
  };
  // Never throws: this runs in the provider's socket handler.
  const holdRefused = (): void => {
    const state = access?.state ?? null;
    const reason =
      state === null
        ? 'the hub does not let you change this article now'
        : `the article is ${STATE_NAMES[state]} now and the hub does not let you change it`;
    try {
      const held = replica.holdRefused(reason);
      if (held !== null) heldListeners.forEach((listener) => listener(held));
    } catch (error) {
      // The edits stay unsent (the hub refuses them while it refuses this connection); the next refusal tries again.
      console.error(`galley: could not hold the refused edits of ${replica.documentName} apart`, error);
    }
  };

  // An edit made while the hub has said this workstation may not write is held at once,
  // online or not: were write access back by the next connection, the provider would send
  // it and it would merge silently. (Queued: the update event runs inside its transaction.)
  const onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin !== provider && access?.readOnly === true) queueMicrotask(holdRefused);
  };
  replica.doc.on('update', onUpdate);

  provider.on('authenticated', ({ scope }: { scope: string }) => {
    setAccess({ state: access?.state ?? null, readOnly: scope === 'readonly' });
  });
  // The hub answers a connection's steps in the order they were asked.
  const asked: Array<{ resolve(answer: HubStepAnswer): void; reject(error: Error): void; timer: NodeJS.Timeout }> = [];
  // Answers still owed to steps that timed out: the next ones to arrive are theirs, not a later step's.
  let late = 0;
  const unanswered = (why: string): void => {
    late = 0;
    for (const pending of asked.splice(0)) {
      clearTimeout(pending.timer);
      pending.reject(new GalleyError('OFFLINE', `The hub ${why} before answering: the step may or may not have been taken. Look at the article's state, then try again if need be.`));
    }
  };
  provider.on('stateless', ({ payload }: { payload: string }) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    const notice = HubAccessNoticeSchema.safeParse(parsed);
    if (notice.success) return setAccess({ state: notice.data.state, readOnly: notice.data.readOnly });
    const answer = HubStepAnswerSchema.safeParse(parsed);
    if (answer.success && late > 0) {
      late -= 1;
      return;
    }
    const pending = answer.success ? asked.shift() : undefined;
    if (pending === undefined || !answer.success) return;
    clearTimeout(pending.timer);
    if (answer.data.ok) setAccess({ state: answer.data.state, readOnly: access?.readOnly ?? false });
    pending.resolve(answer.data);
  });
  // Hocuspocus answers an update it will not apply with SyncStatus(false) and raises no
  // event; the provider keeps the edit and would send it again once allowed. Read it here.
  provider.on('message', ({ event }: { event: { data: unknown } }) => {
    if (!refusedUpdate(event.data)) return;
    setAccess({ state: access?.state ?? null, readOnly: true });
    holdRefused();
  });

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
    replica.doc.off('update', onUpdate);
    stopLogged();
    stopReceiving();
    unanswered('connection was closed');
    listeners.clear();
    accessListeners.clear();
    heldListeners.clear();
    provider.destroy();
    socket.destroy();
  };
  // A replica closed first takes its link with it, rather than leave a socket on a dead doc.
  replica.doc.on('destroy', close);

  return {
    state,
    access: () => access,
    onAccess(listener) {
      accessListeners.add(listener);
      return () => accessListeners.delete(listener);
    },
    onHeld(listener) {
      heldListeners.add(listener);
      return () => heldListeners.delete(listener);
    },
    step(request) {
      if (closed) return Promise.reject(new GalleyError('OFFLINE', 'This article is no longer connected to the hub: open it again, then take the step.'));
      if (offlineSince !== null || !provider.isSynced) {
        return Promise.reject(new GalleyError('OFFLINE', `This step needs the hub: offline since ${offlineSince ?? now()}.`));
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const at = asked.findIndex((pending) => pending.timer === timer);
          if (at >= 0) asked.splice(at, 1);
          late += 1;
          reject(new GalleyError('OFFLINE', 'The hub did not answer in time: the step may or may not have been taken. Look at the article\'s state, then try again if need be.'));
        }, options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS);
        asked.push({ resolve, reject, timer });
        provider.sendStateless(JSON.stringify(request));
      });
    },
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refusal: () => refusal,
    awareness: provider.awareness!,
    close,
  };
}
