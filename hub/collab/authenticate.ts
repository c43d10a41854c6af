import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { articleIdOfDocument } from '../../shared/contract/hub';
import { IdSchema } from '../../shared/domain/ids';
import { hashToken, type HubAccounts } from '../accounts/accounts';
import type { HubStore, HubUser } from '../store/hub-store';
import { accessNow } from './access-now';

/** What every connection carries once authenticated. */
export interface HubConnectionContext {
  user: HubUser;
  articleId: string;
  /** The sha256 of the session's token (never the token): its access is re-checked by it while it is open. */
  sessionHash: string;
}

/** Hocuspocus answers a throw from onAuthenticate with `permission-denied` and this reason. */
const refuse = (): never => {
  throw Object.assign(new Error('permission-denied'), { reason: 'permission-denied' });
};

/**
 * Who may open a document: the enabled person a valid, unexpired token stands for, and only
 * a registered article's document (`article:<uuid>`, created by POST /api/articles) that
 * shared/workflow/read-policy.ts lets them read. The connection is read-only unless the
 * workflow policy lets this person edit the article in its state. Both are re-checked while
 * the connection is open (./read-gate, ./edit-gate, ./access-sweep).
 */
export function authenticate(accounts: HubAccounts, store: HubStore): Extension {
  return {
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<HubConnectionContext> {
      const articleId = articleIdOfDocument(documentName);
      if (articleId === null || !IdSchema.safeParse(articleId).success) return refuse();
      if (!token || token.length > 200) return refuse();
      const sessionHash = hashToken(token);
      const access = await accessNow(accounts, store, sessionHash, articleId);
      if (!access.read) return refuse();
      connectionConfig.readOnly = !access.write;
      return { user: access.user, articleId, sessionHash };
    },
  };
}
