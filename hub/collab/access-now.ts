import type { HubAccounts } from '../accounts/accounts';
import { mayEdit } from '../articles/edit-access';
import { mayRead } from '../articles/read-access';
import type { HubArticle, HubStore, HubUser } from '../store/hub-store';

/** What a connection may do now: nothing (its person may not read the article), or read, and perhaps write. */
export type AccessNow = { read: false } | { read: true; write: boolean; user: HubUser; article: HubArticle };

/**
 * Decides a connection's access from the session, the person and the article as the store
 * has them now: the session may have been ended or expired, the person disabled or given
 * another role, the article moved on.
 */
export async function accessNow(accounts: HubAccounts, store: HubStore, sessionHash: string, articleId: string): Promise<AccessNow> {
  const [user, article] = await Promise.all([accounts.userOfSession(sessionHash), store.findArticle(articleId)]);
  if (user === null || article === null || !mayRead(user, article)) return { read: false };
  return { read: true, write: mayEdit(user, article), user, article };
}
