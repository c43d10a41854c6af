import { describe, expect, it } from 'vitest';
import { HUB_TEST_MS, useNewsroomHub } from './support/newsroom-hub';
import { join } from 'node:path';
import { bodyFromDoc, seedDoc } from '../../../shared/collab';
import { heldRepository } from '../../../electron/newsroom/replica/held-repository';
import { useTempDirs } from '../../support/temp-dir';
import { waitFor as waitUntil } from '../../support/wait';
import { $firstTextOf, edit, LEDE, richBody, richMeta } from '../../unit/collab/fixtures';
import { openCollabClient, type CollabClient } from '../../hub/support/collab-client';
import { isSynced, openWorkstation, waitFor, type Workstation } from './support/workstation';

/**
 * Issue 18, "Refused edits are never merged silently", against the real hub (built:
 * `npm run build`): a writer's edits that the hub refuses are held apart on the writer's
 * workstation, shown, and never reach the hub's text, even when write access returns.
 */
const tempDir = useTempDirs();
const LONG = HUB_TEST_MS;
const newsroom = useNewsroomHub();

function station(file: string, document: string): Workstation {
  const opened = openWorkstation(file, document);
  newsroom.afterTest(() => opened.close());
  return opened;
}
function client(document: string, name: string): CollabClient {
  const opened = openCollabClient(newsroom.hub().collabUrl, document, newsroom.token(name));
  newsroom.afterTest(() => opened.destroy());
  return opened;
}
async function step(by: CollabClient, action: string): Promise<void> {
  await waitFor('the client to sync', () => by.synced);
  expect(await by.step({ action })).toMatchObject({ ok: true });
}
/** The article's lede as the hub has it, read by a fresh connection. */
async function ledeOnHub(document: string): Promise<string> {
  const reader = openCollabClient(newsroom.hub().collabUrl, document, newsroom.token('dora'));
  try {
    await waitFor('a fresh reader to sync', () => reader.synced);
    const first = bodyFromDoc(reader.doc).editorState.root.children[0] as { children: Array<{ text: string }> };
    return first.children.map((child) => child.text).join('');
  } finally {
    reader.destroy();
  }
}
const ledeOf = (ws: Workstation): string => {
  const first = ws.replica.body().editorState.root.children[0] as { children: Array<{ text: string }> };
  return first.children.map((child) => child.text).join('');
};
const type = (ws: Workstation, at: number, text: string): void => edit(ws.replica.editor, () => $firstTextOf(0).spliceText(at, 0, text, false));
const accessIs = (ws: Workstation, readOnly: boolean) => () => ws.link?.access()?.readOnly === readOnly;

/** A draft by wren, seeded and on the hub, open on wren's workstation. */
async function writersDraft(file: string): Promise<{ document: string; writer: Workstation }> {
  const document = await newsroom.hub().newArticle(newsroom.token('wren'));
  const writer = station(file, document);
  seedDoc(writer.replica.doc, richBody(), richMeta());
  writer.connect(newsroom.hub().url, newsroom.token('wren'));
  await waitFor('the seeded draft to be on the hub', () => isSynced(writer));
  return { document, writer };
}

describe('edits the hub refuses', () => {
  it('are held apart when typed after the approval, and never reach the hub, not even once the writer may write again', async () => {
    const file = join(tempDir(), 'wren.sqlite');
    const { document, writer } = await writersDraft(file);
    expect(writer.link!.access()).toEqual({ state: null, readOnly: false });
    const heard: unknown[] = [];
    writer.link!.onHeld((held) => heard.push(held));

    await step(client(document, 'wren'), 'submit');
    const chief = client(document, 'dora');
    await step(chief, 'take');
    await step(chief, 'approve');
    await waitFor('the writer to be told the article is approved', () => writer.link!.access()?.state === 'approved');
    expect(writer.link!.access()).toEqual({ state: 'approved', readOnly: true });

    type(writer, 0, 'LATE ');
    await waitFor('the refused edit to be held apart', () => heard.length === 1);
    const [held] = heldRepository(writer.db).list(document);
    expect(held).toMatchObject({ document, changes: 1 });
    expect(held!.reason).toContain('approved');
    expect(JSON.stringify(held!.body)).toContain(`LATE ${LEDE}`);
    // The writer's document is the hub's again, and nothing is counted as waiting.
    expect(ledeOf(writer)).toBe(LEDE);
    await waitFor('nothing to be counted as waiting', () => writer.replica.waitingChanges() === 0 && writer.link!.state().kind === 'synced');

    // The desk chief returns it: the writer may write again, and types something new.
    await step(chief, 'return');
    await waitFor('the writer to be told it may write again', accessIs(writer, false));
    type(writer, 0, 'Fresh: ');
    await waitUntil('the new edit to reach the hub', 45_000, async () => (await ledeOnHub(document)) === `Fresh: ${LEDE}`);
    expect(await ledeOnHub(document)).not.toContain('LATE');

    // A restart and a new connection do not bring the held edit back either.
    writer.close();
    const reopened = station(file, document);
    expect(ledeOf(reopened)).toBe(`Fresh: ${LEDE}`);
    reopened.connect(newsroom.hub().url, newsroom.token('wren'));
    await waitFor('the reopened workstation to sync', () => isSynced(reopened));
    type(reopened, 0, 'Again: ');
    await waitUntil('the next edit to reach the hub', 45_000, async () => (await ledeOnHub(document)) === `Again: Fresh: ${LEDE}`);
    expect(heldRepository(reopened.db).list(document)).toHaveLength(1);
  }, LONG);

  it('are held apart when typed offline and refused at the reconnection after a restart', async () => {
    const file = join(tempDir(), 'wren-offline.sqlite');
    const { document, writer } = await writersDraft(file);
    // Offline: the writer types, then quits.
    writer.link!.close();
    type(writer, 0, 'OFFLINE ');
    expect(writer.replica.waitingChanges()).toBe(1);
    writer.close();
    // Meanwhile the desk spikes the draft: the writer may no longer change it.
    const chief = client(document, 'dora');
    await step(chief, 'spike');

    const reopened = station(file, document);
    expect(ledeOf(reopened)).toBe(`OFFLINE ${LEDE}`);
    reopened.connect(newsroom.hub().url, newsroom.token('wren'));
    await waitFor('the offline edit to be held apart', () => heldRepository(reopened.db).list(document).length === 1);
    expect(reopened.link!.access()?.readOnly).toBe(true);
    expect(ledeOf(reopened)).toBe(LEDE);
    expect(JSON.stringify(heldRepository(reopened.db).list(document)[0]!.body)).toContain(`OFFLINE ${LEDE}`);

    // Reopened (spiked → draft): the writer may write again; the held edit stays out.
    await step(chief, 'reopen');
    await waitFor('the writer to be told it may write again', accessIs(reopened, false));
    type(reopened, 0, 'Kept: ');
    await waitUntil('the new edit to reach the hub', 45_000, async () => (await ledeOnHub(document)) === `Kept: ${LEDE}`);
  }, LONG);
});
