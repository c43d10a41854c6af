import { randomUUID, createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { HubArticleStep, HubSession, HubStore, NewHubUser } from '../../../hub/store/hub-store';
import { verifyChain } from '../../../shared/node/hash-chain';

/**
 * What every hub store must do, tested only through the HubStore interface so that the
 * embedded store and the PostgreSQL one are held to the same behaviour. `open` gives a new,
 * empty store each time; `cleanup` releases whatever `open` made (the store may already be closed).
 */
export interface OpenedStore {
  store: HubStore;
  cleanup(): Promise<void>;
}

const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** A document that records every update it makes, as a workstation would send them. */
function recordingDoc(): { doc: Y.Doc; updates: Uint8Array[]; write(text: string): Uint8Array } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return {
    doc,
    updates,
    write(text) {
      doc.getText('body').insert(doc.getText('body').length, text);
      return updates.at(-1)!;
    },
  };
}

function merged(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

const text = (doc: Y.Doc) => doc.getText('body').toString();

function newUser(name: string, overrides: Partial<NewHubUser> = {}): NewHubUser {
  return { id: randomUUID(), name, displayName: `${name} (display)`, role: 'writer', passwordHash: `{"hash":"${name}"}`, ...overrides };
}

/** A step taking `articleId` from `from` to `to`, taken by `actorId`. */
function step(articleId: string, actorId: string, from: HubArticleStep['from'], to: Partial<HubArticleStep['to']> & { state: HubArticleStep['to']['state'] }): HubArticleStep {
  return {
    articleId,
    from,
    to: { holderId: null, approvedHash: null, approvedStateVector: null, ...to },
    audit: { id: randomUUID(), at: new Date().toISOString(), actorId, actorName: 'Someone', action: 'step', revisionHash: null, note: null, detailsJson: '{}' },
  };
}

function newSession(userId: string, token = randomUUID()): HubSession {
  const now = Date.now();
  return {
    tokenHash: createHash('sha256').update(token).digest('hex'),
    userId,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 3_600_000).toISOString(),
  };
}

