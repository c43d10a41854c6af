import { decide } from '../../shared/workflow/policy';
import type { HubArticle, HubUser } from '../store/hub-store';

/**
 * Whether `user` may change the text of `article` now: shared/workflow/policy.ts's `edit`
 * rule, the workstation's own (never a second copy of it). A disabled person may not.
 */
export function mayEdit(user: HubUser, article: HubArticle): boolean {
  if (user.disabled) return false;
  return decide({ userId: user.id, role: user.role }, 'edit', article).allowed;
}
