import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import {
  HUB_ARTICLES_PATH,
  HUB_HEALTH_PATH,
  HUB_SESSION_PATH,
  HubCreateArticleRequestSchema,
  HubSignInRequestSchema,
  type HubArticleFacts,
  type HubSignInResponse,
} from '../../shared/contract/hub';
import { canCreateArticles } from '../../shared/workflow/policy';
import type { HubArticle, HubStore } from '../store/hub-store';
import type { HubAccounts } from '../accounts/accounts';
import { HttpFailure, sendFailure, sendJson } from './http-failure';
import { readJsonBody } from './json-body';
import { ARTICLE_AUDIT_PATH, articleAudit } from './audit-route';
import { requirePerson } from './bearer';
import { hubUserRoutes } from './user-routes';

export interface HubInfo {
  name: string;
  version: string;
}

const factsOf = (article: HubArticle): HubArticleFacts => ({
  id: article.id,
  authorId: article.authorId,
  state: article.state,
  holderId: article.holderId,
  approvedHash: article.approvedHash,
  updatedAt: article.updatedAt,
});

const KNOWN_PATHS = new Set([HUB_HEALTH_PATH, HUB_SESSION_PATH, HUB_ARTICLES_PATH]);

/**
 * The hub's small HTTP API beside the collaboration socket: `GET /health`,
 * `POST /api/session` (sign-in), `POST /api/articles` (a new article), the admins'
 * `/api/users` (hub/http/user-routes.ts) and `GET /api/articles/<id>/audit`
 * (./audit-route). Answers every
 * request; what it does not know is a 404.
 */
export function hubRoutes(accounts: HubAccounts, store: HubStore, hub: HubInfo, log: (line: string) => void, onPeopleChanged?: () => void) {
  const users = hubUserRoutes(accounts, log, onPeopleChanged);
  async function createArticle(request: IncomingMessage, response: ServerResponse) {
    const user = await requirePerson(accounts, request);
    if (!canCreateArticles(user.role)) throw new HttpFailure(403, 'FORBIDDEN', 'Articles are started by writers, editors and desk chiefs; an admin manages people.');
    const parsed = HubCreateArticleRequestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw new HttpFailure(400, 'BAD_INPUT', 'A new article is a JSON object with, at most, its "id" (a UUID).');
    const article = await store.createArticle({ id: parsed.data.id ?? randomUUID(), authorId: user.id });
    log(`hub: ${user.name} started article ${article.id}`);
    sendJson(response, 201, factsOf(article));
  }

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
      if (route === `POST ${HUB_ARTICLES_PATH}`) return await createArticle(request, response);
      const audit = ARTICLE_AUDIT_PATH.exec(path);
      if (audit && request.method === 'GET') return await articleAudit(accounts, store, audit[1]!, request, response);
      if (await users(request, response, path)) return;
      if (KNOWN_PATHS.has(path) || audit) throw new HttpFailure(405, 'BAD_INPUT', `${request.method} is not allowed on ${path}.`);
      throw new HttpFailure(404, 'NOT_FOUND', `The hub has nothing at ${path}.`);
    } catch (error) {
      sendFailure(response, error, log);
    }
  };
}
