import * as Y from 'yjs';
import { applyAwarenessUpdate, encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import type { Db } from '../../db/connection';
import type { EventBus } from '../../events';
import { GalleyError } from '../../../shared/contract/errors';
import { articleDocumentName } from '../../../shared/contract/hub';
import type { CollabOpen } from '../../../shared/contract/channels/collab';
import type { Membership } from '../../../shared/contract/channels/newsroom';
import type { ArticleBody } from '../../../shared/content/body';
import type { ArticleMeta } from '../../../shared/domain/article';
import type { Session } from '../../../shared/domain/session';
import { isEmptyDoc, seedDoc } from '../../../shared/collab';
import { openReplica, type Replica } from '../replica/replica';
import { linkToHub, type HubLink } from '../replica/hub-link';
import type { HubClient } from '../membership/hub-client';
import { sharedArticles } from './shared-articles';

/** How long a window may go unheard before the relay stops counting it (its awareness renews every 15 s). */
export const DEFAULT_LEASE_MS = 5 * 60_000;
/** How long opening waits for the hub's first answer (a new article needs it; a shared one opens offline). */
export const FIRST_SYNC_MS = 10_000;
const KNOWN_ACCESS_MS = 3_000;

export interface LiveRelayDeps {
  db: Db;
  events: EventBus;
  hub: Pick<HubClient, 'registerArticle'>;
  membership: () => Membership | null;
  /**
   * The hub token of the person a shared article's link signs in as: the one whose window
   * opened it first (a workstation is one person's at a time; see docs/newsroom-live.md).
   */
  token: (session: Session) => Promise<string | null>;
  /** The article as this workstation keeps it (null: none here). */
  article: (articleId: string) => { body: ArticleBody; meta: ArticleMeta } | null;
  /** Throws FORBIDDEN when this person may not change the article now (the workflow policy, as for a save). */
  checkWrite: (session: Session, articleId: string) => void;
  /** Writes another person's shared article into this workstation's articles under its own id. */
  adoptArticle: (session: Session, articleId: string, body: ArticleBody, meta: ArticleMeta) => void;
  /**
   * Told of each shared article the relay opens (the composition root registers it with
   * the services that act through the hub: steps, write-back, held edits); the answer is
   * called before the replica closes.
   */
  onOpen?: (articleId: string, opened: { replica: Replica; link: HubLink }) => () => void;
  now?: () => Date;
  leaseMs?: number;
  firstSyncMs?: number;
  /** Reconnection backoff of each link (tests shorten it). */
  retry?: { delay: number; maxDelay: number };
}

interface Entry {
  readonly articleId: string;
  readonly replica: Replica;
  readonly link: HubLink;
  /** Each window's peer id and when it was last heard from. */
  readonly peers: Map<string, number>;
  /** Which window each awareness client came from, to remove a window's people when it leaves. */
  readonly clients: Map<number, string>;
  idleSince: number;
  /** Ends what `onOpen` started. */
  closed: (() => void) | null;
}

const PEER = 'peer:';
/** The relay itself saying a window's people left. */
const LEFT = 'left';
const peerOrigin = (peer: string) => `${PEER}${peer}`;
const peerOf = (origin: unknown): string | null => (typeof origin === 'string' && origin.startsWith(PEER) ? origin.slice(PEER.length) : null);
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/**
 * An awareness update saying `clients` left: an empty state (nobody: no name, no caret) one
 * clock past the last. Not a null state: Hocuspocus 4's server re-encodes every incoming
 * awareness update from the states it holds, so a removal never reaches the other
 * workstations, which would show the person until the 30 s awareness timeout. The empty
 * state goes through; everyone drops it after that timeout.
 */
function departure(awareness: Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clients.length);
  for (const client of clients) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, (awareness.meta.get(client)?.clock ?? 0) + 1);
    encoding.writeVarString(encoder, JSON.stringify({}));
  }
  return encoding.toUint8Array(encoder);
}

/** Resolves once the link has synced with the hub, or false after `ms`. */
function firstSync(link: HubLink, ms: number): Promise<boolean> {
  if (link.state().kind !== 'offline') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), ms);
    const stop = link.onState((state) => {
      if (state.kind !== 'offline') finish(true);
    });
    function finish(synced: boolean) {
      clearTimeout(timer);
      stop();
      resolve(synced);
    }
  });
}

