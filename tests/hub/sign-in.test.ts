import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubErrorSchema } from '../../shared/contract/hub';
import { addHubUser, HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, runHubCommand, startHubProcess, type HubProcess } from './support/hub-process';

let hub: HubProcess;
beforeAll(async () => {
  const dataDir = newHubDataDir();
  await addHubUser(dataDir, 'wren', 'writer');
  await addHubUser(dataDir, 'gone', 'editor');
  await runHubCommand(dataDir, ['user', 'disable', '--name', 'gone']);
  hub = await startHubProcess(dataDir);
});
afterAll(async () => {
  await hub?.stop();
  removeDataDirs();
});

describe('signing in to the hub (POST /api/session)', () => {
  it('gives a token, its expiry and the account for the right password', async () => {
    const grant = await hub.signIn('Wren', HUB_TEST_PASSWORD);
    expect(grant.account).toMatchObject({ name: 'wren', displayName: 'wren', role: 'writer' });
    expect(grant.token.length).toBeGreaterThanOrEqual(32);
    expect(Date.parse(grant.expiresAt)).toBeGreaterThan(Date.now());
    expect(grant.hub.name).toBe('Galley hub');
  });

  it('answers a wrong password, an unknown name and a disabled account with the same refusal', async () => {
    const answers = await Promise.all([
      hub.postSession(JSON.stringify({ name: 'wren', password: 'not the password' })),
      hub.postSession(JSON.stringify({ name: 'nobody', password: HUB_TEST_PASSWORD })),
      hub.postSession(JSON.stringify({ name: 'gone', password: HUB_TEST_PASSWORD })),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(HubErrorSchema.parse(answer.json).error.code).toBe('UNAUTHENTICATED');
    }
    expect(new Set(answers.map((a) => JSON.stringify(a.json))).size).toBe(1);
  });

  it('refuses malformed JSON, a body that is not a sign-in, a body that is not JSON, and an oversized body, each with a clear message', async () => {
    const malformed = await hub.postSession('{"name": "wren", "password":');
    expect(malformed).toMatchObject({ status: 400, json: { error: { code: 'BAD_INPUT', message: expect.stringMatching(/not valid JSON/) } } });
    const extra = await hub.postSession(JSON.stringify({ name: 'wren', password: HUB_TEST_PASSWORD, role: 'admin' }));
    expect(extra).toMatchObject({ status: 400, json: { error: { code: 'BAD_INPUT', message: expect.stringMatching(/"name" and a "password"/) } } });
    const form = await hub.postSession('name=wren&password=x', 'application/x-www-form-urlencoded');
    expect(form).toMatchObject({ status: 415, json: { error: { message: expect.stringMatching(/application\/json/) } } });
    const huge = await hub.postSession(JSON.stringify({ name: 'wren', password: 'x'.repeat(100_000) }));
    expect(huge).toMatchObject({ status: 413, json: { error: { code: 'BAD_INPUT', message: expect.stringMatching(/larger than the hub accepts/) } } });
  });

  it('slows password guessing: after repeated failures even the right password waits', async () => {
    // The account has 5 free failures (one was spent above); guessing stops being answered well before 10.
    const statuses: number[] = [];
    for (let i = 0; i < 10 && statuses.at(-1) !== 429; i += 1) statuses.push((await hub.postSession(JSON.stringify({ name: 'gone', password: `guess ${i}` }))).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeLessThanOrEqual(6);
    const locked = await hub.postSession(JSON.stringify({ name: 'gone', password: HUB_TEST_PASSWORD }));
    expect(locked).toMatchObject({ status: 429, json: { error: { code: 'RATE_LIMITED', message: expect.stringMatching(/too many failed sign-ins/i) } } });
  });

  it('answers /health, a clear 404 for anything else, and 405 for a method a known path does not take', async () => {
    expect(await (await fetch(`${hub.url}/health`)).json()).toMatchObject({ ok: true });
    const missing = await fetch(`${hub.url}/api/drafts`);
    expect(missing.status).toBe(404);
    expect(HubErrorSchema.parse(await missing.json()).error.message).toMatch(/nothing at \/api\/drafts/);
    const wrongMethod = await fetch(`${hub.url}/api/articles`);
    expect(wrongMethod.status).toBe(405);
    expect(HubErrorSchema.parse(await wrongMethod.json()).error.message).toMatch(/GET is not allowed on \/api\/articles/);
  });
});