export function describeHubStoreContract(label: string, open: () => Promise<OpenedStore>): void {
  describe(`HubStore contract: ${label}`, () => {
    let opened: OpenedStore;
    let store: HubStore;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(async () => {
      await opened?.cleanup();
    });

    describe('documents', () => {
      it('loads an unknown document as null', async () => {
        expect(await store.loadDocument('article:never-written')).toBeNull();
      });

      it('gives back the appended updates byte for byte, in order, with rising sequence numbers', async () => {
        const source = recordingDoc();
        const seqs: number[] = [];
        for (const word of ['Lede ', 'by ', 'Alice, ', 'tightened.']) seqs.push(await store.appendUpdate('article:a', source.write(word)));
        for (let i = 1; i < seqs.length; i++) expect(seqs[i]!).toBeGreaterThan(seqs[i - 1]!);

        const loaded = await store.loadDocument('article:a');
        expect(loaded).not.toBeNull();
        expect(loaded!.updates.map((u) => Array.from(u))).toEqual(source.updates.map((u) => Array.from(u)));
        expect(loaded!.lastSeq).toBe(seqs.at(-1));
        const copy = merged(loaded!.updates);
        expect(text(copy)).toBe('Lede by Alice, tightened.');
        expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(source.doc));
      });

      it('keeps documents apart', async () => {
        const a = recordingDoc();
        const b = recordingDoc();
        await store.appendUpdate('article:a', a.write('alpha'));
        await store.appendUpdate('article:b', b.write('beta'));
        expect(text(merged((await store.loadDocument('article:a'))!.updates))).toBe('alpha');
        expect(text(merged((await store.loadDocument('article:b'))!.updates))).toBe('beta');
      });

      it('merges concurrent edits from two writers into one state', async () => {
        const alice = recordingDoc();
        const bob = recordingDoc();
        await store.appendUpdate('article:a', alice.write('Alice wrote this.'));
        Y.applyUpdate(bob.doc, alice.updates[0]!);
        // Both edit without seeing each other's change; the log must hold both.
        const fromAlice = alice.write(' And this.');
        bob.doc.getText('body').insert(0, 'Bob: ');
        const fromBob = bob.updates.at(-1)!;
        await Promise.all([store.appendUpdate('article:a', fromBob), store.appendUpdate('article:a', fromAlice)]);
        Y.applyUpdate(alice.doc, fromBob);
        const copy = merged((await store.loadDocument('article:a'))!.updates);
        expect(text(copy)).toBe(text(alice.doc));
        expect(text(copy)).toContain('Bob: ');
        expect(text(copy)).toContain(' And this.');
      });

      it('compacts the log into one state that loads the same', async () => {
        const source = recordingDoc();
        for (const word of ['one ', 'two ', 'three']) await store.appendUpdate('article:a', source.write(word));
        const before = (await store.loadDocument('article:a'))!;
        await store.compact('article:a', Y.encodeStateAsUpdate(merged(before.updates)), before.lastSeq);

        const after = (await store.loadDocument('article:a'))!;
        expect(after.updates).toHaveLength(1);
        expect(after.lastSeq).toBe(before.lastSeq);
        expect(text(merged(after.updates))).toBe('one two three');

        const next = await store.appendUpdate('article:a', source.write(' four'));
        expect(next).toBeGreaterThan(before.lastSeq);
        const later = (await store.loadDocument('article:a'))!;
        expect(later.updates).toHaveLength(2);
        expect(later.lastSeq).toBe(next);
        expect(text(merged(later.updates))).toBe('one two three four');
      });

      it('keeps the updates appended after throughSeq (appended while the state was encoded)', async () => {
        const source = recordingDoc();
        await store.appendUpdate('article:a', source.write('first '));
        await store.appendUpdate('article:a', source.write('second '));
        const read = (await store.loadDocument('article:a'))!;
        const state = Y.encodeStateAsUpdate(merged(read.updates));
        const late = await store.appendUpdate('article:a', source.write('late'));

        await store.compact('article:a', state, read.lastSeq);
        const after = (await store.loadDocument('article:a'))!;
        expect(after.lastSeq).toBe(late);
        expect(text(merged(after.updates))).toBe('first second late');
      });

      it('ignores a compaction older than the one stored, so nothing compacted later is lost', async () => {
        const source = recordingDoc();
        await store.appendUpdate('article:a', source.write('early '));
        const old = (await store.loadDocument('article:a'))!;
        const oldState = Y.encodeStateAsUpdate(merged(old.updates));
        await store.appendUpdate('article:a', source.write('later'));
        const recent = (await store.loadDocument('article:a'))!;
        await store.compact('article:a', Y.encodeStateAsUpdate(merged(recent.updates)), recent.lastSeq);

        await store.compact('article:a', oldState, old.lastSeq);
        const after = (await store.loadDocument('article:a'))!;
        expect(after.lastSeq).toBe(recent.lastSeq);
        expect(text(merged(after.updates))).toBe('early later');
      });

      it('refuses to compact past the last update or a document that does not exist, and loses nothing', async () => {
        const source = recordingDoc();
        const seq = await store.appendUpdate('article:a', source.write('kept'));
        const state = Y.encodeStateAsUpdate(source.doc);
        await expect(store.compact('article:a', state, seq + 1_000)).rejects.toMatchObject({ code: 'BAD_INPUT' });
        await expect(store.compact('article:none', state, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
        const after = (await store.loadDocument('article:a'))!;
        expect(after.lastSeq).toBe(seq);
        expect(text(merged(after.updates))).toBe('kept');
        expect(await store.loadDocument('article:none')).toBeNull();
      });
    });

    describe('users', () => {
      it('creates a user with timestamps, without handing back the password hash', async () => {
        const user = await store.createUser(newUser('alice', { role: 'editor' }));
        expect(user).toMatchObject({ name: 'alice', displayName: 'alice (display)', role: 'editor', disabled: false });
        expect(user.createdAt).toMatch(ISO_TIMESTAMP);
        expect(user.updatedAt).toMatch(ISO_TIMESTAMP);
        expect('passwordHash' in user).toBe(false);
        expect(await store.findUserById(user.id)).toEqual(user);
      });

      it('stores a name folded to lower case and finds it whatever the case asked, with the password hash', async () => {
        const user = await store.createUser(newUser('Alice'));
        expect(user.name).toBe('alice');
        for (const asked of ['alice', 'ALICE', ' Alice ']) {
          expect(await store.findUserByName(asked)).toEqual({ ...user, passwordHash: '{"hash":"Alice"}' });
        }
        expect(await store.findUserByName('alicia')).toBeNull();
        expect(await store.findUserByName('not a name')).toBeNull();
        expect(await store.findUserById(randomUUID())).toBeNull();
      });

      it('refuses a second user whose name differs only in case, or a second id, and keeps the first', async () => {
        const alice = await store.createUser(newUser('alice'));
        await expect(store.createUser(newUser('ALICE'))).rejects.toMatchObject({ code: 'CONFLICT' });
        await expect(store.createUser(newUser('bob', { id: alice.id }))).rejects.toMatchObject({ code: 'CONFLICT' });
        expect((await store.listUsers()).map((u) => u.name)).toEqual(['alice']);
        expect(await store.findUserByName('alice')).toMatchObject({ id: alice.id, passwordHash: '{"hash":"alice"}' });
      });

      it('refuses a name or a display name that breaks the rules, changing nothing', async () => {
        for (const name of ['a', 'two words', 'Émile', '-dash', 'x'.repeat(41)]) {
          await expect(store.createUser(newUser(name))).rejects.toMatchObject({ code: 'BAD_INPUT' });
        }
        await expect(store.createUser(newUser('kim', { displayName: '   ' }))).rejects.toMatchObject({ code: 'BAD_INPUT' });
        expect(await store.listUsers()).toEqual([]);
        const lee = await store.createUser(newUser('lee'));
        await expect(store.updateUser(lee.id, { displayName: '' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
        expect(await store.findUserById(lee.id)).toEqual(lee);
      });

      it('lists every user', async () => {
        const made = [await store.createUser(newUser('carol')), await store.createUser(newUser('dave', { role: 'admin' }))];
        const listed = await store.listUsers();
        expect([...listed].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...made].sort((a, b) => a.id.localeCompare(b.id)));
      });

      it('updates only the fields given, and moves updatedAt on', async () => {
        const user = await store.createUser(newUser('erin'));
        const renamed = await store.updateUser(user.id, { displayName: 'Erin E.' });
        expect(renamed).toMatchObject({ ...user, displayName: 'Erin E.', updatedAt: expect.stringMatching(ISO_TIMESTAMP) });
        expect(Date.parse(renamed!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(user.updatedAt));
        expect(renamed!.createdAt).toBe(user.createdAt);

        const promoted = await store.updateUser(user.id, { role: 'desk_chief', passwordHash: '{"hash":"new"}' });
        expect(promoted).toMatchObject({ displayName: 'Erin E.', role: 'desk_chief', disabled: false });
        expect((await store.findUserByName('erin'))!.passwordHash).toBe('{"hash":"new"}');
        expect(await store.findUserById(user.id)).toEqual(promoted);
      });

      it('disables and re-enables a user', async () => {
        const user = await store.createUser(newUser('frank'));
        expect(await store.updateUser(user.id, { disabled: true })).toMatchObject({ disabled: true, role: 'writer' });
        expect(await store.findUserByName('frank')).toMatchObject({ disabled: true });
        expect(await store.updateUser(user.id, { disabled: false })).toMatchObject({ disabled: false });
      });

      it('answers null when updating a user who does not exist', async () => {
        expect(await store.updateUser(randomUUID(), { displayName: 'Nobody' })).toBeNull();
      });
    });

    describe('sessions', () => {
      it('finds a session by its token hash', async () => {
        const user = await store.createUser(newUser('gina'));
        const session = newSession(user.id);
        await store.createSession(session);
        expect(await store.findSession(session.tokenHash)).toEqual(session);
        expect(await store.findSession(newSession(user.id).tokenHash)).toBeNull();
      });

      it('does not find the sessions of a disabled user', async () => {
        const user = await store.createUser(newUser('hank'));
        const session = newSession(user.id);
        await store.createSession(session);
        await store.updateUser(user.id, { disabled: true });
        expect(await store.findSession(session.tokenHash)).toBeNull();
      });

      it('refuses a session for a user who does not exist', async () => {
        const session = newSession(randomUUID());
        await expect(store.createSession(session)).rejects.toMatchObject({ code: 'NOT_FOUND' });
        expect(await store.findSession(session.tokenHash)).toBeNull();
      });

      it("deletes one user's sessions, counting them, and leaves the others", async () => {
        const ivy = await store.createUser(newUser('ivy'));
        const jack = await store.createUser(newUser('jack'));
        const ivys = [newSession(ivy.id), newSession(ivy.id)];
        const jacks = newSession(jack.id);
        for (const session of [...ivys, jacks]) await store.createSession(session);

        expect(await store.deleteSessionsOf(ivy.id)).toBe(2);
        for (const session of ivys) expect(await store.findSession(session.tokenHash)).toBeNull();
        expect(await store.findSession(jacks.tokenHash)).toEqual(jacks);
        expect(await store.deleteSessionsOf(ivy.id)).toBe(0);
      });

      it('sweeps the sessions expired at a moment, counting them, and keeps the live ones', async () => {
        const lena = await store.createUser(newUser('lena'));
        const at = Date.now();
        const ending = (ms: number) => ({ ...newSession(lena.id), expiresAt: new Date(at + ms).toISOString() });
        const expired = [ending(-86_400_000), ending(-1), ending(0)];
        const live = [ending(1), ending(86_400_000)];
        for (const session of [...expired, ...live]) await store.createSession(session);

        expect(await store.deleteExpiredSessions(new Date(at).toISOString())).toBe(3);
        for (const session of expired) expect(await store.findSession(session.tokenHash)).toBeNull();
        for (const session of live) expect(await store.findSession(session.tokenHash)).toEqual(session);
        expect(await store.deleteExpiredSessions(new Date(at).toISOString())).toBe(0);
      });
    });

    describe('articles', () => {
      it('registers a new article as a draft by its author, held by nobody and not approved', async () => {
        const kate = await store.createUser(newUser('kate'));
        const id = randomUUID();
        const created = await store.createArticle({ id, authorId: kate.id });
        expect(created).toEqual({
          id,
          authorId: kate.id,
          state: 'draft',
          holderId: null,
          approvedHash: null,
          approvedStateVector: null,
          createdAt: expect.stringMatching(ISO_TIMESTAMP),
          updatedAt: created.createdAt,
        });
        expect(await store.findArticle(id)).toEqual(created);
      });

      it('finds no article for an unknown or malformed id', async () => {
        expect(await store.findArticle(randomUUID())).toBeNull();
        expect(await store.findArticle("x' OR '1'='1")).toBeNull();
      });

      it('refuses a second article with the same id, keeping the first and its author', async () => {
        const liam = await store.createUser(newUser('liam'));
        const mona = await store.createUser(newUser('mona'));
        const id = randomUUID();
        await store.createArticle({ id, authorId: liam.id });
        await expect(store.createArticle({ id, authorId: mona.id })).rejects.toMatchObject({ code: 'CONFLICT' });
        expect((await store.findArticle(id))?.authorId).toBe(liam.id);
      });

      it('refuses an author who is not a user, or an id that is not a UUID, storing nothing', async () => {
        const id = randomUUID();
        await expect(store.createArticle({ id, authorId: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
        expect(await store.findArticle(id)).toBeNull();
        const nora = await store.createUser(newUser('nora'));
        await expect(store.createArticle({ id: 'article-1', authorId: nora.id })).rejects.toMatchObject({ code: 'BAD_INPUT' });
        expect(await store.findArticle('article-1')).toBeNull();
      });
    });

    describe('workflow steps and the audit chain', () => {
      it('moves an article a step with its audit entry, keeping an approval whole, in a chain that verifies', async () => {
        const olga = await store.createUser(newUser('olga'));
        const id = randomUUID();
        await store.createArticle({ id, authorId: olga.id });
        await store.recordStep(step(id, olga.id, { state: 'draft', holderId: null }, { state: 'in_edit', holderId: olga.id }));
        const vector = Uint8Array.of(1, 2, 3);
        const approved = await store.recordStep(
          step(id, olga.id, { state: 'in_edit', holderId: olga.id }, { state: 'approved', approvedHash: 'f'.repeat(64), approvedStateVector: vector }),
        );
        expect(approved).toMatchObject({ state: 'approved', holderId: null, approvedHash: 'f'.repeat(64), approvedStateVector: vector });
        expect(await store.findArticle(id)).toEqual(approved);

        const audit = await store.listAudit();
        expect(audit.map((e) => [e.seq, e.articleId, e.fromState, e.toState, e.actorId])).toEqual([
          [1, id, 'draft', 'in_edit', olga.id],
          [2, id, 'in_edit', 'approved', olga.id],
        ]);
        expect(verifyChain(audit)).toEqual({ ok: true, checked: 2, broken: null });
      });

      it('refuses a step decided on facts that no longer hold, or for no article, changing nothing', async () => {
        const pia = await store.createUser(newUser('pia'));
        const id = randomUUID();
        await store.createArticle({ id, authorId: pia.id });
        await expect(store.recordStep(step(id, pia.id, { state: 'submitted', holderId: null }, { state: 'in_edit' }))).rejects.toMatchObject({ code: 'CONFLICT' });
        await expect(store.recordStep(step(id, pia.id, { state: 'draft', holderId: pia.id }, { state: 'submitted' }))).rejects.toMatchObject({ code: 'CONFLICT' });
        await expect(store.recordStep(step(randomUUID(), pia.id, { state: 'draft', holderId: null }, { state: 'submitted' }))).rejects.toMatchObject({
          code: 'NOT_FOUND',
        });
        expect((await store.findArticle(id))?.state).toBe('draft');
        expect(await store.listAudit()).toEqual([]);
      });

      it('appends an accepted update and its audit entry together, in the same chain as the steps', async () => {
        const rosa = await store.createUser(newUser('rosa'));
        const id = randomUUID();
        await store.createArticle({ id, authorId: rosa.id });
        await store.recordStep(step(id, rosa.id, { state: 'draft', holderId: null }, { state: 'submitted' }));
        const update = recordingDoc().write('Lede.');
        const audit = { ...step(id, rosa.id, { state: 'draft', holderId: null }, { state: 'draft' }).audit, action: 'update', articleId: id, detailsJson: '{"bytes":1}' };
        await store.appendUpdate(`article:${id}`, update, audit);
        await store.appendUpdate(`article:${id}`, recordingDoc().write('Unaudited.'));

        const chain = await store.listAudit();
        expect(chain.map((e) => [e.action, e.articleId, e.fromState, e.toState, e.detailsJson])).toEqual([
          ['step', id, 'draft', 'submitted', '{}'],
          ['update', id, null, null, '{"bytes":1}'],
        ]);
        expect(verifyChain(chain).ok).toBe(true);
        expect((await store.loadDocument(`article:${id}`))?.updates).toHaveLength(2);
      });

      it('lets only one of two steps decided on the same facts happen', async () => {
        const quin = await store.createUser(newUser('quin'));
        const id = randomUUID();
        await store.createArticle({ id, authorId: quin.id });
        const from = { state: 'draft' as const, holderId: null };
        const results = await Promise.allSettled([
          store.recordStep(step(id, quin.id, from, { state: 'submitted' })),
          store.recordStep(step(id, quin.id, from, { state: 'spiked' })),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
        expect(await store.listAudit()).toHaveLength(1);
      });
    });

    describe('close', () => {
      it('closes once, again harmlessly, and refuses work afterwards', async () => {
        await store.appendUpdate('article:a', recordingDoc().write('x'));
        await store.close();
        await store.close();
        await expect(store.loadDocument('article:a')).rejects.toThrow();
        await expect(store.listUsers()).rejects.toThrow();
      });
    });
  });
}
