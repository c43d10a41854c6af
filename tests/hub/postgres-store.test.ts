import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HubStoreUnavailableError, type HubStore } from '../../hub/store/hub-store';
import { openPostgresHubStore } from '../../hub/store/postgres/postgres-hub-store';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { waitFor } from '../support/wait';
import { describeHubStoreContract } from './support/store-contract';

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.stop();
});

describeHubStoreContract('PostgreSQL', async () => {
  const store = await openPostgresHubStore(await server.createDatabase());
  return { store, cleanup: () => store.close() };
});

/** One writer's edits, each a Yjs update carrying one key of the writer's own map. */
function writer(name: string) {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return {
    edit(i: number): Uint8Array {
      doc.getMap(name).set(`edit-${i}`, i);
      return updates.at(-1)!;
    },
  };
}

async function loaded(store: HubStore, document: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await store.loadDocument(document))?.updates ?? []) Y.applyUpdate(doc, update);
  return doc;
}

async function keysOf(store: HubStore, document: string, map: string): Promise<string[]> {
  return [...(await loaded(store, document)).getMap(map).keys()].sort();
}

/**
 * Whether `text` can be reached from `value` through any own property, hidden ones included:
 * some loggers and test runners print those, and the driver hides its password only from inspect().
 */
function holdsText(value: unknown, text: string, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(text);
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return false;
  seen.add(value);
  return Object.getOwnPropertyNames(value).some((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor !== undefined && 'value' in descriptor && holdsText(descriptor.value, text, seen);
  });
}

const expectedKeys = (count: number) => Array.from({ length: count }, (_, i) => `edit-${i}`).sort();

describe('PostgreSQL hub store', () => {
  it('loses nothing when two hub instances append to one document at once while it is being compacted and read', async () => {
    const url = await server.createDatabase();
    const [hubA, hubB] = await Promise.all([openPostgresHubStore(url), openPostgresHubStore(url)]);
    try {
      const alice = writer('alice');
      const bob = writer('bob');
      const count = 60;
      let appending = true;
      let compactions = 0;
      // A compactor on a third pool, as a hub instance folding the log while others append.
      const compactor = await openPostgresHubStore(url);
      const compacting = (async () => {
        while (appending) {
          const loaded = await compactor.loadDocument('article:shared');
          if (loaded === null) continue;
          const doc = new Y.Doc();
          for (const update of loaded.updates) Y.applyUpdate(doc, update);
          await compactor.compact('article:shared', Y.encodeStateAsUpdate(doc), loaded.lastSeq);
          compactions++;
        }
      })();
      // A reader must never see less than it saw before: a load that raced a compaction
      // could otherwise miss the updates that compaction folded in.
      const shrank: string[] = [];
      const reading = (async () => {
        let seen = 0;
        while (appending) {
          const doc = await loaded(hubB, 'article:shared');
          const visible = doc.getMap('alice').size + doc.getMap('bob').size;
          if (visible < seen) shrank.push(`${seen} then ${visible}`);
          seen = Math.max(seen, visible);
        }
      })();
      const seqs = await Promise.all(
        Array.from({ length: count }, (_, i) => [
          hubA.appendUpdate('article:shared', alice.edit(i)),
          hubB.appendUpdate('article:shared', bob.edit(i)),
        ]).flat(),
      );
      appending = false;
      await Promise.all([compacting, reading]);
      await compactor.close();

      expect(shrank).toEqual([]);
      expect(new Set(seqs).size).toBe(2 * count);
      expect(compactions).toBeGreaterThan(0);
      for (const hub of [hubA, hubB]) {
        expect(await keysOf(hub, 'article:shared', 'alice')).toEqual(expectedKeys(count));
        expect(await keysOf(hub, 'article:shared', 'bob')).toEqual(expectedKeys(count));
        expect((await hub.loadDocument('article:shared'))!.lastSeq).toBe(Math.max(...seqs));
      }
    } finally {
      await Promise.all([hubA.close(), hubB.close()]);
    }
  });

  it('refuses an empty update with a clear error', async () => {
    const store = await openPostgresHubStore(await server.createDatabase());
    try {
      await expect(store.appendUpdate('article:a', new Uint8Array())).rejects.toMatchObject({ code: 'BAD_INPUT' });
      expect(await store.loadDocument('article:a')).toBeNull();
    } finally {
      await store.close();
    }
  });

  for (const fault of ['restart', 'kill'] as const) {
    it(`keeps every acknowledged append across a PostgreSQL ${fault === 'kill' ? 'SIGKILL' : 'restart'}, and works again without being reopened`, async () => {
      const lost: Error[] = [];
      const store = await openPostgresHubStore(await server.createDatabase(), { onConnectionLost: (e) => lost.push(e) });
      try {
        const alice = writer('alice');
        // Several at once, so that the pool holds several idle connections when the server goes.
        await Promise.all([0, 1, 2, 3].map((i) => store.appendUpdate('article:a', alice.edit(i))));
        // Written while the server is away: not acknowledged, so the workstation sends it again later.
        const unacknowledged = alice.edit(4);
        if (fault === 'kill') {
          await server.kill();
          const refused = await store.appendUpdate('article:a', unacknowledged).then(
            () => null,
            (error: unknown) => error,
          );
          expect(refused).toBeInstanceOf(HubStoreUnavailableError);
          expect((refused as Error).message).toContain(`127.0.0.1:${new URL(server.url).port}`);
          expect(holdsText(refused, server.password)).toBe(false);
        }
        await server.restart();
        // The idle connections broke; the pool reported it instead of crashing the process.
        await waitFor('the pool to notice its broken connections', 30_000, () => lost.length > 0);
        for (const error of lost) expect(holdsText(error, server.password)).toBe(false);

        expect(await keysOf(store, 'article:a', 'alice')).toEqual(expectedKeys(4));
        await store.appendUpdate('article:a', unacknowledged);
        await store.appendUpdate('article:a', alice.edit(5));
        expect(await keysOf(store, 'article:a', 'alice')).toEqual(expectedKeys(6));
        expect(await store.listUsers()).toEqual([]);
      } finally {
        await store.close();
      }
    });
  }
});

describe('opening the PostgreSQL hub store', () => {
  const withPath = (url: string, change: (u: URL) => void) => {
    const changed = new URL(url);
    change(changed);
    return changed.toString();
  };

  it('says the server cannot be reached, naming it without the password', async () => {
    const { createServer } = await import('node:net');
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => probe.once('listening', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    const url = withPath(server.url, (u) => (u.port = String(port)));

    const refused = await openPostgresHubStore(url).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(HubStoreUnavailableError);
    expect((refused as Error).message).toContain(`127.0.0.1:${port}`);
    expect(holdsText(refused, server.password)).toBe(false);
  });

  it('says the credentials were refused, without repeating them', async () => {
    const url = withPath(server.url, (u) => (u.password = 'not-the-password-123'));
    const refused = await openPostgresHubStore(url).then(() => null, (error: unknown) => error);
    expect(refused).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('user name or password') });
    expect(holdsText(refused, 'not-the-password-123')).toBe(false);
  });

  it('says the database does not exist', async () => {
    const url = withPath(server.url, (u) => (u.pathname = '/no_such_database'));
    await expect(openPostgresHubStore(url)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('no_such_database'),
    });
  });
});
