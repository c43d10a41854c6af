import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubErrorSchema, HubUserSchema, HUB_USERS_PATH } from '../../shared/contract/hub';
import type { Role } from '../../shared/domain/session';
import { addHubUser, HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from './support/hub-process';

let hub: HubProcess;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  const dataDir = newHubDataDir();
  for (const [name, role] of [['ada', 'admin'], ['wren', 'writer'], ['eve', 'editor'], ['dee', 'desk_chief']] as const) await addHubUser(dataDir, name, role);
  hub = await startHubProcess(dataDir);
  for (const [name, role] of [['ada', 'admin'], ['wren', 'writer'], ['eve', 'editor'], ['dee', 'desk_chief']] as const) {
    tokens.set(role, (await hub.signIn(name)).token);
  }
});
afterAll(async () => {
  await hub?.stop();
  removeDataDirs();
});

async function call(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${hub.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, json: await response.json() };
}
const admin = () => tokens.get('admin')!;
const idOf = async (name: string) => HubUserSchema.array().parse((await call('GET', HUB_USERS_PATH, admin())).json).find((u) => u.name === name)!.id;

describe('the hub’s people, for its admins (/api/users)', { timeout: 120_000 }, () => {
  it('lists, adds with a first password, changes role, disables and enables, for an admin', async () => {
    const list = await call('GET', HUB_USERS_PATH, admin());
    expect(list.status).toBe(200);
    expect(HubUserSchema.array().parse(list.json).map((u) => u.name).sort()).toEqual(['ada', 'dee', 'eve', 'wren']);

    const added = await call('POST', HUB_USERS_PATH, admin(), { name: 'Walt', displayName: 'Walt Whitman', role: 'writer', password: 'leaves of grass' });
    expect(added.status).toBe(201);
    const walt = HubUserSchema.parse(added.json);
    expect(walt).toMatchObject({ name: 'walt', displayName: 'Walt Whitman', role: 'writer', disabled: false });
    const waltToken = (await hub.signIn('walt', 'leaves of grass')).token;

    const promoted = await call('PATCH', `${HUB_USERS_PATH}/${walt.id}`, admin(), { role: 'editor' });
    expect(promoted).toMatchObject({ status: 200, json: { role: 'editor' } });
    expect((await hub.signIn('walt', 'leaves of grass')).account.role).toBe('editor');

    const disabled = await call('PATCH', `${HUB_USERS_PATH}/${walt.id}`, admin(), { disabled: true });
    expect(disabled).toMatchObject({ status: 200, json: { disabled: true } });
    // Disabling ends the sessions: walt's token no longer opens anything, and he cannot sign in.
    expect((await hub.postArticle(waltToken, '{}')).status).toBe(401);
    expect((await hub.postSession(JSON.stringify({ name: 'walt', password: 'leaves of grass' }))).status).toBe(401);

    expect((await call('PATCH', `${HUB_USERS_PATH}/${walt.id}`, admin(), { disabled: false })).status).toBe(200);
    expect((await hub.signIn('walt', 'leaves of grass')).account.name).toBe('walt');
  });

  it('resets a password, ending the sessions made with the old one', async () => {
    const id = await idOf('eve');
    const eve = (await hub.signIn('eve')).token;
    expect((await call('PATCH', `${HUB_USERS_PATH}/${id}`, admin(), { password: 'a brand new passphrase' })).status).toBe(200);
    expect((await hub.postArticle(eve, '{}')).status).toBe(401);
    expect((await hub.signIn('eve', 'a brand new passphrase')).account.name).toBe('eve');
    expect((await call('PATCH', `${HUB_USERS_PATH}/${id}`, admin(), { password: HUB_TEST_PASSWORD })).status).toBe(200);
    tokens.set('editor', (await hub.signIn('eve')).token);
  });

  it.each(['writer', 'editor', 'desk_chief'] as const)('refuses a %s on every route, before reading the body', async (role) => {
    const token = tokens.get(role)!;
    const target = await idOf('wren');
    const answers = [
      await call('GET', HUB_USERS_PATH, token),
      await call('POST', HUB_USERS_PATH, token, { name: 'mallory', displayName: 'M', role: 'admin', password: 'let me in please' }),
      await call('PATCH', `${HUB_USERS_PATH}/${target}`, token, { role: 'admin' }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(403);
      expect(HubErrorSchema.parse(answer.json).error.message).toMatch(/Only an admin of the hub/);
    }
    const names = HubUserSchema.array().parse((await call('GET', HUB_USERS_PATH, admin())).json);
    expect(names.map((u) => u.name)).not.toContain('mallory');
    expect(names.find((u) => u.name === 'wren')?.role).toBe('writer');
  });

  it('refuses a missing or unknown token with 401', async () => {
    expect((await call('GET', HUB_USERS_PATH, null)).status).toBe(401);
    expect((await call('GET', HUB_USERS_PATH, 'x'.repeat(43))).status).toBe(401);
    expect((await call('POST', HUB_USERS_PATH, null, { name: 'mallory', displayName: 'M', role: 'admin', password: 'let me in please' })).status).toBe(401);
  });

  it('refuses bad input with clear words, a taken name, an unknown id, and an admin disabling themselves or the last admin', async () => {
    const short = await call('POST', HUB_USERS_PATH, admin(), { name: 'x', displayName: '', role: 'writer', password: 'short' });
    expect(short.status).toBe(400);
    expect(HubErrorSchema.parse(short.json).error.message).toMatch(/2 to 40 letters/);
    expect((await call('POST', HUB_USERS_PATH, admin(), { name: 'wren', displayName: 'Wren', role: 'writer', password: 'long enough here' })).status).toBe(409);
    expect((await call('POST', HUB_USERS_PATH, admin(), { name: 'newbie', displayName: 'N', role: 'owner', password: 'long enough here' })).status).toBe(400);
    expect((await call('PATCH', `${HUB_USERS_PATH}/${await idOf('wren')}`, admin(), {})).status).toBe(400);
    expect((await call('PATCH', `${HUB_USERS_PATH}/00000000-0000-4000-8000-000000000000`, admin(), { role: 'editor' })).status).toBe(404);
    expect((await call('PATCH', `${HUB_USERS_PATH}/not-an-id`, admin(), { role: 'editor' })).status).toBe(404);
    const ada = await idOf('ada');
    const self = await call('PATCH', `${HUB_USERS_PATH}/${ada}`, admin(), { disabled: true });
    expect(self.status).toBe(409);
    expect(HubErrorSchema.parse(self.json).error.message).toMatch(/your own account/);
    const last = await call('PATCH', `${HUB_USERS_PATH}/${ada}`, admin(), { role: 'writer' });
    expect(last.status).toBe(409);
    expect(HubErrorSchema.parse(last.json).error.message).toMatch(/at least one active admin/);
    expect((await call('DELETE', `${HUB_USERS_PATH}/${ada}`, admin())).status).toBe(405);
  });
});
