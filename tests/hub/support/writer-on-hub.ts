import { afterAll, afterEach } from 'vitest';
import type * as Y from 'yjs';
import { waitFor } from '../../support/wait';
import { openCollabClient, WAIT_MS, type CollabClient } from './collab-client';
import { addHubUser, HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from './hub-process';

export interface WriterOnHub {
  hub: HubProcess;
  dataDir: string;
  article: string;
  token: string;
  writer: CollabClient;
  /** Opens another client on the article (on `doc`, if given), closed after the test. */
  open(doc?: Y.Doc): CollabClient;
  /** SIGKILLs the hub at once (no grace: the debounced store has not run), restarts it, and reads the article as a fresh client. */
  textAfterKillAndRestart(): Promise<string>;
}

/**
 * For a test file: `writerOnNewHub()` starts a hub on a new data directory (or on
 * PostgreSQL at `databaseUrl`) with a writer connected to a new article; every client and
 * hub it made is closed after each test, and the data directories after the file.
 */
export function useWriterOnHub(): (databaseUrl?: string) => Promise<WriterOnHub> {
  const clients: CollabClient[] = [];
  const hubs: HubProcess[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const hub of hubs.splice(0)) await hub.stop();
  });
  afterAll(removeDataDirs);

  return async (databaseUrl) => {
    const dataDir = newHubDataDir();
    await addHubUser(dataDir, 'wren', 'writer', HUB_TEST_PASSWORD, databaseUrl);
    const hub = await startHubProcess(dataDir, { databaseUrl });
    hubs.push(hub);
    const token = (await hub.signIn('wren')).token;
    const article = await hub.newArticle(token);
    const open = (doc?: Y.Doc) => {
      const client = openCollabClient(hub.collabUrl, article, token, doc);
      clients.push(client);
      return client;
    };
    const writer = open();
    await waitFor('the writer to sync', WAIT_MS, () => writer.synced);
    return {
      hub,
      dataDir,
      article,
      token,
      writer,
      open,
      async textAfterKillAndRestart() {
        await hub.kill();
        writer.destroy();
        await hub.restart();
        const reader = open();
        await waitFor('a fresh client to sync from the restarted hub', WAIT_MS, () => reader.synced);
        return reader.text.toString();
      },
    };
  };
}
