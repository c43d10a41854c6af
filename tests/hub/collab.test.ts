import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { articleDocumentName } from '../../shared/contract/hub';
import { addHubUser, newHubDataDir, removeDataDirs, runHubCommand, startHubProcess, type HubProcess } from './support/hub-process';
import WebSocket from 'ws';
import { openSqliteHubStore } from '../../hub/store/sqlite/sqlite-hub-store';
import { openCollabClient, WAIT_MS, type CollabClient } from './support/collab-client';
import { waitFor } from '../support/wait';

let hub: HubProcess;
let writerToken: string;
const clients: CollabClient[] = [];
const open = (name: string, token: string | null) => {
  const client = openCollabClient(hub.collabUrl, name, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  const dataDir = newHubDataDir();
  await addHubUser(dataDir, 'wren', 'writer');
  await addHubUser(dataDir, 'eddie', 'editor');
  hub = await startHubProcess(dataDir);
  writerToken = (await hub.signIn('wren')).token;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await hub?.stop();
  removeDataDirs();
});

/** Writes a session for `name` into the running hub's file from beside it (WAL lets a second writer in); answers its token. */
async function sessionBesideTheHub(name: string, expiresAt: string): Promise<string> {
  const store = openSqliteHubStore(hub.dataDir);
  try {
    const token = randomBytes(32).toString('base64url');
    const user = await store.findUserByName(name);
    await store.createSession({ tokenHash: createHash('sha256').update(token).digest('hex'), userId: user!.id, createdAt: new Date().toISOString(), expiresAt });
    return token;
  } finally {
    await store.close();
  }
}

describe('opening articles on the hub (Hocuspocus on /collab)', () => {
  it('refuses a missing token, an unknown token, a name that is not article:<uuid> and an article the hub does not have, with permission-denied', async () => {
    const article = await hub.newArticle(writerToken);
    const refusedOnes = [
      open(article, null),
      open(article, 'not-a-token-the-hub-ever-gave-out-0123456789'),
      open('article:not-a-uuid', writerToken),
      open(`notes:${randomUUID()}`, writerToken),
      // Articles are registered by POST /api/articles, not by connecting to a new name.
      open(articleDocumentName(randomUUID()), writerToken),
    ];
    await waitFor('every refusal', WAIT_MS, () => refusedOnes.every((c) => c.refused !== null));
    expect(refusedOnes.map((c) => c.refused)).toEqual(Array(5).fill('permission-denied'));
    expect(refusedOnes.some((c) => c.synced)).toBe(false);
  });

  it('lets the writer of a draft write it while a signed-in editor reads along', async () => {
    const article = await hub.newArticle(writerToken);
    const editorToken = (await hub.signIn('eddie')).token;
    const writer = open(article, writerToken);
    const editor = open(article, editorToken);
    await waitFor('both clients to sync', WAIT_MS, () => writer.synced && editor.synced);
    writer.text.insert(0, 'Lede by Wren.');
    await waitFor('the writer’s text at the editor', WAIT_MS, () => editor.text.toString() === 'Lede by Wren.');
    writer.text.insert(writer.text.length, ' Second sentence.');
    await waitFor('the writer’s second sentence at the editor', WAIT_MS, () => editor.text.toString() === 'Lede by Wren. Second sentence.');
  });

  it('refuses the token of a person an admin has since disabled', async () => {
    const dataDir = hub.dataDir;
    await addHubUser(dataDir, 'leaver', 'writer');
    const token = (await hub.signIn('leaver')).token;
    const article = await hub.newArticle(token);
    const before = open(article, token);
    await waitFor('the connection before disabling', WAIT_MS, () => before.synced);
    expect(await runHubCommand(dataDir, ['user', 'disable', '--name', 'leaver'])).toMatchObject({ code: 0, stdout: 'Disabled leaver; 1 session ended\n' });
    const after = open(article, token);
    // Even a session left behind (disabling deletes them) does not let a disabled person in.
    const leftBehind = await sessionBesideTheHub('leaver', new Date(Date.now() + 3_600_000).toISOString());
    const stale = open(article, leftBehind);
    await waitFor('the refusals after disabling', WAIT_MS, () => after.refused !== null && stale.refused !== null);
    expect([after.refused, stale.refused]).toEqual(['permission-denied', 'permission-denied']);
  });

  it('refuses a session that has expired', async () => {
    const token = await sessionBesideTheHub('wren', new Date(Date.now() - 60_000).toISOString());
    const expired = open(await hub.newArticle(writerToken), token);
    await waitFor('the refusal of the expired session', WAIT_MS, () => expired.refused !== null);
    expect(expired.refused).toBe('permission-denied');
  });

  it('answers a socket only on /collab: any other path is a 404', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${hub.collabUrl.replace(/\/collab$/, '')}/elsewhere`);
      socket.once('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0);
        socket.terminate();
      });
      socket.once('open', () => {
        socket.close();
        reject(new Error('a socket opened outside /collab'));
      });
      socket.once('error', () => {});
    });
    expect(status).toBe(404);
  });
});
