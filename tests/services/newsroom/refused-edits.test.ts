import { describe, expect, it } from 'vitest';
import { HUB_TEST_MS, useNewsroomHub } from './support/newsroom-hub';
import { join } from 'node:path';
import { bodyFromDoc, seedDoc } from '../../../shared/collab';
import { heldRepository } from '../../../electron/newsroom/replica/held-repository';
import type { Replica } from '../../../electron/newsroom/replica/replica';
import { useTempDirs } from '../../support/temp-dir';
import { useGalley } from '../../support/galley';
import { startLoopbackProxy } from '../../support/loopback-proxy';
import { articleDocumentName } from '../../../shared/contract/hub';
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
const newGalley = useGalley();
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
const ledeOf = (replica: Replica): string => {
  const first = replica.body().editorState.root.children[0] as { children: Array<{ text: string }> };
  return first.children.map((child) => child.text).join('');
};
const type = (replica: Replica, at: number, text: string): void => edit(replica.editor, () => $firstTextOf(0).spliceText(at, 0, text, false));
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

    type(writer.replica, 0, 'LATE ');
    await waitFor('the refused edit to be held apart', () => heard.length === 1);
    const [held] = heldRepository(writer.db).list(document);
    expect(held).toMatchObject({ document, changes: 1 });
    expect(held!.reason).toContain('approved');
    expect(JSON.stringify(held!.body)).toContain(`LATE ${LEDE}`);
    // The writer's document is the hub's again, and nothing is counted as waiting.
    expect(ledeOf(writer.replica)).toBe(LEDE);
    await waitFor('nothing to be counted as waiting', () => writer.replica.waitingChanges() === 0 && writer.link!.state().kind === 'synced');

    // The desk chief returns it: the writer may write again, and types something new.
    await step(chief, 'return');
    await waitFor('the writer to be told it may write again', accessIs(writer, false));
    type(writer.replica, 0, 'Fresh: ');
    await waitUntil('the new edit to reach the hub', 45_000, async () => (await ledeOnHub(document)) === `Fresh: ${LEDE}`);
    expect(await ledeOnHub(document)).not.toContain('LATE');

    // A restart and a new connection do not bring the held edit back either.
    writer.close();
    const reopened = station(file, document);
    expect(ledeOf(reopened.replica)).toBe(`Fresh: ${LEDE}`);
    reopened.connect(newsroom.hub().url, newsroom.token('wren'));
    await waitFor('the reopened workstation to sync', () => isSynced(reopened));
    type(reopened.replica, 0, 'Again: ');
    await waitUntil('the next edit to reach the hub', 45_000, async () => (await ledeOnHub(document)) === `Again: Fresh: ${LEDE}`);
    expect(heldRepository(reopened.db).list(document)).toHaveLength(1);
  }, LONG);

  it('are held apart at once when typed offline after the hub said the article is read-only, and stay out when write access is back', async () => {
    const proxy = await startLoopbackProxy(newsroom.hub().port);
    newsroom.afterTest(() => proxy.close());
    const document = await newsroom.hub().newArticle(newsroom.token('wren'));
    const writer = station(join(tempDir(), 'wren-proxy.sqlite'), document);
    seedDoc(writer.replica.doc, richBody(), richMeta());
    writer.connect(proxy.address, newsroom.token('wren'));
    await waitFor('the seeded draft to be on the hub', () => isSynced(writer));
    const chief = client(document, 'dora');
    await step(client(document, 'wren'), 'submit');
    await waitFor('the writer to be told it may not write', accessIs(writer, true));

    proxy.cut();
    await waitFor('the writer to be offline', () => writer.link!.state().kind === 'offline');
    type(writer.replica, 0, 'OFFLINE ');
    await waitFor('the edit to be held apart without the hub', () => heldRepository(writer.db).list(document).length === 1);
    expect(ledeOf(writer.replica)).toBe(LEDE);

    // Returned to the writer meanwhile: the next connection may write, and still never sends the held edit.
    await step(chief, 'take');
    await step(chief, 'return');
    proxy.restore();
    await waitFor('the writer to be back with write access', () => isSynced(writer) && writer.link!.access()?.readOnly === false);
    type(writer.replica, 0, 'Back: ');
    await waitUntil('the new edit to reach the hub', 45_000, async () => (await ledeOnHub(document)) === `Back: ${LEDE}`);
  }, LONG);

  it('are held apart when typed offline and refused at the reconnection after a restart', async () => {
    const file = join(tempDir(), 'wren-offline.sqlite');
    const { document, writer } = await writersDraft(file);
    // Offline: the writer types, then quits.
    writer.link!.close();
    type(writer.replica, 0, 'OFFLINE ');
    expect(writer.replica.waitingChanges()).toBe(1);
    writer.close();
    // Meanwhile the desk spikes the draft: the writer may no longer change it.
    const chief = client(document, 'dora');
    await step(chief, 'spike');

    const reopened = station(file, document);
    expect(ledeOf(reopened.replica)).toBe(`OFFLINE ${LEDE}`);
    reopened.connect(newsroom.hub().url, newsroom.token('wren'));
    await waitFor('the offline edit to be held apart', () => heldRepository(reopened.db).list(document).length === 1);
    expect(reopened.link!.access()?.readOnly).toBe(true);
    expect(ledeOf(reopened.replica)).toBe(LEDE);
    expect(JSON.stringify(heldRepository(reopened.db).list(document)[0]!.body)).toContain(`OFFLINE ${LEDE}`);

    // Reopened (spiked → draft): the writer may write again; the held edit stays out.
    await step(chief, 'reopen');
    await waitFor('the writer to be told it may write again', accessIs(reopened, false));
    type(reopened.replica, 0, 'Kept: ');
    await waitUntil('the new edit to reach the hub', 45_000, async () => (await ledeOnHub(document)) === `Kept: ${LEDE}`);
  }, LONG);

  it('on a joined workstation: the desk chief types after approving, the edit is held and shown; after "Reopen for changes" it stays out, and "Keep as new draft" makes an article of it', async () => {
    const g = newGalley();
    const dana = g.as('dana', 'desk_chief');
    // On the hub this workstation is dora, a desk chief, the article's author there and here.
    const { articleId, replica, link } = await newsroom.sharedArticle(g, 'dora', { session: dana.session });
    for (const action of ['submit', 'take', 'approve'] as const) {
      expect(await dana.call('workflow.transition', { articleId, action, ...(action === 'approve' ? { acknowledgements: [] } : {}) })).toMatchObject({ outcome: 'done' });
    }
    expect(link.access()).toEqual({ state: 'approved', readOnly: true });

    type(replica, 0, 'LATE ');
    await waitFor('the windows to be told of the held edit', () => g.events.some((e) => e.type === 'newsroom.heldChanged' && e.articleId === articleId));
    const [held] = await dana.call('newsroom.held.list', { articleId });
    expect(held).toMatchObject({ changes: 1, reason: expect.stringContaining('approved') });
    expect(ledeOf(replica)).toBe(LEDE);

    expect(await dana.call('workflow.transition', { articleId, action: 'reopen' })).toMatchObject({ outcome: 'done', status: { state: 'in_edit' } });
    await waitFor('write access to be back', () => link.access()?.readOnly === false);
    type(replica, 0, 'Fresh: ');
    await waitUntil('the new edit to reach the hub', 45_000, async () => (await ledeOnHub(articleDocumentName(articleId))) === `Fresh: ${LEDE}`);

    const { articleId: draftId } = await dana.call('newsroom.held.keepAsDraft', { articleId, id: held!.id });
    const draft = await dana.call('articles.get', { id: draftId });
    expect(draft.state).toBe('draft');
    expect(JSON.stringify(draft.body)).toContain(`LATE ${LEDE}`);
    expect(await dana.call('newsroom.held.list', { articleId })).toEqual([]);
  }, LONG);
});
