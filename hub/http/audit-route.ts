import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HubArticleAudit } from '../../shared/contract/hub';
import { verifyChain } from '../../shared/node/hash-chain';
import { canReadAudit } from '../../shared/workflow/policy';
import type { HubAccounts } from '../accounts/accounts';
import type { HubStore } from '../store/hub-store';
import { requirePerson } from './bearer';
import { HttpFailure, sendJson } from './http-failure';

/** `/api/articles/<id>/audit`: the id is checked by the store (an unknown or malformed one is a 404). */
export const ARTICLE_AUDIT_PATH = /^\/api\/articles\/([^/]{1,64})\/audit$/;

/**
 * GET an article's audit entries and whether the hub's chain verifies, for desk chiefs and
 * admins (`canReadAudit`, the workstation's rule). The chain is one for the whole hub, so it
 * is walked whole: an entry of another article removed or altered breaks this one's too.
 */
export async function articleAudit(accounts: HubAccounts, store: HubStore, articleId: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const user = await requirePerson(accounts, request);
  if (!canReadAudit(user.role)) throw new HttpFailure(403, 'FORBIDDEN', 'The audit log is read by desk chiefs and admins.');
  if ((await store.findArticle(articleId)) === null) throw new HttpFailure(404, 'NOT_FOUND', `The hub has no article ${articleId}.`);
  const chain = await store.listAudit();
  const body: HubArticleAudit = { articleId, entries: chain.filter((entry) => entry.articleId === articleId), chain: verifyChain(chain) };
  sendJson(response, 200, body);
}
