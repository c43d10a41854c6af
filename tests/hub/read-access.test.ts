import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HUB_READ_REVOKED, HUB_USERS_PATH } from '../../shared/contract/hub';
import type { Role } from '../../shared/domain/session';
import { openSqliteHubStore } from '../../hub/store/sqlite/sqlite-hub-store';
import { waitFor } from '../support/wait';
import { acknowledged, openCollabClient, WAIT_MS, type CollabClient } from './support/collab-client';
import { addHubUser, newHubDataDir, removeDataDirs, runHubCommand, startHubProcess, type HubProcess } from './support/hub-process';
import { setStateBesideTheHub } from './support/registry-beside-hub';

/** wren writes the articles; walt is another writer; eddie holds them in edit. */
const PEOPLE: Record<string, Role> = { wren: 'writer', walt: 'writer', eddie: 'editor', erin: 'editor', dora: 'desk_chief', ada: 'admin' };

let hub: HubProcess;
const people = new Map<string, { id: string; token: string }>();
const clients: CollabClient[] = [];
const open = (document: string, name: string, token = people.get(name)!.token) => {
  const client = openCollabClient(hub.collabUrl, document, token);
  clients.push(client);
  return client;
};
const settled = (client: CollabClient) => client.synced || client.refused !== null;

/** Changes a person's account in the running hub's file from beside it, as an admin's tool on the same store would. */
async function besideTheHub<T>(change: (store: ReturnType<typeof openSqliteHubStore>) => Promise<T>): Promise<T> {
  const store = openSqliteHubStore(hub.dataDir);
  try {
    return await change(store);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  const dataDir = newHubDataDir();
  for (const [name, role] of Object.entries(PEOPLE)) await addHubUser(dataDir, name, role);
  // Expired sessions are swept every second here, so that the sweep's effect is seen within a test.
  hub = await startHubProcess(dataDir, { args: ['--sweep-sessions-every', '1'] });
  for (const name of Object.keys(PEOPLE)) {
    const grant = await hub.signIn(name);
    people.set(name, { id: grant.account.id, token: grant.token });
  }
}, 120_000);
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await hub?.stop();
  removeDataDirs();
});

describe('who may read an article (shared/workflow/read-policy.ts, enforced by the hub)', () => {
  it.each([
    ['a draft', 'draft', null],
    ['in edit by an editor', 'in_edit', 'eddie'],
    ['approved', 'approved', null],
  ] as const)('%s: its writer, editors and desk chiefs open it; another writer and an admin are refused and change nothing', async (_, state, holder) => {
    const document = await hub.newArticle(people.get('wren')!.token);
    const writer = open(document, 'wren');
    await waitFor('the writer to sync', WAIT_MS, () => writer.synced);
    writer.text.insert(0, 'Embargoed until Monday.');
    await waitFor('the draft to be on the hub', WAIT_MS, () => acknowledged(writer));
    setStateBesideTheHub(hub.dataDir, document, state, holder === null ? null : people.get(holder)!.id);

    const tried = Object.keys(PEOPLE).map((name) => ({ name, client: open(document, name) }));
    await waitFor('every connection to be answered', WAIT_MS, () => tried.every(({ client }) => settled(client)));
    expect(tried.filter(({ client }) => client.synced).map(({ name }) => name)).toEqual(['wren', 'eddie', 'erin', 'dora']);
    for (const { name, client } of tried.filter(({ client }) => !client.synced)) {
      expect([name, client.refused, client.text.toString()]).toEqual([name, 'permission-denied', '']);
      // What a refused connection sends reaches no one.
      client.text.insert(0, `[${name}]`);
    }
    const reader = open(document, 'dora');
    await waitFor('a desk chief to read it', WAIT_MS, () => reader.synced);
    expect(reader.text.toString()).toBe('Embargoed until Monday.');
  });

  it('closes the connection of an editor made a writer, before relaying anything more they send', async () => {
    const document = await hub.newArticle(people.get('wren')!.token);
    await besideTheHub(async (store) => void (await store.createUser({ id: crypto.randomUUID(), name: 'eve', displayName: 'Eve', role: 'editor', passwordHash: '{}' })));
    const eve = (await besideTheHub((store) => store.findUserByName('eve')))!;
    const token = randomBytes(32).toString('base64url');
    const at = Date.now();
    await besideTheHub((store) =>
      store.createSession({ tokenHash: createHash('sha256').update(token).digest('hex'), userId: eve.id, createdAt: new Date(at).toISOString(), expiresAt: new Date(at + 3_600_000).toISOString() }),
    );
    const editor = open(document, 'eve', token);
    const chief = open(document, 'dora');
    await waitFor('both to sync', WAIT_MS, () => editor.synced && chief.synced);

    const seenByChief: unknown[] = [];
    chief.provider.awareness!.on('change', () => {
      for (const state of chief.provider.awareness!.getStates().values()) if (state['user'] !== undefined) seenByChief.push(state['user']);
    });
    await besideTheHub((store) => store.updateUser(eve.id, { role: 'writer' }));
    // At once, before any sweep: the next message (a cursor) is checked before it is relayed.
    editor.provider.setAwarenessField('user', { name: 'Eve' });
    await waitFor('the hub to close the demoted editor’s connection', WAIT_MS, () => editor.closedBecause !== null);
    expect(editor.closedBecause).toBe(HUB_READ_REVOKED.reason);
    expect(seenByChief).not.toContainEqual({ name: 'Eve' });
    // And reconnecting is refused.
    const again = open(document, 'eve', token);
    await waitFor('the reconnection to be refused', WAIT_MS, () => again.refused !== null);
    expect(chief.synced).toBe(true);
  });
});

