import type { IncomingMessage } from 'node:http';
import type { HubAccounts } from '../accounts/accounts';
import type { HubUser } from '../store/hub-store';
import { HttpFailure } from './http-failure';

/** The enabled person whose session token the request carries (`Authorization: Bearer <token>`), or a 401. */
export async function requirePerson(accounts: HubAccounts, request: IncomingMessage): Promise<HubUser> {
  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  const user = await accounts.userOfToken(bearer?.[1]);
  if (user === null) throw new HttpFailure(401, 'UNAUTHENTICATED', 'Sign in to the hub first: send the session token as Authorization: Bearer <token>.');
  return user;
}
