import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HubErrorSchema, HubArticleSchema } from '../../shared/contract/hub';
import { WORKFLOW_STATES, type WorkflowState } from '../../shared/domain/article';
import type { Role } from '../../shared/domain/session';
import { can } from '../../shared/workflow/policy';
import { waitFor } from '../support/wait';
import { acknowledged, openCollabClient, WAIT_MS, type CollabClient } from './support/collab-client';
import { addHubUser, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from './support/hub-process';
import { loggedText, setStateBesideTheHub } from './support/registry-beside-hub';

/** The article's writer, another of each role, and whoever holds it in edit (eddie in edit, dora in correction). */
const PEOPLE: Record<string, Role> = {
  wren: 'writer',
  walt: 'writer',
  eddie: 'editor',
  erin: 'editor',
  dora: 'desk_chief',
  dan: 'desk_chief',
  ada: 'admin',
};
const HOLDER: Partial<Record<WorkflowState, string>> = { in_edit: 'eddie', correction: 'dora' };

let hub: HubProcess;
const people = new Map<string, { id: string; role: Role; token: string }>();
const clients: CollabClient[] = [];
const open = (document: string, name: string) => {
  const client = openCollabClient(hub.collabUrl, document, people.get(name)!.token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  const dataDir = newHubDataDir();
  for (const [name, role] of Object.entries(PEOPLE)) await addHubUser(dataDir, name, role);
  hub = await startHubProcess(dataDir);
  for (const [name, role] of Object.entries(PEOPLE)) {
    const grant = await hub.signIn(name);
    people.set(name, { id: grant.account.id, role, token: grant.token });
  }
}, 120_000);
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await hub?.stop();
  removeDataDirs();
});

const markersIn = (text: string) => (text.match(/\[[a-z]+\]/g) ?? []).sort();

describe('starting an article on the hub (POST /api/articles)', () => {
  it('registers a draft by the writer, editor or desk chief who asks, with the id they give or one the hub picks', async () => {
    for (const name of ['wren', 'eddie', 'dora']) {
      const answer = await hub.postArticle(people.get(name)!.token);
      expect(answer.status).toBe(201);
      expect(HubArticleSchema.parse(answer.json)).toMatchObject({ authorId: people.get(name)!.id, state: 'draft', holderId: null, approvedHash: null });
    }
    const id = crypto.randomUUID();
    const chosen = await hub.postArticle(people.get('wren')!.token, JSON.stringify({ id }));
    expect(HubArticleSchema.parse(chosen.json).id).toBe(id);
  });

  it('refuses an admin, a missing or unknown token, a body that is not a new article, and an id already taken', async () => {
    const wren = people.get('wren')!.token;
    const taken = HubArticleSchema.parse((await hub.postArticle(wren)).json).id;
    const answers = [
      await hub.postArticle(people.get('ada')!.token),
      await hub.postArticle(null),
      await hub.postArticle('not-a-token-the-hub-ever-gave-out-0123456789'),
      await hub.postArticle(wren, JSON.stringify({ id: 'article-1' })),
      await hub.postArticle(wren, JSON.stringify({ state: 'approved' })),
      await hub.postArticle(wren, JSON.stringify({ id: taken })),
    ];
    expect(answers.map((a) => [a.status, HubErrorSchema.parse(a.json).error.code])).toEqual([
      [403, 'FORBIDDEN'],
      [401, 'UNAUTHENTICATED'],
      [401, 'UNAUTHENTICATED'],
      [400, 'BAD_INPUT'],
      [400, 'BAD_INPUT'],
      [409, 'CONFLICT'],
    ]);
  });
});

