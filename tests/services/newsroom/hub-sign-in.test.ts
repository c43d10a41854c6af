import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useGalley, type TestGalley } from '../../support/galley';
import { useTempDirs } from '../../support/temp-dir';
import { encryptedFileStore } from '../../../electron/publishing/credentials/encrypted-file';
import { hubTokenRef } from '../../../electron/newsroom/membership/hub-people';
import { userRepository } from '../../../electron/auth/user-repository';
import { OFFLINE_SIGN_IN_TRUST_MS } from '../../../electron/auth/hub-sign-in';
import type { AuthGrant, User } from '../../../shared/domain/user';
import type { RpcResult } from '../../../shared/contract/rpc';
import { addHubUser, HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, runHubCommand, startHubProcess, type HubProcess } from '../../hub/support/hub-process';

const newGalley = useGalley();
const tempDir = useTempDirs();
const SECRET_KEY = { GALLEY_SECRET_KEY: 'workstation passphrase' };
const WALT_PASSWORD = 'leaves of grass, 1855';

let hub: HubProcess;
let hubData: string;
beforeAll(async () => {
  hubData = newHubDataDir();
  await addHubUser(hubData, 'chief', 'admin');
  await addHubUser(hubData, 'eve', 'editor');
  hub = await startHubProcess(hubData);
}, 120_000);
afterAll(async () => {
  await hub?.stop();
  removeDataDirs();
});

type Station = TestGalley & { secrets: ReturnType<typeof encryptedFileStore>; clock: { at: number } };

/** A workstation joined to the hub by its local admin (as the hub's "chief"), on a clock the test can move. */
async function joinedStation(): Promise<Station> {
  const dataDir = tempDir();
  const secrets = encryptedFileStore(dataDir, SECRET_KEY);
  const clock = { at: Date.now() };
  const g = newGalley(dataDir, { publishing: { secrets }, newsroom: { checkEveryMs: 60_000 }, now: () => new Date(clock.at) });
  await g.admin.call('newsroom.join', { hub: hub.url, name: 'chief', password: HUB_TEST_PASSWORD });
  return Object.assign(g, { secrets, clock });
}

const signIn = (g: TestGalley, name: string, password: string): Promise<RpcResult<unknown>> =>
  g.galley.dispatch('auth.signIn', { name, password }, null);
const granted = (result: RpcResult<unknown>): AuthGrant => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as AuthGrant;
};
const refusal = (result: RpcResult<unknown>) => (result.ok ? null : result.error);

/** Adds a person on the hub through the Users screen's channel, as the joined admin. */
async function addOnHub(g: TestGalley, name: string, role: 'writer' | 'editor' | 'desk_chief' | 'admin', password = WALT_PASSWORD): Promise<User> {
  return g.admin.call('users.create', { name, displayName: `${name[0]!.toUpperCase()}${name.slice(1)} Hub`, role, password });
}

const hubTokenOf = (g: TestGalley, userId: string) => g.galley.services.newsroom.hubToken({ userId, displayName: '', role: 'writer' });