/**
 * The main process's relay between the editor windows and the shared articles' replicas
 * (issue 18, live editing). One replica and one hub link per shared article, opened when
 * the first window asks and closed when the last leaves. A window's change is applied to
 * the replica with the window as origin (logged on disk before the call returns, and sent
 * to the hub by the link); every change is told to the other windows as an event.
 *
 * Who seeds a shared document: only the workstation that registered the article on the
 * hub (its own article, `origin = here`), and only when the hub's copy is still empty after
 * the first sync. Another workstation has no article row of that id, so two machines can
 * never both seed; two windows of this one share one replica, so they cannot either.
 */
export function liveRelay(deps: LiveRelayDeps) {
  const now = deps.now ?? (() => new Date());
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const firstSyncMs = deps.firstSyncMs ?? FIRST_SYNC_MS;
  const shared = sharedArticles(deps.db);
  const pool = new Map<string, Promise<Entry | null>>();
  /** The entries that finished opening, for `stop` to close at once (before the library closes). */
  const ready = new Map<string, Entry>();

  async function start(articleId: string, membership: Membership, session: Session): Promise<Entry | null> {
    const token = await deps.token(session);
    if (token === null) return null;
    let row = shared.find(articleId);
    const local = deps.article(articleId);
    if (row === null) {
      if (local === null) return null;
      // Registered before it is linked: the hub refuses a connection to an unknown article.
      try {
        await deps.hub.registerArticle(membership.hub.url, token, articleId);
      } catch {
        return null; // the hub cannot be reached (or refuses): the article opens solo this time
      }
      shared.record(articleId, 'here', now().toISOString());
      row = shared.find(articleId)!;
    }
    const replica = openReplica(deps.db, articleDocumentName(articleId));
    const link = linkToHub(replica, { hub: membership.hub.url, token: async () => (await deps.token(session)) ?? '', ...(deps.retry ? { retry: deps.retry } : {}) });
    const entry: Entry = { articleId, replica, link, peers: new Map(), clients: new Map(), idleSince: Date.now(), closed: null };
    const synced = await firstSync(link, row.seededAt === null ? firstSyncMs : KNOWN_ACCESS_MS);
    if (row.seededAt === null) {
      if (!synced) {
        replica.close();
        return null; // never seeded and the hub is away: solo until it answers
      }
      if (row.origin === 'here' && local !== null && isEmptyDoc(replica.doc)) seedDoc(replica.doc, local.body, local.meta);
      shared.markSeeded(articleId, now().toISOString());
    }
    relayEvents(entry);
    entry.closed = deps.onOpen?.(articleId, { replica, link }) ?? null;
    ready.set(articleId, entry);
    return entry;
  }

  function relayEvents(entry: Entry): void {
    const { articleId, replica, link } = entry;
    // The main process is nobody: only the windows' people are present.
    link.awareness.setLocalState(null);
    replica.doc.on('update', (update: Uint8Array, origin: unknown) => {
      deps.events.emit({ type: 'collab.update', articleId, from: peerOf(origin), update: toBase64(update) });
    });
    // The editor turns read-only (or writable again) as soon as the hub says so, not at the next open.
    link.onAccess((access) => deps.events.emit({ type: 'collab.access', articleId, writable: !access.readOnly }));
    link.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const from = peerOf(origin);
      if (from !== null) for (const client of [...added, ...updated]) entry.clients.set(client, from);
      for (const client of removed) entry.clients.delete(client);
      const changed = [...added, ...updated, ...removed];
      deps.events.emit({ type: 'collab.awareness', articleId, from, update: toBase64(encodeAwarenessUpdate(link.awareness, changed)) });
      // A window took its people away (closing): say so in a form the hub passes on.
      if (from !== null && removed.length > 0) queueMicrotask(() => applyAwarenessUpdate(link.awareness, departure(link.awareness, removed), LEFT));
    });
  }

  function entryFor(articleId: string, session: Session): Promise<Entry | null> {
    let pending = pool.get(articleId);
    if (pending === undefined) {
      const membership = deps.membership();
      if (membership === null) return Promise.resolve(null);
      pending = start(articleId, membership, session).catch((error: unknown) => {
        console.error('galley: could not open a shared article', error);
        return null;
      });
      pool.set(articleId, pending);
      // A failed start is forgotten, so the next open tries again.
      void pending.then((entry) => {
        if (entry === null && pool.get(articleId) === pending) pool.delete(articleId);
      });
    }
    return pending;
  }

  async function openEntry(articleId: string, peer: string): Promise<Entry> {
    const entry = await pool.get(articleId);
    if (!entry) throw new GalleyError('CONFLICT', 'This shared article was closed in this window. Reload it to go on editing.');
    entry.peers.set(peer, Date.now());
    return entry;
  }

  function shut(entry: Entry): void {
    if (pool.get(entry.articleId) === undefined) return;
    pool.delete(entry.articleId);
    ready.delete(entry.articleId);
    entry.closed?.();
    entry.replica.close(); // takes its link with it
  }

  function leave(entry: Entry, peer: string): void {
    entry.peers.delete(peer);
    const clients = [...entry.clients].filter(([, from]) => from === peer).map(([client]) => client);
    clients.forEach((client) => entry.clients.delete(client));
    if (clients.length > 0) applyAwarenessUpdate(entry.link.awareness, departure(entry.link.awareness, clients), LEFT);
    if (entry.peers.size === 0) entry.idleSince = Date.now();
  }

  // Windows that closed without saying so (a crash, a lost tab) stop being counted.
  const sweeper = setInterval(() => {
    const cutoff = Date.now() - leaseMs;
    for (const pending of pool.values()) {
      void pending.then((entry) => {
        if (entry === null) return;
        for (const [peer, seen] of entry.peers) if (seen < cutoff) leave(entry, peer);
        if (entry.peers.size === 0 && entry.idleSince < cutoff) shut(entry);
      });
    }
  }, Math.max(1000, Math.floor(leaseMs / 4)));
  sweeper.unref?.();

  return {
    /** Opens the article's shared text for a window: solo when not joined or not yet shareable. */
    async open(session: Session, articleId: string, peer: string): Promise<CollabOpen> {
      const entry = await entryFor(articleId, session);
      if (entry === null) return { shared: false };
      entry.peers.set(peer, Date.now());
      const awareness = entry.link.awareness;
      return {
        shared: true,
        state: toBase64(Y.encodeStateAsUpdate(entry.replica.doc)),
        awareness: toBase64(encodeAwarenessUpdate(awareness, [...awareness.getStates().keys()])),
        // Until the hub has said, the person may type: what it then refuses is held apart (replica/held-edits).
        writable: !(entry.link.access()?.readOnly ?? false),
      };
    },

    /** Applies a window's change: logged on disk when this returns, then sent to the hub and the other windows. */
    async push(session: Session, articleId: string, peer: string, update: string): Promise<void> {
      // The hub checks its own account's rights; this workstation checks the person at the window.
      deps.checkWrite(session, articleId);
      const entry = await openEntry(articleId, peer);
      if (entry.replica.failure() !== null) {
        throw new GalleyError('CONFLICT', 'This shared article holds something this Galley cannot show; your change was not applied. Update Galley.');
      }
      try {
        Y.applyUpdate(entry.replica.doc, fromBase64(update), peerOrigin(peer));
      } catch {
        throw new GalleyError('BAD_INPUT', 'That change is not a Yjs update.');
      }
    },

    async awareness(articleId: string, peer: string, update: string): Promise<void> {
      const entry = await openEntry(articleId, peer);
      try {
        applyAwarenessUpdate(entry.link.awareness, fromBase64(update), peerOrigin(peer));
      } catch {
        throw new GalleyError('BAD_INPUT', 'That presence update does not decode.');
      }
    },

    async close(articleId: string, peer: string): Promise<void> {
      const entry = await pool.get(articleId);
      if (!entry) return;
      leave(entry, peer);
      if (entry.peers.size === 0) shut(entry);
    },

    /**
     * Brings another person's shared article onto this workstation: once the hub has sent a
     * document with something in it, the article is written here under the same id.
     */
    async adopt(session: Session, articleId: string): Promise<boolean> {
      if (deps.article(articleId) !== null) return true;
      if (deps.membership() === null) return false;
      if (shared.find(articleId) === null) shared.record(articleId, 'hub', now().toISOString());
      // A window's open that started before the row above was written finds nothing to
      // share and is forgotten when it ends; then this starts afresh with the row.
      const entry = (await entryFor(articleId, session)) ?? (await entryFor(articleId, session));
      if (entry === null || isEmptyDoc(entry.replica.doc)) return false;
      deps.adoptArticle(session, articleId, entry.replica.body(), entry.replica.meta());
      // A window that asked where the article stands before it was here asks again.
      deps.events.emit({ type: 'workflow.changed', articleId });
      return true;
    },

    stop(): void {
      clearInterval(sweeper);
      // Synchronously: the caller closes the library next, and closing an entry writes its text back to it.
      // One still opening fails on the closed library and is dropped (its updates are in the log already).
      for (const entry of [...ready.values()]) shut(entry);
    },
  };
}

export type LiveRelay = ReturnType<typeof liveRelay>;