describe('who may write an article, by role and state (the workflow policy, enforced by the hub)', () => {
  it.each(WORKFLOW_STATES)('in state %s, only those the policy lets edit write; every other update reaches no one and is not logged', async (state) => {
    const document = await hub.newArticle(people.get('wren')!.token);
    const holder = HOLDER[state];
    setStateBesideTheHub(hub.dataDir, document, state, holder === undefined ? null : people.get(holder)!.id);
    const facts = { state, authorId: people.get('wren')!.id, holderId: holder === undefined ? null : people.get(holder)!.id };
    const allowed = [...people].filter(([, p]) => can({ userId: p.id, role: p.role }, 'edit', facts) === true).map(([name]) => name);

    // Those who may read it (tests/hub/read-access.test.ts covers the others).
    const connected = ['wren', 'eddie', 'erin', 'dora', 'dan'].map((name) => ({ name, client: open(document, name) }));
    await waitFor('every person to sync', WAIT_MS, () => connected.every(({ client }) => client.synced));
    // Each connection is told at once whether it may write.
    for (const { name, client } of connected) {
      expect([name, client.provider.authorizedScope]).toEqual([name, allowed.includes(name) ? 'read-write' : 'readonly']);
    }
    for (const { name, client } of connected) client.text.insert(0, `[${name}]`);
    await waitFor('the hub to answer every edit', WAIT_MS, () =>
      connected.every(({ name, client }) => (allowed.includes(name) ? acknowledged(client) : client.refusedUpdates >= 1)),
    );

    const expected = allowed.map((name) => `[${name}]`).sort();
    const reader = open(document, 'dan');
    await waitFor('a new reader to sync', WAIT_MS, () => reader.synced);
    expect(markersIn(reader.text.toString())).toEqual(expected);
    expect(markersIn(await loggedText(hub.dataDir, document))).toEqual(expected);
  });

  it('refuses, and does not log, an edit sent on a connection opened while the writer could write, once the article is approved', async () => {
    const document = await hub.newArticle(people.get('wren')!.token);
    const writer = open(document, 'wren');
    const chief = open(document, 'dora');
    await waitFor('both to sync', WAIT_MS, () => writer.synced && chief.synced);
    writer.text.insert(0, 'Approved text.');
    await waitFor('the draft to be on the hub and at the desk', WAIT_MS, () => acknowledged(writer) && chief.text.toString() === 'Approved text.');

    setStateBesideTheHub(hub.dataDir, document, 'approved');
    writer.text.insert(writer.text.length, ' A late change.');
    await waitFor('the hub to refuse the late change', WAIT_MS, () => writer.refusedUpdates >= 1);
    expect(chief.text.toString()).toBe('Approved text.');
    expect(await loggedText(hub.dataDir, document)).toBe('Approved text.');
    // The connection stays read-only: a second try is refused as well.
    writer.text.insert(0, 'Another. ');
    await waitFor('the hub to refuse the second change', WAIT_MS, () => writer.refusedUpdates >= 2);
    expect(await loggedText(hub.dataDir, document)).toBe('Approved text.');
  });

  it('tells a connection the edit gate made read-only, and makes it writable again, and tells it, once the policy allows', async () => {
    const document = await hub.newArticle(people.get('wren')!.token);
    const writer = open(document, 'wren');
    const chief = open(document, 'dora');
    await waitFor('both to sync', WAIT_MS, () => writer.synced && chief.synced);
    writer.text.insert(0, 'Draft.');
    await waitFor('the draft to reach the desk', WAIT_MS, () => acknowledged(writer) && chief.text.toString() === 'Draft.');

    // Approved outside this connection's sight (no step on it tells it): its next edit meets the gate.
    setStateBesideTheHub(hub.dataDir, document, 'approved');
    writer.text.insert(writer.text.length, ' Refused.');
    await waitFor('the refusal and its notice', WAIT_MS, () => writer.refusedUpdates >= 1 && writer.notices.length >= 1);
    expect(writer.notices).toEqual([{ notice: 'access', state: 'approved', readOnly: true }]);

    // Returned to its writer: the same connection is told it may write again, without reconnecting.
    setStateBesideTheHub(hub.dataDir, document, 'returned');
    await waitFor('the notice that it may write again', WAIT_MS, () => writer.notices.length >= 2);
    expect(writer.notices.at(-1)).toEqual({ notice: 'access', state: 'returned', readOnly: false });
    // A workstation discards a refused edit (hub-design.md, "Refused edits") and goes on as a new client;
    // the next edit on this very connection is applied.
    writer.doc.clientID = writer.doc.clientID + 1;
    writer.text.insert(0, 'Again. ');
    await waitFor('the new edit at the desk', WAIT_MS, () => chief.text.toString() === 'Again. Draft.');
    expect(writer.refusedUpdates).toBe(1);
    expect(await loggedText(hub.dataDir, document)).toBe('Again. Draft.');
  });
});
