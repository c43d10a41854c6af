import type { IncomingMessage, ServerResponse } from 'node:http';
import { HUB_USERS_PATH, HubNewUserRequestSchema, HubUserChangeRequestSchema, type HubUser as HubUserAnswer } from '../../shared/contract/hub';
import { IdSchema } from '../../shared/domain/ids';
import { canManageUsers } from '../../shared/workflow/policy';
import type { HubAccounts } from '../accounts/accounts';
import type { HubUser } from '../store/hub-store';
import { requirePerson } from './bearer';
import { HttpFailure, sendJson } from './http-failure';
import { readJsonBody } from './json-body';

const userOf = (user: HubUser): HubUserAnswer => ({
  id: user.id,
  name: user.name,
  displayName: user.displayName,
  role: user.role,
  disabled: user.disabled,
  createdAt: user.createdAt,
  updatedAt: user.updatedAt,
});

/** `/api/users/<id>`'s id, or null for any other path. */
function userIdIn(path: string): string | null {
  const match = /^\/api\/users\/([^/]+)$/.exec(path);
  if (!match) return null;
  const id = IdSchema.safeParse(decodeURIComponent(match[1]!));
  if (!id.success) throw new HttpFailure(404, 'NOT_FOUND', 'There is no such user on this hub.');
  return id.data;
}

/**
 * The hub's people, managed by its admins from a joined workstation's Users screen: every
 * request names its person by bearer token, and anyone but an enabled admin is refused
 * before the body is read. Answers null for a path that is not its own. `onPeopleChanged`
 * is told after each change to a person, so the hub re-checks their open connections at once.
 */
export function hubUserRoutes(accounts: HubAccounts, log: (line: string) => void, onPeopleChanged: () => void = () => {}) {
  async function admin(request: IncomingMessage): Promise<HubUser> {
    const person = await requirePerson(accounts, request);
    if (!canManageUsers(person.role)) throw new HttpFailure(403, 'FORBIDDEN', 'Only an admin of the hub can manage its people.');
    return person;
  }

  return async function handle(request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean> {
    const id = path === HUB_USERS_PATH ? null : userIdIn(path);
    if (path !== HUB_USERS_PATH && id === null) return false;
    if (id === null && request.method === 'GET') {
      await admin(request);
      sendJson(response, 200, (await accounts.listUsers()).map(userOf));
    } else if (id === null && request.method === 'POST') {
      const actor = await admin(request);
      const parsed = HubNewUserRequestSchema.safeParse(await readJsonBody(request));
      if (!parsed.success) throw new HttpFailure(400, 'BAD_INPUT', `A new person is a JSON object with "name", "displayName", "role" and "password": ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
      const added = await accounts.addUser(parsed.data);
      log(`hub: ${actor.name} added ${added.name} (${added.role})`);
      sendJson(response, 201, userOf(added));
    } else if (id !== null && request.method === 'PATCH') {
      const actor = await admin(request);
      const parsed = HubUserChangeRequestSchema.safeParse(await readJsonBody(request));
      if (!parsed.success) throw new HttpFailure(400, 'BAD_INPUT', `A change to a person is a JSON object with some of "displayName", "role", "disabled" and "password": ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
      const changed = await accounts.changeUser(actor, id, parsed.data);
      // Which fields changed, never the password itself.
      log(`hub: ${actor.name} changed ${changed.name} (${Object.keys(parsed.data).join(', ')})`);
      // Disabled, given another role or a new password (which ends their sessions): their open connections are re-checked now.
      onPeopleChanged();
      sendJson(response, 200, userOf(changed));
    } else {
      throw new HttpFailure(405, 'BAD_INPUT', `${request.method} is not allowed on ${path}.`);
    }
    return true;
  };
}
