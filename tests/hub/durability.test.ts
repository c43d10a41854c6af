import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { acknowledged, WAIT_MS, type CollabClient } from './support/collab-client';
import { useWriterOnHub } from './support/writer-on-hub';
import { waitFor } from '../support/wait';

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
const writerOnNewHub = useWriterOnHub();

/** Live keystrokes, one small update each: every acknowledged one is there after a SIGKILL. */
async function liveEditsSurviveAKill(databaseUrl?: string) {
  const { writer, textAfterKillAndRestart } = await writerOnNewHub(databaseUrl);
  const expected = await typeWords(writer, 0, EDITS);
  await waitFor('the hub to acknowledge every edit', WAIT_MS, () => acknowledged(writer));
  // The debounced store (2 s) has not run: only what was written before each acknowledgement is left.
  expect(await textAfterKillAndRestart()).toBe(expected);
}

/** What a workstation typed offline reaches the hub in one SyncStep2 when it connects: once acknowledged, it survives a SIGKILL. */
async function offlineEditsSurviveAKill(databaseUrl?: string) {
  const { writer, open, textAfterKillAndRestart } = await writerOnNewHub(databaseUrl);
  let expected = await typeWords(writer, 0, 20);
  await waitFor('the online edits to be acknowledged', WAIT_MS, () => acknowledged(writer));
  // The workstation goes offline and keeps typing into its own copy; then it starts again and connects with what it kept.
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(writer.doc));
  writer.destroy();
  const text = local.getText('body');
  for (let i = 20; i < 20 + EDITS; i += 1) {
    text.insert(text.length, `w${i} `);
    expected += `w${i} `;
  }
  const back = open(local);
  await waitFor('the offline edits to be acknowledged', WAIT_MS, () => acknowledged(back));
  expect(await textAfterKillAndRestart()).toBe(expected);
}

describe('what the hub has acknowledged (embedded store)', () => {
  it('survives a SIGKILL of the hub at once after the last acknowledgement', () => liveEditsSurviveAKill());

  it('compacts the log while people keep typing, and loses nothing compacted or typed since', async () => {
    const { dataDir, article, writer, textAfterKillAndRestart } = await writerOnNewHub();

    let expected = await typeWords(writer, 0, EDITS);
    await waitFor('the first edits to be acknowledged', WAIT_MS, () => acknowledged(writer));
    // The debounced store folds the log into one state once typing pauses.
    await waitFor('the log to be compacted', WAIT_MS, () => storedRows(dataDir, article).states === 1 && storedRows(dataDir, article).updates === 0);
    expected += await typeWords(writer, EDITS, 50);
    await waitFor('the later edits to be acknowledged', WAIT_MS, () => acknowledged(writer));
    expect(storedRows(dataDir, article).updates).toBeGreaterThan(0);
    expect(await textAfterKillAndRestart()).toBe(expected);
  });

  it('keeps what a workstation typed offline once the hub has acknowledged it on connecting (SyncStep2), through a SIGKILL', () =>
    offlineEditsSurviveAKill());
});

describe('what the hub has acknowledged (on PostgreSQL)', () => {
  let postgres: TestPostgres | undefined;
  beforeAll(async () => {
    postgres = await startTestPostgres();
  });
  afterAll(async () => {
    await postgres?.stop();
  });

  it('survives a SIGKILL of the hub at once after the last acknowledgement', async () => liveEditsSurviveAKill(await postgres!.createDatabase()));

  it('keeps what a workstation typed offline once acknowledged on connecting, through a SIGKILL', async () =>
    offlineEditsSurviveAKill(await postgres!.createDatabase()));
});
