import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../../electron/services';
import { useGalley, type TestGalley } from '../../support/galley';
import { clientFor } from '../../support/seed-session';
import type { AuthGrant } from '../../../shared/domain/user';
import { useTempDirs } from '../../support/temp-dir';
import { bodyOf, paragraph } from '../../support/bodies';
import { encryptedFileStore } from '../../../electron/publishing/credentials/encrypted-file';
import { collabRepository } from '../../../electron/newsroom/replica/collab-repository';
import { metaFromDoc, bodyFromDoc } from '../../../shared/collab';
import { articleDocumentName } from '../../../shared/contract/hub';
import type { GalleyEvent } from '../../../shared/contract/events';
import { addHubUser, HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from '../../hub/support/hub-process';
import { waitFor } from './support/workstation';
import { openCollabClient } from '../../hub/support/collab-client';

const newGalley = useGalley();
const tempDir = useTempDirs();

let hub: HubProcess;
beforeAll(async () => {
  const dataDir = newHubDataDir();
  await addHubUser(dataDir, 'wren', 'writer');
  await addHubUser(dataDir, 'eddie', 'editor');
  hub = await startHubProcess(dataDir);
}, 120_000);
afterAll(async () => {
  await hub?.stop();
  removeDataDirs();
});

function workstation(): TestGalley {
  const dataDir = tempDir();
  return newGalley(dataDir, { publishing: { secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: 'workstation passphrase' }) } });
}

/**
 * A workstation joined to the hub, with `hubAccount` signed in through it: the relay's link
 * to the hub is that person's (their own hub token), as on a desk.
 */
async function joined(hubAccount: string): Promise<TestGalley> {
  const g = workstation();
  await g.admin.call('newsroom.join', { hub: hub.url, name: hubAccount, password: HUB_TEST_PASSWORD });
  const signedIn = await g.galley.dispatch('auth.signIn', { name: hubAccount, password: HUB_TEST_PASSWORD }, null);
  if (!signedIn.ok) throw new Error(`signing in ${hubAccount} through the hub failed: ${signedIn.error.message}`);
  const grant = signedIn.value as AuthGrant;
  return { ...g, ...clientFor(g.galley, grant.session, grant.token!) };
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** A window's copy of the shared document, made from what opening answered. */
function windowDoc(state: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytes(state));
  return doc;
}

/** Types into a window's copy of the headline and answers the update it made. */
function typeHeadline(doc: Y.Doc, at: number, text: string): string {
  let made: Uint8Array | null = null;
  const take = (update: Uint8Array) => (made = update);
  doc.on('update', take);
  doc.getText('headline').insert(at, text);
  doc.off('update', take);
  return b64(made!);
}

const updatesOf = (events: GalleyEvent[], articleId: string) =>
  events.filter((e): e is Extract<GalleyEvent, { type: 'collab.update' }> => e.type === 'collab.update' && e.articleId === articleId);

const PEER_1 = 'window-one-aaaa';
const PEER_2 = 'window-two-bbbb';

