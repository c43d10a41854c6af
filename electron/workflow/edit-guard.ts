import type { ArticlePolicy, WriteGuard } from '../articles/write-guard';
import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import { canCreateArticles, decide } from '../../shared/workflow/policy';
import type { ArticleStore } from '../articles/store';

/**
 * The workflow's side of every change to an article's content (save, restore, a named
 * version): the policy decides who may change it in which state (the holder lock). An
 * approved or scheduled article is refused outright: its approval is voided only by the
 * explicit, audited "Reopen for changes" step, never by a stray keystroke.
 */
export function articlePolicy(articles: Pick<ArticleStore, 'requireState'>): ArticlePolicy {
  function guard(session: Session): WriteGuard {
    return {
      check({ id }) {
        const row = articles.requireState(id);
        const decision = decide(session, 'edit', { state: row.state, authorId: row.authorId, holderId: row.holderId });
        if (!decision.allowed) throw new GalleyError('FORBIDDEN', decision.reason);
      },
    };
  }

  return {
    checkCreate(session) {
      if (!canCreateArticles(session.role)) {
        throw new GalleyError('FORBIDDEN', 'Admins manage people and settings; sign in as a writer, editor or desk chief to write.');
      }
    },
    guard,
  };
}
