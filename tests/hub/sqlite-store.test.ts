import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HUB_DATABASE_FILE, openSqliteHubStore } from '../../hub/store/sqlite/sqlite-hub-store';
import { openHubStore } from '../../hub/store/open-store';
import { openHubDatabase } from '../../hub/store/sqlite/open-database';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const DOC = 'article:7b0c5a9e-4a4f-4d57-9d6c-0d6ef4f5d0a1';

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let captured: Uint8Array | null = null;
  const capture = (update: Uint8Array) => (captured = update);
  doc.on('update', capture);
  doc.getText('t').insert(doc.getText('t').length, text);
  doc.off('update', capture);
  return captured!;
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return doc.getText('t').toString();
}

describe('the embedded hub store (node:sqlite)', () => {
  it('keeps documents, people and sessions in <data>/hub.sqlite across a reopen, private to its owner', async () => {
    const dir = tempDir();
    const store = openSqliteHubStore(dir);
    const source = new Y.Doc();
    await store.appendUpdate(DOC, textUpdate(source, 'Lede. '));
    await store.appendUpdate(DOC, textUpdate(source, 'Second.'));
    const user = await store.createUser({ id: crypto.randomUUID(), name: 'wren', displayName: 'Wren', role: 'writer', passwordHash: '{"hash":"x"}' });
    await store.createSession({ tokenHash: 'a'.repeat(64), userId: user.id, createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-02T00:00:00.000Z' });
    await store.close();

    const file = join(dir, HUB_DATABASE_FILE);
    expect(statSync(file).mode & 0o077).toBe(0);
    const reopened = openSqliteHubStore(dir);
    const loaded = await reopened.loadDocument(DOC);
    expect(textOf(loaded!.updates)).toBe('Lede. Second.');
    expect((await reopened.findUserByName('wren'))?.id).toBe(user.id);
    expect((await reopened.findSession('a'.repeat(64)))?.userId).toBe(user.id);
    await reopened.close();
  });

  it('has committed an update when appendUpdate resolves, on a WAL file synced at every commit', async () => {
    const dir = tempDir();
    const store = openSqliteHubStore(dir);
    const source = new Y.Doc();
    const seq = await store.appendUpdate(DOC, textUpdate(source, 'kept'));
    // Another connection reads only what was committed; synchronous = FULL puts the commit on disk before it returns.
    const other = new DatabaseSync(join(dir, HUB_DATABASE_FILE), { readOnly: true });
    const row = other.prepare('SELECT seq FROM document_updates WHERE name = ?').get(DOC) as { seq: number } | undefined;
    expect(row?.seq).toBe(seq);
    expect((other.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    other.close();
    await store.close();
    // The setting is per connection: read it on one opened the way the store opens its own.
    const own = openHubDatabase(join(dir, HUB_DATABASE_FILE), dir);
    expect((own.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous).toBe(2); // FULL
    own.close();
  });

  it('compacts only through the sequence it was given: an update appended meanwhile survives', async () => {
    const dir = tempDir();
    const store = openSqliteHubStore(dir);
    const source = new Y.Doc();
    await store.appendUpdate(DOC, textUpdate(source, 'one '));
    await store.appendUpdate(DOC, textUpdate(source, 'two '));
    const loaded = await store.loadDocument(DOC);
    const state = Y.mergeUpdates(loaded!.updates);
    // Appended after the state was encoded, before the compaction is written.
    const late = await store.appendUpdate(DOC, textUpdate(source, 'three'));
    await store.compact(DOC, state, loaded!.lastSeq);

    const after = await store.loadDocument(DOC);
    expect(after!.updates).toHaveLength(2);
    expect(after!.lastSeq).toBe(late);
    expect(textOf(after!.updates)).toBe('one two three');

    // A compaction that comes in late with an older state does not replace the newer one.
    await store.compact(DOC, Y.mergeUpdates(after!.updates), late);
    await store.compact(DOC, state, loaded!.lastSeq);
    expect(textOf((await store.loadDocument(DOC))!.updates)).toBe('one two three');
    await store.close();
  });

  it('answers null for a document it has never seen', async () => {
    const store = openSqliteHubStore(tempDir());
    expect(await store.loadDocument(DOC)).toBeNull();
    await store.close();
  });

  it('refuses a file that is not a SQLite database, and changes nothing in it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, HUB_DATABASE_FILE), 'not a database, but somebody’s notes');
    expect(() => openSqliteHubStore(dir)).toThrow(/is not a SQLite database/);
    expect(existsSync(join(dir, HUB_DATABASE_FILE))).toBe(true);
  });

  it('opens through openHubStore on a data directory; a --database that is not postgres:// is refused', async () => {
    const store = await openHubStore({ dataDir: tempDir() });
    expect(await store.listUsers()).toEqual([]);
    await store.close();
    await expect(openHubStore({ dataDir: tempDir(), databaseUrl: 'mysql://x' })).rejects.toThrow(/postgres:\/\//);
  });
});
