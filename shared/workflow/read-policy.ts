import type { Role } from '../domain/session';
import { holderOf, type Actor, type ArticleFacts } from './policy';

/**
 * Who may read an article's text, beside ./policy (who may change it). Pure: the hub
 * enforces it when a document is opened and on every message. (The workstation does not
 * use it yet: its desk list of the hub's articles, which should, is still to be built.)
 *
 * Editors and desk chiefs read everything: they take submitted copy, review, approve and
 * correct any article. A writer reads their own articles (and whatever they hold): another
 * writer's draft is theirs until it is submitted, and published copy is read where it is
 * published. Admins manage people and settings, not copy (as in ./policy and ./review-policy).
 */
const READ_ALL: readonly Role[] = ['editor', 'desk_chief'];

export type ReadDecision = { allowed: true } | { allowed: false; reason: string };

export function canRead(actor: Actor, facts: ArticleFacts): ReadDecision {
  if (READ_ALL.includes(actor.role)) return { allowed: true };
  if (actor.role === 'admin') return { allowed: false, reason: 'Admins manage people and settings; sign in as an editor or desk chief to read articles.' };
  if (actor.userId === facts.authorId || actor.userId === holderOf(facts)) return { allowed: true };
  return { allowed: false, reason: 'A writer reads their own articles; this one is another writer’s.' };
}
