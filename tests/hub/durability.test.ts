import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { articleDocumentName } from '../../shared/contract/hub';
import { addHubUser, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from './support/hub-process';
import { acknowledged, openCollabClient, waitFor, type CollabClient } from './support/collab-client';

const EDITS = 200;

/** Reads the hub's file from beside it (WAL lets a reader in while the hub writes): how the article is kept. */
function storedRows(dataDir: string, name: string): { states: number; updates: number } {
  const db = new DatabaseSync(join(dataDir, 'hub.sqlite'), { readOnly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE name = ?`).get(name) as { n: number }).n;
    return { states: count('document_states'), updates: count('document_updates') };
  } finally {
    db.close();
  }
}

async function typeWords(client: CollabClient, from: number, count: number): Promise<string> {
  let typed = '';
  for (let i = from; i < from + count; i += 1) {
    const word = `w${i} `;
    client.text.insert(client.text.length, word);
    typed += word;
    if (i % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return typed;
}
let hub: HubProcess | undefined;
const clients: CollabClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await hub?.stop();
});
afterAll(removeDataDirs);

/** A hub on a new data directory and a writer connected to a new article on it. */
async function writerOnNewHub() {
  const dataDir = newHubDataDir();
  await addHubUser(dataDir, 'wren', 'writer');
  const running = await startHubProcess(dataDir);
  hub = running;
  const token = (await running.signIn('wren')).token;
  const article = articleDocumentName(randomUUID());
  const writer = openCollabClient(running.collabUrl, article, token);
  clients.push(writer);
  await waitFor(() => writer.synced, 'the writer to sync');
  /** SIGKILLs the hub at once (no grace: the debounced store has not run), restarts it, and reads the article as a fresh client. */
  async function textAfterKillAndRestart(): Promise<string> {
    await running.kill();
    writer.destroy();
    await running.restart();
    const reader = openCollabClient(running.collabUrl, article, token);
    clients.push(reader);
    await waitFor(() => reader.synced, 'a fresh client to sync from the restarted hub');
    return reader.text.toString();
  }
  return { dataDir, article, token, writer, textAfterKillAndRestart };
}

describe('what the hub has acknowledged', () => {
  it('survives a SIGKILL of the hub at once after the last acknowledgement', async () => {
    const { writer, textAfterKillAndRestart } = await writerOnNewHub();
    // Keystrokes: one small update each, sent as it is made.
    const expected = await typeWords(writer, 0, EDITS);
    await waitFor(() => acknowledged(writer), 'the hub to acknowledge every edit');
    // The debounced store (2 s) has not run: only what was written before each acknowledgement is left.
    expect(await textAfterKillAndRestart()).toBe(expected);
  });

  it('compacts the log while people keep typing, and loses nothing compacted or typed since', async () => {
    const { dataDir, article, writer, textAfterKillAndRestart } = await writerOnNewHub();

    let expected = await typeWords(writer, 0, EDITS);
    await waitFor(() => acknowledged(writer), 'the first edits to be acknowledged');
    // The debounced store folds the log into one state once typing pauses.
    await waitFor(() => storedRows(dataDir, article).states === 1 && storedRows(dataDir, article).updates === 0, 'the log to be compacted');
    expected += await typeWords(writer, EDITS, 50);
    await waitFor(() => acknowledged(writer), 'the later edits to be acknowledged');
    expect(storedRows(dataDir, article).updates).toBeGreaterThan(0);
    expect(await textAfterKillAndRestart()).toBe(expected);
  });

  it('keeps what a workstation typed offline once the hub has acknowledged it on connecting (SyncStep2), through a SIGKILL', async () => {
    const { writer, token, article, textAfterKillAndRestart } = await writerOnNewHub();
    let expected = await typeWords(writer, 0, 20);
    await waitFor(() => acknowledged(writer), 'the online edits to be acknowledged');
    // The workstation goes offline and keeps typing into its own copy; then it starts again and connects with what it kept.
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(writer.doc));
    writer.destroy();
    const text = local.getText('body');
    for (let i = 20; i < 20 + EDITS; i += 1) {
      text.insert(text.length, `w${i} `);
      expected += `w${i} `;
    }
    const back = openCollabClient(hub!.collabUrl, article, token, local);
    clients.push(back);
    await waitFor(() => acknowledged(back), 'the offline edits to be acknowledged');
    expect(await textAfterKillAndRestart()).toBe(expected);
  });
});
