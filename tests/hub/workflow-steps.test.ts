import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bodyFromDoc, metaFromDoc, seedDoc } from '../../shared/collab';
import { HEADLINE_TEXT } from '../../shared/collab/layout';
import type { Role } from '../../shared/domain/session';
import { HUB_DATABASE_FILE, openSqliteHubStore } from '../../hub/store/sqlite/sqlite-hub-store';
import { contentHash } from '../../shared/node/content-hash';
import { verifyChain } from '../../shared/node/hash-chain';
import type * as Y from 'yjs';
import { waitFor } from '../support/wait';
import { richBody, richMeta } from '../unit/collab/fixtures';
import { acknowledged, openCollabClient, WAIT_MS, type CollabClient } from './support/collab-client';
import { addHubUser, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from './support/hub-process';
import { setStateBesideTheHub } from './support/registry-beside-hub';
import { startTestPostgres, type TestPostgres } from '../support/postgres';

const PEOPLE: Record<string, Role> = { wren: 'writer', eddie: 'editor', dora: 'desk_chief', ada: 'admin' };

let hub: HubProcess;
const tokens = new Map<string, string>();
const ids = new Map<string, string>();
const clients: CollabClient[] = [];
async function connect(document: string, name: string): Promise<CollabClient> {
  const client = openCollabClient(hub.collabUrl, document, tokens.get(name)!);
  clients.push(client);
  await waitFor(`${name} to sync`, WAIT_MS, () => client.synced);
  return client;
}
const hashOf = (doc: Y.Doc) => contentHash(metaFromDoc(doc), bodyFromDoc(doc));
const headline = (client: CollabClient) => client.doc.getText(HEADLINE_TEXT);

beforeAll(async () => {
  const dataDir = newHubDataDir();
  for (const [name, role] of Object.entries(PEOPLE)) await addHubUser(dataDir, name, role);
  hub = await startHubProcess(dataDir);
  for (const name of Object.keys(PEOPLE)) {
    const grant = await hub.signIn(name);
    tokens.set(name, grant.token);
    ids.set(name, grant.account.id);
  }
}, 120_000);
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await hub?.stop();
  removeDataDirs();
});

/** A draft by wren, seeded with a whole article and on the hub. */
async function seededDraft(): Promise<{ document: string; writer: CollabClient }> {
  const document = await hub.newArticle(tokens.get('wren')!);
  const writer = await connect(document, 'wren');
  seedDoc(writer.doc, richBody(), richMeta());
  await waitFor('the seeded draft to be on the hub', WAIT_MS, () => acknowledged(writer));
  return { document, writer };
}