describe('the live relay (real hub process, real library files)', () => {
  it('keeps a workstation that is not joined solo', async () => {
    const g = workstation();
    const article = await g.call('articles.create', {});
    expect(await g.call('collab.open', { articleId: article.id, peer: PEER_1 })).toEqual({ shared: false });
    expect(g.galley.db.prepare('SELECT count(*) FROM shared_articles').pluck().get()).toBe(0);
  });

  it('registers and seeds an article once, relays each window’s change to the others and to another workstation', { timeout: 120_000 }, async () => {
    const a = await joined('wren');
    const article = await a.call('articles.create', { meta: { headline: 'Bridge closes' } });
    await a.call('articles.save', {
      id: article.id,
      baseVersion: article.version,
      body: bodyOf(paragraph('The council voted at midnight.')),
    });

    const first = await a.call('collab.open', { articleId: article.id, peer: PEER_1 });
    if (!first.shared) throw new Error('the article should be shared');
    expect(first.writable).toBe(true);
    const one = windowDoc(first.state);
    expect(metaFromDoc(one).headline).toBe('Bridge closes');
    expect(JSON.stringify(bodyFromDoc(one))).toContain('The council voted at midnight.');

    // A second window shares the same replica: the article is in it once, not seeded twice.
    const second = await a.call('collab.open', { articleId: article.id, peer: PEER_2 });
    if (!second.shared) throw new Error('the article should be shared');
    const two = windowDoc(second.state);
    expect(metaFromDoc(two).headline).toBe('Bridge closes');
    expect(JSON.stringify(bodyFromDoc(two)).match(/The council voted/g)).toHaveLength(1);

    // A window's change is in the library when the call returns, and told to the other window only.
    const log = collabRepository(a.galley.db);
    const before = log.count(articleDocumentName(article.id));
    await a.call('collab.push', { articleId: article.id, peer: PEER_1, update: typeHeadline(one, 0, 'Live: ') });
    expect(log.count(articleDocumentName(article.id))).toBe(before + 1);
    const told = updatesOf(a.events, article.id).at(-1)!;
    expect(told.from).toBe(PEER_1);
    Y.applyUpdate(two, bytes(told.update));
    expect(metaFromDoc(two).headline).toBe('Live: Bridge closes');

    // Someone here whom the workflow does not let change the writer's draft is refused here,
    // whatever the workstation's hub account may do.
    const colleague = a.as('edna', 'editor', 'Edna Editor');
    const refused = await colleague.raw('collab.push', { articleId: article.id, peer: PEER_2, update: typeHeadline(windowDoc(first.state), 0, 'x') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(log.count(articleDocumentName(article.id))).toBe(before + 1);

    // Another workstation (the editor's) brings the article over by its id and hears the writer live.
    const b = await joined('eddie');
    expect(await b.call('collab.adopt', { articleId: article.id })).toEqual({ adopted: true });
    expect((await b.call('articles.get', { id: article.id })).meta.headline).toBe('Live: Bridge closes');
    const onB = await b.call('collab.open', { articleId: article.id, peer: PEER_1 });
    if (!onB.shared) throw new Error('the article should be shared on the second workstation');
    expect(onB.writable).toBe(false); // a draft is its author's to change
    const editorsCopy = windowDoc(onB.state);
    await a.call('collab.push', { articleId: article.id, peer: PEER_2, update: typeHeadline(two, two.getText('headline').length, ' tonight') });
    await waitFor('the writer’s change to reach the editor’s window', () => {
      for (const event of updatesOf(b.events, article.id)) Y.applyUpdate(editorsCopy, bytes(event.update));
      return metaFromDoc(editorsCopy).headline === 'Live: Bridge closes tonight';
    });

    // Presence: the writer's window says who is there; the editor's workstation hears it through the hub,
    // and hears it go when the window leaves.
    const writerHere = new Awareness(one);
    const heard = new Awareness(new Y.Doc());
    try {
      writerHere.setLocalState({ name: 'Wren Writer', color: '#1f6feb' });
      await a.call('collab.awareness', { articleId: article.id, peer: PEER_1, update: b64(encodeAwarenessUpdate(writerHere, [one.clientID])) });
      const awarenessOn = (g: TestGalley) => g.events.filter((e) => e.type === 'collab.awareness' && e.articleId === article.id);
      let seenOnB = 0;
      const followB = () => {
        for (const event of awarenessOn(b).slice(seenOnB)) if (event.type === 'collab.awareness') applyAwarenessUpdate(heard, bytes(event.update), 'test');
        seenOnB = awarenessOn(b).length;
      };
      await waitFor('the writer’s presence to reach the other workstation', () => {
        followB();
        return (heard.getStates().get(one.clientID) as { name?: string } | undefined)?.name === 'Wren Writer';
      });
      await a.call('collab.close', { articleId: article.id, peer: PEER_1 });
      await waitFor('the writer’s window to leave the other workstation’s presence', () => {
        followB();
        return (heard.getStates().get(one.clientID) as { name?: string } | undefined)?.name === undefined;
      }, 15_000); // well before the 30 s awareness timeout, which would remove it anyway
    } finally {
      writerHere.destroy();
      heard.destroy();
    }

    // The last window leaving closes the replica; a late change from it is refused, not lost silently.
    await a.call('collab.close', { articleId: article.id, peer: PEER_2 });
    const late = await a.raw('collab.push', { articleId: article.id, peer: PEER_1, update: typeHeadline(one, 0, 'x') });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Opened again, it is not seeded a second time.
    const again = await a.call('collab.open', { articleId: article.id, peer: PEER_1 });
    if (!again.shared) throw new Error('the article should still be shared');
    expect(metaFromDoc(windowDoc(again.state)).headline).toBe('Live: Bridge closes tonight');
    expect(JSON.stringify(bodyFromDoc(windowDoc(again.state))).match(/The council voted/g)).toHaveLength(1);
    await a.call('collab.close', { articleId: article.id, peer: PEER_1 });
  });

  it('refuses what is not an update, and adopts nothing the hub does not have', { timeout: 60_000 }, async () => {
    const a = await joined('wren');
    const article = await a.call('articles.create', {});
    const opened = await a.call('collab.open', { articleId: article.id, peer: PEER_1 });
    expect(opened.shared).toBe(true);
    const bad = await a.raw('collab.push', { articleId: article.id, peer: PEER_1, update: b64(new Uint8Array([1, 2, 3, 250, 251])) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    await a.call('collab.close', { articleId: article.id, peer: PEER_1 });
    const b = await joined('eddie');
    expect(await b.call('collab.adopt', { articleId: '00000000-0000-4000-8000-000000000000' })).toEqual({ adopted: false });
  });

  it('tells the windows at once when the hub takes write access away after a step, and gives it back', { timeout: 120_000 }, async () => {
    const a = await joined('wren');
    const article = await a.call('articles.create', { meta: { headline: 'Bridge closes' } });
    const opened = await a.call('collab.open', { articleId: article.id, peer: PEER_1 });
    expect(opened).toMatchObject({ shared: true, writable: true });
    const told = () => a.events.filter((e): e is Extract<GalleyEvent, { type: 'collab.access' }> => e.type === 'collab.access' && e.articleId === article.id);

    // Submitted (a step the hub decides): the writer may no longer change the text.
    await a.call('workflow.transition', { articleId: article.id, action: 'submit' });
    await waitFor('the windows to be told the text is read-only', () => told().at(-1)?.writable === false);
    // Back to the writer (an editor returns it, on the hub): writable again, told without reopening.
    const editor = openCollabClient(hub.collabUrl, articleDocumentName(article.id), (await hub.signIn('eddie')).token);
    try {
      await waitFor('the editor to sync', () => editor.synced);
      expect(await editor.step({ action: 'return' })).toMatchObject({ ok: true, state: 'returned' });
      await waitFor('the windows to be told the text is writable again', () => told().at(-1)?.writable === true);
    } finally {
      editor.destroy();
    }
    await a.call('collab.close', { articleId: article.id, peer: PEER_1 });
  });

  it('writes the shared text back to the article when the workstation closes with it open', { timeout: 120_000 }, async () => {
    const a = await joined('wren');
    const article = await a.call('articles.create', { meta: { headline: 'Bridge closes' } });
    const opened = await a.call('collab.open', { articleId: article.id, peer: PEER_1 });
    if (!opened.shared) throw new Error('the article should be shared');
    // Typed a moment before quitting: the write-back's pause has not run yet.
    await a.call('collab.push', { articleId: article.id, peer: PEER_1, update: typeHeadline(windowDoc(opened.state), 0, 'Late: ') });
    a.galley.close();
    const library = new Database(join(a.dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(library.prepare('SELECT headline FROM articles WHERE id = ?').pluck().get(article.id)).toBe('Late: Bridge closes');
    } finally {
      library.close();
    }
  });
});
