import type { WorkflowState } from '../domain/article';
import type { Role } from '../domain/session';
import { holderOf, type Actor, type ArticleFacts } from './policy';

/**
 * Who may review an article: comment on it, mark claims, decide them. Pure, like ./policy;
 * the review service enforces it inside the transaction that writes, the panels draw their
 * controls from it.
 *
 * Comments and claims are annotations, not copy: reviewing an article never needs holding
 * it. The holder's marks go in with their ordinary saves; anyone else's go in through an
 * annotation-only save (the body may differ from the stored one only by marks), allowed
 * while the article is under review and nobody else is about to publish it.
 */

const REVIEWERS: readonly Role[] = ['editor', 'desk_chief'];

/** States in which the text may gain or lose marks from someone other than its holder. */
export const ANNOTATABLE_STATES: readonly WorkflowState[] = ['submitted', 'in_edit', 'ready', 'returned', 'correction'];

export type ReviewDecision = { allowed: true } | { allowed: false; reason: string };

const yes: ReviewDecision = { allowed: true };
const no = (reason: string): ReviewDecision => ({ allowed: false, reason });

/** Editors and desk chiefs review every article; a writer reviews (answers, resolves) their own. */
export function canDiscuss(actor: Actor, facts: ArticleFacts): ReviewDecision {
  if (REVIEWERS.includes(actor.role)) return yes;
  if (actor.role === 'writer' && actor.userId === facts.authorId) return yes;
  if (actor.role === 'admin') return no('Admins manage people and settings; sign in as an editor to review articles.');
  return no('Only the article’s writer, editors and desk chiefs can comment on it.');
}

/** Marking a comment blocking (or lifting it), marking claims and recording verdicts: editors and desk chiefs. */
export function canModerate(actor: Actor): ReviewDecision {
  return REVIEWERS.includes(actor.role) ? yes : no('Only an editor or a desk chief can do that.');
}

/** Whether this person may save marks into the text without holding it. */
export function canAnnotate(actor: Actor, facts: ArticleFacts): ReviewDecision {
  const discuss = canDiscuss(actor, facts);
  if (!discuss.allowed) return discuss;
  if (actor.userId === holderOf(facts)) return yes;
  if (!ANNOTATABLE_STATES.includes(facts.state)) {
    return no('Comments and claims can be added while the article is submitted, in edit, ready or returned; return it to review it again.');
  }
  return yes;
}
