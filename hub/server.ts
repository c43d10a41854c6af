import { Server } from '@hocuspocus/server';
import { HUB_COLLAB_PATH } from '../shared/contract/hub';
import { hubAccounts } from './accounts/accounts';
import { accessSweep } from './collab/access-sweep';
import { authenticate } from './collab/authenticate';
import { durableDocuments } from './collab/durable-documents';
import { documentTurns } from './collab/document-turns';
import { editGate } from './collab/edit-gate';
import { readGate } from './collab/read-gate';
import { workflowSteps } from './collab/workflow-steps';
import { hubRoutes, type HubInfo } from './http/routes';
import type { HubStore } from './store/hub-store';
import { repeat } from './housekeeping';

export const DEFAULT_HUB_PORT = 4470;
export const DEFAULT_HUB_HOST = '127.0.0.1';

/** Compaction waits this long after the last change to a document, and at most `maxDebounce`. */
const STORE_DEBOUNCE_MS = 2_000;
const STORE_MAX_DEBOUNCE_MS = 10_000;
/** A whole article's first sync can be large (a 2,000-paragraph one is about 0.8 MB); far more than that is refused. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** How soon a change made outside this hub's steps (a person disabled from the command line) reaches open connections. */
const ACCESS_SWEEP_MS = 2_000;
/** Expired sessions are refused anyway; deleting them is housekeeping. */
export const DEFAULT_SESSION_SWEEP_MS = 3_600_000;

export interface RunningHub {
  url: string;
  port: number;
  /** Closes every connection, stores what is loaded and stops listening; the store stays open. */
  close(): Promise<void>;
}

/**
 * The hub on one port: Hocuspocus's own node:http server answers the collaboration socket
 * on HUB_COLLAB_PATH (its `onUpgrade` hook refuses any other path) and the small HTTP API
 * through its `onRequest` hook.
 */
export async function startHub(options: {
  store: HubStore;
  port: number;
  host: string;
  hub: HubInfo;
  log: (line: string) => void;
  /** How often expired sessions are deleted (and once at start); DEFAULT_SESSION_SWEEP_MS unless given. */
  sessionSweepMs?: number;
}): Promise<RunningHub> {
  const { store, log } = options;
  const accounts = hubAccounts(store, {
    onLockout: (what, until) => log(`hub: sign-in locked for ${Object.entries(what).map(([k, v]) => `${k} ${v}`).join(', ')} until ${until}`),
  });
  // Set once the server (whose documents it sweeps) is listening.
  let recheckAccess = () => {};
  const routes = hubRoutes(accounts, store, options.hub, log, () => recheckAccess());
  const turns = documentTurns();
  const server = new Server({
    name: options.hub.name,
    address: options.host,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    debounce: STORE_DEBOUNCE_MS,
    maxDebounce: STORE_MAX_DEBOUNCE_MS,
    websocketOptions: { maxPayload: MAX_MESSAGE_BYTES },
    extensions: [
      authenticate(accounts, store),
      readGate(accounts, store, log),
      editGate(store, turns, log),
      workflowSteps(store, turns, log),
      ...durableDocuments(store, log),
      {
        async onRequest({ request, response }) {
          await routes(request, response);
          // An empty rejection tells Hocuspocus the request is answered (no "Welcome to Hocuspocus!").
          return Promise.reject();
        },
        async onUpgrade({ request, socket }) {
          if (new URL(request.url ?? '/', 'http://hub').pathname === HUB_COLLAB_PATH) return;
          socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
          return Promise.reject();
        },
      },
    ],
  });
  await server.listen();
  const access = accessSweep(accounts, store, turns, () => server.hocuspocus.documents.values(), log);
  recheckAccess = () => void access.sweep().catch((error: unknown) => log(`hub: re-checking open connections failed: ${error instanceof Error ? error.message : String(error)}`));
  const housekeeping = [
    repeat('re-checking open connections', ACCESS_SWEEP_MS, () => access.sweep(), log),
    repeat('sweeping expired sessions', options.sessionSweepMs ?? DEFAULT_SESSION_SWEEP_MS, async () => {
      const swept = await store.deleteExpiredSessions(new Date().toISOString());
      if (swept > 0) log(`hub: swept ${swept} expired ${swept === 1 ? 'session' : 'sessions'}`);
    }, log),
  ];
  const port = server.address.port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    async close() {
      await Promise.all(housekeeping.map((task) => task.stop()));
      await server.destroy();
    },
  };
}
