import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { articleIdOfDocument } from '../../shared/contract/hub';
import { IdSchema } from '../../shared/domain/ids';
import type { HubAccounts } from '../accounts/accounts';
import { mayEdit } from '../articles/edit-access';
import type { HubStore, HubUser } from '../store/hub-store';

/** What every connection carries once authenticated. */
export interface HubConnectionContext {
  user: HubUser;
  articleId: string;
}

/** Hocuspocus answers a throw from onAuthenticate with `permission-denied` and this reason. */
const refuse = (): never => {
  throw Object.assign(new Error('permission-denied'), { reason: 'permission-denied' });
};

/**
 * Who may open a document: the enabled person a valid, unexpired token stands for, and only
 * a registered article's document (`article:<uuid>`, created by POST /api/articles). Every
 * enabled person may read every article for now; the connection is read-only unless the
 * workflow policy lets this person edit the article in its state. The edit gate re-checks
 * that on every update, since the state can change while the connection is open.
 */
export function authenticate(accounts: HubAccounts, store: HubStore): Extension {
  return {
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<HubConnectionContext> {
      const articleId = articleIdOfDocument(documentName);
      if (articleId === null || !IdSchema.safeParse(articleId).success) return refuse();
      const user = await accounts.userOfToken(token);
      if (user === null) return refuse();
      const article = await store.findArticle(articleId);
      if (article === null) return refuse();
      connectionConfig.readOnly = !mayEdit(user, article);
      return { user, articleId };
    },
  };
}
