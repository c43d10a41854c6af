import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useGalley, type TestGalley } from '../../support/galley';
import { useTempDirs } from '../../support/temp-dir';
import { encryptedFileStore } from '../../../electron/publishing/credentials/encrypted-file';
import { hubTokenRef } from '../../../electron/newsroom/membership/hub-people';
import { hubClient } from '../../../electron/newsroom/membership/hub-client';
import { collabRepository } from '../../../electron/newsroom/replica/collab-repository';
import type { NewsroomStatus } from '../../../shared/contract/channels/newsroom';
import { addHubUser, HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, runHubCommand, startHubProcess, type HubProcess } from '../../hub/support/hub-process';
import { waitFor } from './support/workstation';

const newGalley = useGalley();
const tempDir = useTempDirs();
const SECRET_KEY = { GALLEY_SECRET_KEY: 'workstation passphrase' };

let hub: HubProcess;
beforeAll(async () => {
  const dataDir = newHubDataDir();
  await addHubUser(dataDir, 'chief', 'admin');
  await addHubUser(dataDir, 'gone', 'writer');
  const disabled = await runHubCommand(dataDir, ['user', 'disable', '--name', 'gone']);
  expect(disabled.code).toBe(0);
  hub = await startHubProcess(dataDir);
}, 120_000);
afterAll(async () => {
  await hub?.stop();
  removeDataDirs();
});

function workstation(dataDir = tempDir(), log?: string[]): TestGalley & { secrets: ReturnType<typeof encryptedFileStore> } {
  const secrets = encryptedFileStore(dataDir, SECRET_KEY);
  const g = newGalley(dataDir, {
    publishing: { secrets },
    newsroom: { checkEveryMs: 200 },
    ...(log ? { log: (message: string, error: unknown) => log.push(`${message} ${String(error)}`) } : {}),
  });
  return Object.assign(g, { secrets });
}

const joinAs = (g: TestGalley, name: string, password = HUB_TEST_PASSWORD, address = hub.url) =>
  g.admin.raw('newsroom.join', { hub: address, name, password });

/** Every byte Galley keeps in SQLite. */
const databaseBytes = (dataDir: string) =>
  Buffer.concat(readdirSync(dataDir).filter((name) => name.startsWith('galley.sqlite')).map((name) => readFileSync(join(dataDir, name))));

async function expectSolo(g: TestGalley & { secrets: { get(ref: string): Promise<string | null> } }) {
  expect(await g.call('newsroom.status', {})).toEqual({ membership: null, state: { kind: 'solo' } });
  expect(await g.secrets.get(hubTokenRef(g.admin.session.userId))).toBeNull();
}

