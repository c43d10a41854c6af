import type { IncomingMessage, ServerResponse } from 'node:http';
import { HUB_HEALTH_PATH, HUB_SESSION_PATH, HubSignInRequestSchema, type HubSignInResponse } from '../../shared/contract/hub';
import type { HubAccounts } from '../accounts/accounts';
import { HttpFailure, sendFailure, sendJson } from './http-failure';
import { readJsonBody } from './json-body';

export interface HubInfo {
  name: string;
  version: string;
}

/**
 * The hub's small HTTP API beside the collaboration socket: `GET /health` and
 * `POST /api/session` (sign-in). Answers every request; what it does not know is a 404.
 */
export function hubRoutes(accounts: HubAccounts, hub: HubInfo, log: (line: string) => void) {
  async function signIn(request: IncomingMessage, response: ServerResponse) {
    const parsed = HubSignInRequestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw new HttpFailure(400, 'BAD_INPUT', 'A sign-in is a JSON object with a "name" and a "password", and nothing else.');
    const grant = await accounts.signIn(parsed.data.name, parsed.data.password, request.socket.remoteAddress ?? 'unknown');
    const body: HubSignInResponse = { ...grant, hub };
    sendJson(response, 200, body);
  }

  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const path = new URL(request.url ?? '/', 'http://hub').pathname;
      const route = `${request.method} ${path}`;
      if (route === `GET ${HUB_HEALTH_PATH}`) return sendJson(response, 200, { ok: true, ...hub });
      if (route === `POST ${HUB_SESSION_PATH}`) return await signIn(request, response);
      if (path === HUB_HEALTH_PATH || path === HUB_SESSION_PATH) throw new HttpFailure(405, 'BAD_INPUT', `${request.method} is not allowed on ${path}.`);
      throw new HttpFailure(404, 'NOT_FOUND', `The hub has nothing at ${path}.`);
    } catch (error) {
      sendFailure(response, error, log);
    }
  };
}
