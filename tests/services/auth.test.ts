import { afterEach, describe, expect, it } from 'vitest';
import { openGalley, type Galley } from '../../electron/services';
import { CHANNEL_NAMES, PUBLIC_CHANNELS } from '../../shared/contract/channels';
import type { RpcResult } from '../../shared/contract/rpc';
import { TEST_PASSWORD, TEST_PASSWORD_PARAMS } from '../support/galley';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const opened: Galley[] = [];
afterEach(() => {
  for (const g of opened.splice(0)) g.close();
});

const HOUR = 3_600_000;

/** A Galley with nobody in it yet, on a clock the test moves. */
function fresh() {
  let clock = Date.parse('2026-03-02T08:00:00.000Z');
  const galley = openGalley({ dataDir: tempDir(), log: () => {}, passwordParams: TEST_PASSWORD_PARAMS, now: () => new Date(clock) });
  opened.push(galley);
  const call = async (channel: string, input: unknown, token: string | null = null) => galley.dispatch(channel, input, token);
  const value = <T>(result: RpcResult<unknown>): T => {
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const setup = async () =>
    value<{ token: string; session: { userId: string } }>(
      await call('auth.setup', { name: 'Ada', displayName: 'Ada Admin', password: TEST_PASSWORD }),
    );
  const signIn = async (name: string, password = TEST_PASSWORD) => call('auth.signIn', { name, password });
  const audit = (action: string) =>
    galley.db.prepare('SELECT actor_name, action, details_json FROM audit_log WHERE action = ? ORDER BY seq').all(action) as Array<{
      actor_name: string;
      details_json: string;
    }>;
  return { galley, call, value, setup, signIn, audit, advance: (ms: number) => (clock += ms) };
}

describe('first run and signing in', () => {
  it('asks for the first admin only while nobody exists, and signs them in', async () => {
    const t = fresh();
    expect(t.value(await t.call('auth.status', {}))).toEqual({ hasUsers: false, session: null });
    const grant = await t.setup();
    expect(grant).toMatchObject({ session: { displayName: 'Ada Admin', role: 'admin' }, token: expect.any(String) });
    expect(t.value(await t.call('auth.status', {}, grant.token))).toMatchObject({ hasUsers: true, session: { role: 'admin' } });

    const again = await t.call('auth.setup', { name: 'mallory', displayName: 'Mallory', password: 'another password' });
    expect(again).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.galley.db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 });
  });

  it('stores passwords only as salted scrypt hashes with their parameters, and sessions only by hash', async () => {
    const t = fresh();
    const admin = await t.setup();
    await t.call('users.create', { name: 'wren', displayName: 'Wren', role: 'writer', password: TEST_PASSWORD }, admin.token);
    const rows = t.galley.db.prepare('SELECT password_hash, password_salt, password_params FROM users').all() as Array<Record<string, string>>;
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(JSON.parse(row['password_params']!)).toEqual(TEST_PASSWORD_PARAMS);
      expect(row['password_hash']).not.toContain(TEST_PASSWORD);
    }
    // Same password, different salt: different hashes.
    expect(rows[0]!['password_salt']).not.toBe(rows[1]!['password_salt']);
    expect(rows[0]!['password_hash']).not.toBe(rows[1]!['password_hash']);
    const stored = JSON.stringify(t.galley.db.prepare('SELECT * FROM sessions').all());
    expect(stored).not.toContain(admin.token);
  });

  it('refuses a wrong password, an unknown name and a disabled account alike, and records the attempt', async () => {
    const t = fresh();
    const admin = await t.setup();
    const wren = t.value<{ id: string }>(
      await t.call('users.create', { name: 'wren', displayName: 'Wren', role: 'writer', password: TEST_PASSWORD }, admin.token),
    );
    expect(await t.signIn('wren')).toMatchObject({ ok: true });
    expect(await t.signIn('WREN ')).toMatchObject({ ok: true, value: { session: { userId: wren.id } } });
    const wrong = await t.signIn('wren', 'not the password');
    const unknown = await t.signIn('nobody');
    await t.call('users.update', { id: wren.id, disabled: true }, admin.token);
    const disabled = await t.signIn('wren');
    for (const refused of [wrong, unknown, disabled]) {
      expect(refused).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('do not match an active account') } });
    }
    expect(t.audit('auth.signInFailed').map((r) => JSON.parse(r.details_json) as { name: string })).toEqual([
      { name: 'wren' },
      { name: 'nobody' },
      { name: 'wren' },
    ]);
  });

  it('ends a session on sign-out, after 12 idle hours, and a week after sign-in whatever happens', async () => {
    const t = fresh();
    const admin = await t.setup();
    const list = (token: string) => t.call('articles.list', {}, token);

    const first = t.value<{ token: string }>(await t.signIn('ada'));
    await t.call('auth.signOut', {}, first.token);
    expect(await list(first.token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await list(admin.token)).toMatchObject({ ok: true });

    t.advance(11 * HOUR);
    expect(await list(admin.token)).toMatchObject({ ok: true }); // activity: twelve more hours
    t.advance(11 * HOUR);
    expect(await list(admin.token)).toMatchObject({ ok: true });
    t.advance(12 * HOUR + 1);
    expect(await list(admin.token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const busy = t.value<{ token: string }>(await t.signIn('ada'));
    for (let hour = 0; hour < 7 * 24; hour += 6) {
      t.advance(6 * HOUR);
      const result = await list(busy.token);
      expect(result.ok, `after ${hour + 6} hours`).toBe(hour + 6 < 7 * 24);
    }
  });

  it('answers UNAUTHENTICATED on every channel but status, setup and sign-in when nobody is signed in', async () => {
    const t = fresh();
    for (const channel of CHANNEL_NAMES) {
      const result = await t.call(channel, {}, 'not-a-session');
      if ((PUBLIC_CHANNELS as readonly string[]).includes(channel)) {
        expect(result, channel).not.toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
      } else {
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      }
    }
  });
});

describe('managing users', () => {
  it('lets only an admin list, add and change people', async () => {
    const t = fresh();
    const admin = await t.setup();
    await t.call('users.create', { name: 'wren', displayName: 'Wren', role: 'writer', password: TEST_PASSWORD }, admin.token);
    const writer = t.value<{ token: string }>(await t.signIn('wren'));
    for (const [channel, input] of [
      ['users.list', {}],
      ['users.create', { name: 'eve', displayName: 'Eve', role: 'admin', password: TEST_PASSWORD }],
      ['users.update', { id: '5d7c0e4a-1f3b-4c2d-8e9f-0a1b2c3d4e5f', role: 'admin' }],
    ] as const) {
      expect(await t.call(channel, input, writer.token), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(t.galley.db.prepare("SELECT count(*) AS n FROM users WHERE name = 'eve'").get()).toEqual({ n: 0 });
    const duplicate = await t.call('users.create', { name: 'WREN', displayName: 'W', role: 'editor', password: TEST_PASSWORD }, admin.token);
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('applies a role change at the next call and signs a disabled person out everywhere', async () => {
    const t = fresh();
    const admin = await t.setup();
    const wren = t.value<{ id: string }>(
      await t.call('users.create', { name: 'wren', displayName: 'Wren', role: 'writer', password: TEST_PASSWORD }, admin.token),
    );
    const session = t.value<{ token: string }>(await t.signIn('wren'));
    await t.call('users.update', { id: wren.id, role: 'editor' }, admin.token);
    expect(await t.call('session.current', {}, session.token)).toMatchObject({ ok: true, value: { role: 'editor' } });
    await t.call('users.update', { id: wren.id, disabled: true }, admin.token);
    expect(await t.call('session.current', {}, session.token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const changes = t.audit('user.update').map((r) => (JSON.parse(r.details_json) as { changed: unknown }).changed);
    expect(changes).toEqual([{ role: { from: 'writer', to: 'editor' } }, { disabled: { from: false, to: true } }]);
  });

  it('keeps at least one active admin, and no admin can disable themselves', async () => {
    const t = fresh();
    const admin = await t.setup();
    const me = admin.session.userId;
    expect(await t.call('users.update', { id: me, disabled: true }, admin.token)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.call('users.update', { id: me, role: 'writer' }, admin.token)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('at least one active admin') },
    });
    await t.call('users.create', { name: 'bo', displayName: 'Bo', role: 'admin', password: TEST_PASSWORD }, admin.token);
    expect(await t.call('users.update', { id: me, role: 'desk_chief' }, admin.token)).toMatchObject({ ok: true, value: { role: 'desk_chief' } });
  });
});