/** A port on 127.0.0.1 with nothing listening (taken, then let go). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Listens on 127.0.0.1; `close` also ends the connections it holds (keep-alive, or one it never answers). */
async function listening(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

describe('Settings → Newsroom: joining a hub', () => {
  it('an admin joins with the hub account: the membership is recorded, the token kept in the secret store, never the password', async () => {
    const logged: string[] = [];
    const g = workstation(tempDir(), logged);
    await expectSolo(g);

    const joined = await joinAs(g, 'chief');
    expect(joined.ok).toBe(true);
    const status = (joined as { value: NewsroomStatus }).value;
    expect(status.membership).toMatchObject({
      hub: { url: hub.url, name: expect.any(String) },
      account: { name: 'chief', displayName: 'chief', role: 'admin' },
    });
    expect(status.state.kind).toBe('synced');
    expect(await g.call('newsroom.status', {})).toEqual(status);
    expect(g.events).toContainEqual({ type: 'newsroom.changed', state: status.state });

    const token = await g.secrets.get(hubTokenRef(g.admin.session.userId));
    expect(token).toMatch(/^.{32,}$/);
    // Neither the token nor the password is in the database, the log or the audit trail.
    const bytes = databaseBytes(g.dataDir).toString('latin1');
    expect(bytes).not.toContain(token!);
    expect(bytes).not.toContain(HUB_TEST_PASSWORD);
    expect(logged.join('\n')).not.toContain(HUB_TEST_PASSWORD);
    const audit = await g.admin.call('audit.list', {});
    expect(JSON.stringify(audit)).not.toContain(HUB_TEST_PASSWORD);
    expect(JSON.stringify(audit)).toContain('newsroom.join');

    // Joining twice is refused, in words, and changes nothing.
    const again = await joinAs(g, 'chief');
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Leave it first') } });
    expect(await g.secrets.get(hubTokenRef(g.admin.session.userId))).toBe(token);
  });

  it('a wrong password or a disabled account is refused in the hub’s words; nothing is recorded', async () => {
    const g = workstation();
    const wrong = await joinAs(g, 'chief', 'not the password');
    expect(wrong).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/^The hub refused the sign-in: .*name and password/) } });
    const disabled = await joinAs(g, 'gone');
    expect(disabled).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('active account') } });
    await expectSolo(g);
  });

  it('no hub at the address, something that is not a hub, a scheme that is not http(s), and a hub that never answers are each refused clearly', { timeout: 60_000 }, async () => {
    const g = workstation();
    const port = await closedPort();
    expect(await joinAs(g, 'chief', HUB_TEST_PASSWORD, `127.0.0.1:${port}`)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: `No hub answers at http://127.0.0.1:${port}. Check the address, and that the hub is running.` },
    });
    expect(await joinAs(g, 'chief', HUB_TEST_PASSWORD, 'ftp://127.0.0.1/')).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'A hub’s address starts with http:// or https://, not ftp://.' },
    });
    expect(await joinAs(g, 'chief', HUB_TEST_PASSWORD, `${hub.url}/some/path`)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    const website = await listening(createHttpServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Intranet</h1>')));
    try {
      expect(await joinAs(g, 'chief', HUB_TEST_PASSWORD, website.url)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringContaining('it is not a Galley hub') },
      });
    } finally {
      await website.close();
    }
    await expectSolo(g);

    // A server that takes the connection and never answers: the client gives up after its timeout, in words.
    const silent = createServer(() => {});
    const held = await listening(silent);
    try {
      await expect(hubClient({ timeoutMs: 1_000 }).signIn(held.url, { name: 'chief', password: 'x' })).rejects.toThrow(
        `The hub at ${held.url} did not answer within 1 seconds.`,
      );
    } finally {
      await held.close();
    }
  });

  it('only an admin of the workstation may join or leave, whatever their hub account', async () => {
    const g = workstation();
    for (const role of ['writer', 'editor', 'desk_chief'] as const) {
      const person = g.as(`a-${role}`, role);
      const join = await person.raw('newsroom.join', { hub: hub.url, name: 'chief', password: HUB_TEST_PASSWORD });
      expect(join).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Only an admin of this workstation can join a newsroom hub.' } });
    }
    await expectSolo(g);
    expect((await joinAs(g, 'chief')).ok).toBe(true);
    for (const role of ['writer', 'editor', 'desk_chief'] as const) {
      const person = g.as(`b-${role}`, role);
      expect(await person.raw('newsroom.leave', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      // Anyone signed in sees the state (the status bar).
      expect((await person.call('newsroom.status', {})).membership?.hub.url).toBe(hub.url);
    }
    expect(await g.secrets.get(hubTokenRef(g.admin.session.userId))).not.toBeNull();
  });

  it('leaving forgets the token and the membership: the workstation is solo again', async () => {
    const g = workstation();
    expect((await joinAs(g, 'chief')).ok).toBe(true);
    expect(await g.admin.call('newsroom.leave', {})).toEqual({ membership: null, state: { kind: 'solo' } });
    await expectSolo(g);
    expect(g.events.at(-1)).toEqual({ type: 'newsroom.changed', state: { kind: 'solo' } });
    // Leaving again is harmless; joining again works.
    expect(await g.admin.call('newsroom.leave', {})).toEqual({ membership: null, state: { kind: 'solo' } });
    expect((await joinAs(g, 'chief')).ok).toBe(true);
  });

  it('a restart keeps the membership; the state follows whether the hub answers (offline since, then synced)', async () => {
    const dataDir = tempDir();
    const first = workstation(dataDir);
    const joined = await first.admin.call('newsroom.join', { hub: hub.url, name: 'chief', password: HUB_TEST_PASSWORD });
    const token = await first.secrets.get(hubTokenRef(first.admin.session.userId));
    first.galley.close();

    const second = workstation(dataDir);
    const after = await second.call('newsroom.status', {});
    expect(after.membership).toEqual(joined.membership);
    expect(after.state.kind).toBe('synced');
    expect(await second.secrets.get(hubTokenRef(second.admin.session.userId))).toBe(token);

    await hub.kill();
    try {
      await waitFor('the offline state', () => second.events.some((e) => e.type === 'newsroom.changed' && e.state.kind === 'offline'));
      const offline = await second.call('newsroom.status', {});
      expect(offline.state).toMatchObject({ kind: 'offline', changes: 0, since: expect.any(String) });
    } finally {
      await hub.restart();
    }
    await waitFor('synced again', () => second.events.at(-1)?.type === 'newsroom.changed' && (second.events.at(-1) as { state: { kind: string } }).state.kind === 'synced');
    expect((await second.call('newsroom.status', {})).state.kind).toBe('synced');
  });

  it('edits made here that the hub has not acknowledged show as changes waiting, counted from the replica’s log', async () => {
    const g = workstation();
    expect((await joinAs(g, 'chief')).ok).toBe(true);
    const log = collabRepository(g.galley.db);
    const at = new Date().toISOString();
    log.append('article:a', Uint8Array.of(1), 1, at);
    log.append('article:b', Uint8Array.of(2), 1, at);
    log.append('article:b', Uint8Array.of(3), 0, at); // received from the hub: not waiting
    expect((await g.galley.services.newsroom.refresh()).state).toEqual({ kind: 'waiting', changes: 2 });
    expect(g.events.at(-1)).toEqual({ type: 'newsroom.changed', state: { kind: 'waiting', changes: 2 } });
    log.markOnHub('article:a', log.lastSeq('article:a'), at);
    log.markOnHub('article:b', log.lastSeq('article:b'), at);
    expect((await g.galley.services.newsroom.refresh()).state.kind).toBe('synced');
  });
});
