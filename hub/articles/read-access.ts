import { canRead } from '../../shared/workflow/read-policy';
import type { HubArticle, HubUser } from '../store/hub-store';

/**
 * Whether `user` may read `article` now: shared/workflow/read-policy.ts, the rule the
 * workstation lists articles by. A disabled person may not.
 */
export function mayRead(user: HubUser, article: HubArticle): boolean {
  if (user.disabled) return false;
  return canRead({ userId: user.id, role: user.role }, article).allowed;
}