describe('workflow steps decided by the hub (stateless messages)', () => {
  it('takes an article from draft to approved, refusing each step its person may not take, and approves the hub’s own hash', async () => {
    const { document, writer } = await seededDraft();
    const editor = await connect(document, 'eddie');
    const chief = await connect(document, 'dora');

    expect(await editor.step({ action: 'submit' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await writer.step({ action: 'approve' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await writer.step({ action: 'submit' })).toEqual({ ok: true, state: 'submitted', approvedHash: null });
    // Every connection is told where it stands now.
    for (const client of [writer, editor, chief]) {
      await waitFor('the access notice', WAIT_MS, () => client.notices.length === 1);
      expect(client.notices).toEqual([{ notice: 'access', state: 'submitted', readOnly: true }]);
    }
    // Submitted: the writer's connection is read-only now, and an edit is refused.
    headline(writer).insert(0, 'Late: ');
    await waitFor('the writer’s late edit to be refused', WAIT_MS, () => writer.refusedUpdates >= 1);

    expect(await editor.step({ action: 'take' })).toEqual({ ok: true, state: 'in_edit', approvedHash: null });
    await waitFor('the editor to be told it may write', WAIT_MS, () => editor.notices.length === 2);
    expect(editor.notices.at(-1)).toEqual({ notice: 'access', state: 'in_edit', readOnly: false });
    headline(editor).insert(headline(editor).length, ' (edited)');
    await waitFor('the editor’s edit to be on the hub', WAIT_MS, () => acknowledged(editor));
    // Desk chiefs approve; an editor cannot, not even the one holding it.
    expect(await editor.step({ action: 'approve' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await editor.step({ action: 'pass' })).toEqual({ ok: true, state: 'ready', approvedHash: null });

    await waitFor('the desk to have the editor’s text', WAIT_MS, () => headline(chief).toString() === headline(editor).toString());
    const read = hashOf(chief.doc);
    const approved = await chief.step({ action: 'approve', expectHash: read });
    expect(approved).toEqual({ ok: true, state: 'approved', approvedHash: read });

    // Approved: the editor can no longer write either.
    headline(editor).insert(0, 'After approval: ');
    await waitFor('the editor’s edit after approval to be refused', WAIT_MS, () => editor.refusedUpdates >= 1);
    const reader = await connect(document, 'eddie');
    expect(hashOf(reader.doc)).toBe(read);
  });

  it('refuses, in words the desk can act on, to approve a shared text that breaks the article’s rules, and approves it once fixed', async () => {
    const { document, writer } = await seededDraft();
    expect(await writer.step({ action: 'submit' })).toMatchObject({ ok: true });
    const chief = await connect(document, 'dora');
    expect(await chief.step({ action: 'take' })).toMatchObject({ ok: true, state: 'in_edit' });
    const kept = headline(chief).length;
    headline(chief).insert(kept, ' '.padEnd(501 - kept, 'x'));
    await waitFor('the long headline to be on the hub', WAIT_MS, () => acknowledged(chief));
    expect(await chief.step({ action: 'approve' })).toEqual({ ok: false, code: 'BAD_INPUT', message: expect.stringMatching(/headline is not valid.*Fix it, then approve again\.$/) });
    headline(chief).delete(kept, headline(chief).length - kept);
    await waitFor('the fix to be on the hub', WAIT_MS, () => acknowledged(chief));
    expect(await chief.step({ action: 'approve' })).toMatchObject({ ok: true, state: 'approved' });
  });

  it('refuses an approval when the text changed since the approver read it, and crafted steps, with clear answers', async () => {
    const { document, writer } = await seededDraft();
    setStateBesideTheHub(hub.dataDir, document, 'in_edit', ids.get('dora')!);
    const chief = await connect(document, 'dora');
    const before = hashOf(chief.doc);
    headline(chief).insert(0, 'Changed: ');
    await waitFor('the change to be on the hub', WAIT_MS, () => acknowledged(chief));

    expect(await chief.step({ action: 'approve', expectHash: before })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'The text changed since you read it: read it again, then approve.',
    });
    for (const crafted of ['not json', JSON.stringify({ action: 'bless' }), JSON.stringify({ action: 'approve', expectHash: 'short' }), JSON.stringify({ action: 'take', as: 'dora' })]) {
      expect(await writer.step(crafted)).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    }
    const store = openSqliteHubStore(hub.dataDir);
    try {
      expect((await store.findArticle(document.slice('article:'.length)))?.state).toBe('in_edit');
    } finally {
      await store.close();
    }
  });

  it('keeps an audit chain of the steps that verifies, and tells a row altered afterwards', async () => {
    const { writer } = await seededDraft();
    expect(await writer.step({ action: 'submit' })).toMatchObject({ ok: true });
    const read = async () => {
      const store = openSqliteHubStore(hub.dataDir);
      try {
        return await store.listAudit();
      } finally {
        await store.close();
      }
    };
    const audit = await read();
    expect(audit.at(-1)).toMatchObject({ action: 'submit', actorId: ids.get('wren'), fromState: 'draft', toState: 'submitted' });
    // Before it, the seeding: each update the hub accepted, by whom, with its sha256 and size.
    const updates = audit.filter((e) => e.action === 'update' && e.articleId === audit.at(-1)!.articleId);
    expect(updates.length).toBeGreaterThan(0);
    for (const entry of updates) {
      expect(entry.actorId).toBe(ids.get('wren'));
      expect(JSON.parse(entry.detailsJson)).toEqual({ bytes: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    }
    expect(verifyChain(audit).ok).toBe(true);

    const db = new DatabaseSync(join(hub.dataDir, HUB_DATABASE_FILE));
    try {
      db.prepare("UPDATE audit_entries SET actor_name = 'Someone else' WHERE seq = ?").run(audit.at(-1)!.seq);
    } finally {
      db.close();
    }
    expect(verifyChain(await read())).toMatchObject({ ok: false, broken: { seq: audit.at(-1)!.seq } });
  });
});

describe('an approval racing an edit', () => {
  let postgres: TestPostgres | null = null;
  const hubs: HubProcess[] = [];
  afterAll(async () => {
    for (const started of hubs.splice(0)) await started.stop();
    await postgres?.stop();
  });

  // On PostgreSQL every store call is real I/O, so an update's check and its apply are far apart.
  it.each(['embedded', 'PostgreSQL'] as const)(
    'never approves a hash other than the hub’s text while the approver types in another window (%s store)',
    async (engine) => {
      let databaseUrl: string | undefined;
      if (engine === 'PostgreSQL') {
        postgres ??= await startTestPostgres();
        databaseUrl = await postgres.createDatabase();
      }
      const dataDir = newHubDataDir();
      for (const [name, role] of Object.entries(PEOPLE)) await addHubUser(dataDir, name, role, undefined, databaseUrl);
      const racing = await startHubProcess(dataDir, { databaseUrl });
      hubs.push(racing);
      const token = async (name: string) => (await racing.signIn(name)).token;
      const open = async (document: string, name: string) => {
        const client = openCollabClient(racing.collabUrl, document, await token(name));
        clients.push(client);
        await waitFor(`${name} to sync`, WAIT_MS, () => client.synced);
        return client;
      };

      const document = await racing.newArticle(await token('wren'));
      const writer = await open(document, 'wren');
      seedDoc(writer.doc, richBody(), richMeta());
      await waitFor('the seeded draft to be on the hub', WAIT_MS, () => acknowledged(writer));
      expect(await writer.step({ action: 'submit' })).toMatchObject({ ok: true });
      const approving = await open(document, 'dora');
      expect(await approving.step({ action: 'take' })).toMatchObject({ ok: true, state: 'in_edit' });
      const typing = await open(document, 'dora');

      const seeded = headline(typing).length;
      let answered = false;
      const typed = (async () => {
        // Keystrokes one at a time until the approval is answered. On a slow machine that can be
        // many: past 400 characters each one also takes one off, as the headline holds at most 500.
        for (let i = 0; !answered && i < 5_000; i++) {
          typing.doc.transact(() => {
            if (headline(typing).length >= 400) headline(typing).delete(seeded, 1);
            headline(typing).insert(headline(typing).length, String(i % 10));
          });
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
      })();
      await waitFor('some keystrokes to reach the other window', WAIT_MS, () => headline(approving).length >= seeded + 20);
      const answer = await approving.step({ action: 'approve' });
      answered = true;
      await typed;
      expect(answer).toMatchObject({ ok: true, state: 'approved' });
      // Every keystroke sent is answered: applied before the approval, or refused after it.
      await waitFor('every keystroke to be answered', WAIT_MS, () => typing.provider.unsyncedChanges === typing.refusedUpdates);
      const reader = openCollabClient(racing.collabUrl, document, await token('eddie'));
      clients.push(reader);
      await waitFor('a reader to sync', WAIT_MS, () => reader.synced);
      expect(typing.refusedUpdates).toBeGreaterThan(0);
      expect(hashOf(reader.doc)).toBe(answer.ok ? answer.approvedHash : null);
    },
    120_000,
  );
});
