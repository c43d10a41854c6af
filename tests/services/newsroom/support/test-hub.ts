import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';

export const HUB_TOKEN = 'test-session-token-0123456789abcdef0123456789';

export interface TestHub {
  /** The hub's http address, as a workstation is given it. */
  readonly address: string;
  stop(): Promise<void>;
}

/**
 * A Hocuspocus server on 127.0.0.1 (port 0 unless told), standing in for the hub until
 * the hub's own process joins: documents are kept in `store` across stops and restarts,
 * and only HUB_TOKEN is let in.
 */
export async function startTestHub(store: Map<string, Uint8Array>, port = 0): Promise<TestHub> {
  const server = new Server({
    address: '127.0.0.1',
    port,
    quiet: true,
    debounce: 50,
    maxDebounce: 200,
    async onAuthenticate({ token }) {
      if (token !== HUB_TOKEN) throw new Error('not signed in');
    },
    extensions: [
      new Database({
        fetch: async ({ documentName }) => store.get(documentName) ?? null,
        store: async ({ documentName, state }) => void store.set(documentName, new Uint8Array(state)),
      }),
    ],
  });
  await server.listen();
  return {
    address: `http://127.0.0.1:${server.address.port}`,
    stop: () => server.destroy(),
  };
}