describe('a disabled person, and expired sessions', () => {
  it('closes a disabled person’s open connections within seconds, without their sending anything, and ends their sessions', async () => {
    await addHubUser(hub.dataDir, 'leaver', 'writer');
    const token = (await hub.signIn('leaver')).token;
    const document = await hub.newArticle(token);
    const windows = [open(document, 'leaver', token), open(document, 'leaver', token)];
    const chief = open(document, 'dora');
    await waitFor('all to sync', WAIT_MS, () => windows.every((w) => w.synced) && chief.synced);
    windows[0]!.text.insert(0, 'Before.');
    await waitFor('the text before disabling to reach the desk', WAIT_MS, () => chief.text.toString() === 'Before.');

    expect(await runHubCommand(hub.dataDir, ['user', 'disable', '--name', 'leaver'])).toMatchObject({ code: 0, stdout: 'Disabled leaver; 1 session ended\n' });
    await waitFor('the hub to close both windows', WAIT_MS, () => windows.every((w) => w.closedBecause !== null));
    expect(windows.map((w) => w.closedBecause)).toEqual([HUB_READ_REVOKED.reason, HUB_READ_REVOKED.reason]);

    // The desk chief's connection stays, and nothing more from the disabled person reaches it.
    windows[1]!.text.insert(0, 'After. ');
    const fresh = open(document, 'dora');
    await waitFor('a new reader to sync', WAIT_MS, () => fresh.synced);
    expect([chief.synced, chief.closedBecause, fresh.text.toString()]).toEqual([true, null, 'Before.']);
  });

  it('closes the open connections of a person an admin disables on the Users screen (PATCH /api/users/<id>)', async () => {
    await addHubUser(hub.dataDir, 'quitter', 'writer');
    const grant = await hub.signIn('quitter');
    const document = await hub.newArticle(grant.token);
    const writer = open(document, 'quitter', grant.token);
    await waitFor('the writer to sync', WAIT_MS, () => writer.synced);
    const answer = await fetch(`${hub.url}${HUB_USERS_PATH}/${grant.account.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${people.get('ada')!.token}` },
      body: JSON.stringify({ disabled: true }),
    });
    expect(answer.status).toBe(200);
    await waitFor('the hub to close the disabled person’s connection', WAIT_MS, () => writer.closedBecause !== null);
    expect(writer.closedBecause).toBe(HUB_READ_REVOKED.reason);
  });

  it('closes a connection when its session expires, and sweeps the expired session from the store', async () => {
    const wren = people.get('wren')!;
    const document = await hub.newArticle(wren.token);
    const token = randomBytes(32).toString('base64url');
    const tokenHash = createHash('sha256').update(token).digest('hex');
    const at = Date.now();
    await besideTheHub((store) => store.createSession({ tokenHash, userId: wren.id, createdAt: new Date(at).toISOString(), expiresAt: new Date(at + 10_000).toISOString() }));
    const expiring = open(document, 'wren', token);
    await waitFor('the connection to sync', WAIT_MS, () => expiring.synced || expiring.refused !== null);
    expect(expiring.synced).toBe(true);

    await waitFor('the hub to close the expired session’s connection', WAIT_MS, () => expiring.closedBecause !== null);
    expect(expiring.closedBecause).toBe(HUB_READ_REVOKED.reason);
    await waitFor('the expired session to be swept', WAIT_MS, () => besideTheHub(async (store) => (await store.findSession(tokenHash)) === null));
    // The person's other session is untouched.
    expect(await besideTheHub((store) => store.findSession(createHash('sha256').update(wren.token).digest('hex')))).not.toBeNull();
  });

  it('sweeps the sessions that expired while the hub was stopped when it starts', async () => {
    // A hub of its own, sweeping at its default pace (hourly): only the sweep at start can be seen.
    const dataDir = newHubDataDir();
    await addHubUser(dataDir, 'wren', 'writer');
    const tokenHash = createHash('sha256').update(randomBytes(32)).digest('hex');
    const store = openSqliteHubStore(dataDir);
    try {
      const user = (await store.findUserByName('wren'))!;
      await store.createSession({ tokenHash, userId: user.id, createdAt: new Date(Date.now() - 7_200_000).toISOString(), expiresAt: new Date(Date.now() - 3_600_000).toISOString() });
      expect(await store.findSession(tokenHash)).not.toBeNull();
    } finally {
      await store.close();
    }
    const starting = await startHubProcess(dataDir);
    try {
      await waitFor('the expired session to be swept at start', WAIT_MS, async () => {
        const reading = openSqliteHubStore(dataDir);
        try {
          return (await reading.findSession(tokenHash)) === null;
        } finally {
          await reading.close();
        }
      });
    } finally {
      await starting.stop();
    }
  });
});
