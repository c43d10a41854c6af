import { Server } from '@hocuspocus/server';
import { HUB_COLLAB_PATH } from '../shared/contract/hub';
import { hubAccounts } from './accounts/accounts';
import { authenticate } from './collab/authenticate';
import { durableDocuments } from './collab/durable-documents';
import { documentTurns } from './collab/document-turns';
import { editGate } from './collab/edit-gate';
import { workflowSteps } from './collab/workflow-steps';
import { hubRoutes, type HubInfo } from './http/routes';
import type { HubStore } from './store/hub-store';

export const DEFAULT_HUB_PORT = 4470;
export const DEFAULT_HUB_HOST = '127.0.0.1';

/** Compaction waits this long after the last change to a document, and at most `maxDebounce`. */
const STORE_DEBOUNCE_MS = 2_000;
const STORE_MAX_DEBOUNCE_MS = 10_000;
/** A whole article's first sync can be large (a 2,000-paragraph one is about 0.8 MB); far more than that is refused. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

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
export async function startHub(options: { store: HubStore; port: number; host: string; hub: HubInfo; log: (line: string) => void }): Promise<RunningHub> {
  const { store, log } = options;
  const accounts = hubAccounts(store, {
    onLockout: (what, until) => log(`hub: sign-in locked for ${Object.entries(what).map(([k, v]) => `${k} ${v}`).join(', ')} until ${until}`),
  });
  const routes = hubRoutes(accounts, store, options.hub, log);
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
  const port = server.address.port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () => server.destroy(),
  };
}
