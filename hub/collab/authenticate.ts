import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { articleIdOfDocument } from '../../shared/contract/hub';
import { IdSchema } from '../../shared/domain/ids';
import type { HubAccounts } from '../accounts/accounts';
import type { HubUser } from '../store/hub-store';

/** What every connection carries once authenticated. */
export interface HubConnectionContext {
  user: HubUser;
}

/** Hocuspocus answers a throw from onAuthenticate with `permission-denied` and this reason. */
const refuse = (): never => {
  throw Object.assign(new Error('permission-denied'), { reason: 'permission-denied' });
};

/**
 * Who may open a document: the enabled person a valid, unexpired token stands for, and only
 * documents named `article:<uuid>`.
 * For this slice every such person may open and edit every article (docs/hub.md says what comes next).
 */
export function authenticate(accounts: HubAccounts): Extension {
  return {
    async onAuthenticate({ token, documentName }: onAuthenticatePayload): Promise<HubConnectionContext> {
      const articleId = articleIdOfDocument(documentName);
      if (articleId === null || !IdSchema.safeParse(articleId).success) return refuse();
      const user = await accounts.userOfToken(token);
      if (user === null) return refuse();
      return { user };
    },
  };
}
