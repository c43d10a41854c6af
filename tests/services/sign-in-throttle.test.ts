import { afterEach, describe, expect, it } from 'vitest';
import { openGalley, type Galley } from '../../electron/services';
import { TEST_PASSWORD, TEST_PASSWORD_PARAMS } from '../support/galley';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const opened: Galley[] = [];
afterEach(() => {
  for (const g of opened.splice(0)) g.close();
});

const MINUTE = 60_000;

/** A Galley with an admin and a writer, on a clock the test moves. */
async function newsroom() {
  let clock = Date.parse('2026-03-02T08:00:00.000Z');
  const galley = openGalley({ dataDir: tempDir(), log: () => {}, passwordParams: TEST_PASSWORD_PARAMS, now: () => new Date(clock) });
  opened.push(galley);
  const setup = await galley.dispatch('auth.setup', { name: 'ada', displayName: 'Ada Admin', password: TEST_PASSWORD }, null);
  if (!setup.ok) throw new Error(setup.error.message);
  const admin = (setup.value as { token: string }).token;
  await galley.dispatch('users.create', { name: 'wren', displayName: 'Wren', role: 'writer', password: TEST_PASSWORD }, admin);
  const signIn = (name: string, password: string, client = 'window-1') => galley.dispatch('auth.signIn', { name, password }, null, client);
  const audit = (action: string) =>
    (galley.db.prepare('SELECT details_json FROM audit_log WHERE action = ? ORDER BY seq').all(action) as Array<{ details_json: string }>).map(
      (row) => JSON.parse(row.details_json) as Record<string, unknown>,
    );
  return { galley, signIn, audit, advance: (ms: number) => (clock += ms) };
}

describe('sign-in throttling', () => {
  it('after a run of wrong passwords, refuses even the right one for a while, and records the lockout', async () => {
    const t = await newsroom();
    for (let i = 0; i < 60; i += 1) await t.signIn('wren', `guess ${i}`);
    const right = await t.signIn('wren', TEST_PASSWORD);
    expect(right).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringMatching(/too many failed sign-ins/i) } });
    // Refused attempts are not checked at all: only the first few passwords were ever tried.
    expect(t.audit('auth.signInFailed').length).toBeLessThan(10);
    expect(t.audit('auth.lockedOut')[0]).toMatchObject({ name: 'wren', failures: 5, until: expect.any(String) });

    t.advance(15 * MINUTE + 1);
    expect(await t.signIn('wren', TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it('backs off: each failure after the lock ends locks for longer', async () => {
    const t = await newsroom();
    for (let i = 0; i < 5; i += 1) await t.signIn('wren', 'wrong');
    const untils = () => t.audit('auth.lockedOut').map((d) => Date.parse(String(d['until'])));
    t.advance(MINUTE);
    await t.signIn('wren', 'wrong again');
    const [first, second] = untils();
    expect(second! - Date.parse('2026-03-02T08:01:00.000Z')).toBeGreaterThan(first! - Date.parse('2026-03-02T08:00:00.000Z'));
    expect(await t.signIn('wren', TEST_PASSWORD)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });

  it('counts attempts made at the same time, so parallel guessing gains nothing', async () => {
    const t = await newsroom();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => t.signIn('wren', `parallel ${i}`)));
    expect(answers.filter((a) => !a.ok && a.error.code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(25);
    expect(t.audit('auth.signInFailed')).toHaveLength(5);
  });

  it('locks one client that tries many names, while another client and the account stay usable', async () => {
    const t = await newsroom();
    for (let i = 0; i < 25; i += 1) await t.signIn(`name${i}`, 'wrong', 'window-bad');
    expect(await t.signIn('wren', TEST_PASSWORD, 'window-bad')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(await t.signIn('wren', TEST_PASSWORD, 'window-good')).toMatchObject({ ok: true });
    expect(t.audit('auth.lockedOut').some((d) => d['client'] === 'window-bad')).toBe(true);
  });

  it('a successful sign-in clears the account’s count', async () => {
    const t = await newsroom();
    for (let i = 0; i < 4; i += 1) await t.signIn('wren', 'wrong');
    expect(await t.signIn('wren', TEST_PASSWORD)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i += 1) await t.signIn('wren', 'wrong');
    expect(await t.signIn('wren', TEST_PASSWORD)).toMatchObject({ ok: true });
  });
});