describe('signing in on a joined workstation, through the hub', { timeout: 120_000 }, () => {
  it('makes the person’s local user the hub account, keeps their own hub token, and caches only a verifier', async () => {
    const g = await joinedStation();
    const walt = await addOnHub(g, 'walt', 'writer');

    const grant = granted(await signIn(g, 'Walt', WALT_PASSWORD));
    expect(grant.session).toEqual({ userId: walt.id, displayName: 'Walt Hub', role: 'writer' });
    const local = userRepository(g.galley.db).find(walt.id);
    expect(local).toMatchObject({ id: walt.id, name: 'walt', displayName: 'Walt Hub', role: 'writer', disabled: false });

    const token = await g.secrets.get(hubTokenRef(walt.id));
    expect(token).toMatch(/^.{32,}$/);
    expect(await hubTokenOf(g, walt.id)).toBe(token);
    // The token is walt's on the hub: it starts an article there as him.
    const article = await hub.postArticle(token, '{}');
    expect(article).toMatchObject({ status: 201, json: { authorId: walt.id } });
    // The admin who joined has the join's token; someone who never signed in through the hub has none.
    expect(await hubTokenOf(g, g.admin.session.userId)).toMatch(/^.{32,}$/);
    expect(await hubTokenOf(g, g.session.userId)).toBeNull();

    const bytes = Buffer.concat(readdirSync(g.dataDir).filter((n) => n.startsWith('galley.sqlite')).map((n) => readFileSync(join(g.dataDir, n)))).toString('latin1');
    expect(bytes).not.toContain(WALT_PASSWORD);
    expect(bytes).not.toContain(token!);
    expect(await g.call('auth.status', {})).toMatchObject({ hub: { url: hub.url } });
  });

  it('refuses a wrong password in the hub’s words and throttles guessing as a local sign-in does', async () => {
    const g = await joinedStation();
    await addOnHub(g, 'wanda', 'writer');
    const wrong = refusal(await signIn(g, 'wanda', 'not the password'));
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/^The hub refused the sign-in: .*active account on this hub/) });
    const codes: string[] = [];
    for (let i = 0; i < 8 && codes.at(-1) !== 'RATE_LIMITED'; i += 1) codes.push(refusal(await signIn(g, 'wanda', `guess ${i}`))?.code ?? 'ok');
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(codes.length).toBeLessThanOrEqual(5);
    expect(refusal(await signIn(g, 'wanda', WALT_PASSWORD))?.code).toBe('RATE_LIMITED');
  });

  it('signs a person in offline against the cached verifier, and says clearly when there is none', async () => {
    const g = await joinedStation();
    const otto = await addOnHub(g, 'otto', 'editor');
    granted(await signIn(g, 'otto', WALT_PASSWORD));
    await hub.kill();
    try {
      const offline = granted(await signIn(g, 'otto', WALT_PASSWORD));
      expect(offline.session.userId).toBe(otto.id);
      expect(refusal(await signIn(g, 'otto', 'not the password'))?.code).toBe('UNAUTHENTICATED');
      // eve is on the hub but never signed in here: nothing to check her password against.
      const none = refusal(await signIn(g, 'eve', HUB_TEST_PASSWORD));
      expect(none).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^The newsroom hub at http:\/\/127\.0\.0\.1:\d+ does not answer, so it cannot check your password\. Without it, this computer can check only the password of someone who signed in here through it in the last 30 days/) });
      // A local account that never signed in through the hub cannot sign in on a joined workstation either.
      expect(refusal(await signIn(g, 'writer', HUB_TEST_PASSWORD))?.code).toBe('NOT_FOUND');

      // The cache is trusted for 30 days after the hub last accepted the password here.
      g.clock.at += OFFLINE_SIGN_IN_TRUST_MS + 60_000;
      expect(refusal(await signIn(g, 'otto', WALT_PASSWORD))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/last 30 days/) });
      // …and so is the token: after that, the relay has nothing to sync with until otto signs in again.
      expect(await hubTokenOf(g, otto.id)).toBeNull();
    } finally {
      await hub.restart();
    }
  });

  it('a password changed or an account disabled on the hub takes effect at the next online sign-in, offline after it too', async () => {
    const g = await joinedStation();
    await addOnHub(g, 'pia', 'writer');
    granted(await signIn(g, 'pia', WALT_PASSWORD));
    // Disabled on the hub's own command line, not from this workstation.
    expect((await runHubCommand(hubData, ['user', 'disable', '--name', 'pia'])).code).toBe(0);
    expect(refusal(await signIn(g, 'pia', WALT_PASSWORD))).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/hub refused/) });
    await hub.kill();
    try {
      expect(refusal(await signIn(g, 'pia', WALT_PASSWORD))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/last 30 days/) });
    } finally {
      await hub.restart();
    }
  });

  it('an admin disabling someone from this workstation stops them here at once, offline included', async () => {
    const g = await joinedStation();
    const quinn = await addOnHub(g, 'quinn', 'writer');
    const grant = granted(await signIn(g, 'quinn', WALT_PASSWORD));
    const disabled = await g.admin.call('users.update', { id: quinn.id, disabled: true });
    expect(disabled).toMatchObject({ id: quinn.id, disabled: true });
    // Their session here ended, and the hub refuses them.
    expect(refusal(await g.galley.dispatch('session.current', {}, grant.token!))?.code).toBe('UNAUTHENTICATED');
    await hub.kill();
    try {
      // The verifier cached here was forgotten with the account: nothing to check the password against.
      expect(refusal(await signIn(g, 'quinn', WALT_PASSWORD))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/last 30 days/) });
    } finally {
      await hub.restart();
    }
  });

  it('a local account made before joining gives its name to the hub’s account of that name, keeping its id', async () => {
    const g = await joinedStation();
    const before = g.as('rosa', 'writer', 'Rosa Local');
    const rosa = await addOnHub(g, 'rosa', 'desk_chief');
    const grant = granted(await signIn(g, 'rosa', WALT_PASSWORD));
    expect(grant.session).toEqual({ userId: rosa.id, displayName: 'Rosa Hub', role: 'desk_chief' });
    const users = userRepository(g.galley.db);
    expect(users.find(before.session.userId)).toMatchObject({ name: 'rosa.solo', displayName: 'Rosa Local' });
    expect(refusal(await g.galley.dispatch('session.current', {}, before.token))?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the Users screen on a joined workstation manages the hub’s people', { timeout: 120_000 }, () => {
  it('lists, adds, changes the role of, disables and enables people on the hub', async () => {
    const g = await joinedStation();
    const names = (list: User[]) => list.map((u) => u.name);
    expect(names(await g.admin.call('users.list', {}))).toEqual(expect.arrayContaining(['chief', 'eve']));
    // Not the workstation's own people: the seeded local writer is not on the hub.
    expect(names(await g.admin.call('users.list', {}))).not.toContain('writer');

    const sam = await addOnHub(g, 'sam', 'writer');
    expect(names(await g.admin.call('users.list', {}))).toContain('sam');
    expect(await g.admin.call('users.update', { id: sam.id, role: 'editor' })).toMatchObject({ role: 'editor' });
    expect((await hub.signIn('sam', WALT_PASSWORD)).account.role).toBe('editor');
    expect(await g.admin.call('users.update', { id: sam.id, disabled: true })).toMatchObject({ disabled: true });
    expect((await hub.postSession(JSON.stringify({ name: 'sam', password: WALT_PASSWORD }))).status).toBe(401);
    expect(await g.admin.call('users.update', { id: sam.id, disabled: false })).toMatchObject({ disabled: false });
    expect(await g.admin.call('users.update', { id: sam.id, password: 'a new passphrase here' })).toMatchObject({ name: 'sam' });
    expect((await hub.signIn('sam', 'a new passphrase here')).account.name).toBe('sam');
    expect(g.events.filter((e) => e.type === 'users.changed').length).toBeGreaterThanOrEqual(5);

    // The hub's words for what it refuses.
    expect(await g.admin.raw('users.create', { name: 'sam', displayName: 'Sam', role: 'writer', password: WALT_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/already a user named sam on this hub/) },
    });
  });

  it('refuses a hub admin signed in here whose token the hub no longer takes, and anyone who is not an admin', async () => {
    const g = await joinedStation();
    await addOnHub(g, 'ann', 'admin');
    const ann = granted(await signIn(g, 'ann', WALT_PASSWORD));
    const annCall = (channel: string, input: unknown) => g.galley.dispatch(channel, input, ann.token!);
    expect((await annCall('users.list', {})).ok).toBe(true);

    // A hub writer signed in here is refused by the workstation (and would be by the hub).
    await addOnHub(g, 'wes', 'writer');
    const wes = granted(await signIn(g, 'wes', WALT_PASSWORD));
    expect(refusal(await g.galley.dispatch('users.list', {}, wes.token!))?.code).toBe('FORBIDDEN');

    // Every session of ann's on the hub ends (a password reset by the hub's own admin): the hub refuses her token,
    // the workstation forgets it and asks her to sign in again.
    const annId = ann.session.userId;
    await g.admin.call('users.update', { id: annId, password: 'reset by chief 123' });
    // That also ended ann's session here (mirrored); sign in again, then end the hub session behind the workstation's back.
    const again = granted(await signIn(g, 'ann', 'reset by chief 123'));
    expect((await runHubCommand(hubData, ['user', 'disable', '--name', 'ann'])).code).toBe(0);
    const refused = refusal(await g.galley.dispatch('users.list', {}, again.token!));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/sign out and sign in again/) });
    expect(await hubTokenOf(g, annId)).toBeNull();
    expect(refusal(await g.galley.dispatch('users.list', {}, again.token!))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/sign in again/) });
  });
});
