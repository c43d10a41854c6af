import { contentHash } from '../articles/content-hash';
import type { ArticlePolicy, WriteGuard } from '../articles/write-guard';
import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import { canCreateArticles, decide } from '../../shared/workflow/policy';
import { workflowStores, type WorkflowDeps } from './stores';
import { voidApproval } from './void-approval';

/**
 * The workflow's side of every change to an article's content (save, restore, a named
 * version): the policy decides who may change it in which state (the holder lock), and a
 * change to an approved article voids its approval and puts it back in edit, in the same
 * transaction as the change.
 */
export function articlePolicy({ db, audit, now }: Pick<WorkflowDeps, 'db' | 'audit' | 'now'>): ArticlePolicy {
  const stores = workflowStores(db);

  function guard(session: Session): WriteGuard {
    return {
      check({ id }) {
        const row = stores.workflow.find(id);
        if (!row) throw new GalleyError('NOT_FOUND', 'That article does not exist (it may have been removed).');
        const decision = decide(session, 'edit', { state: row.state, authorId: row.authorId, holderId: row.holderId });
        if (!decision.allowed) throw new GalleyError('FORBIDDEN', decision.reason);
      },

      written({ id }, content) {
        const row = stores.workflow.find(id);
        if (!row || (row.state !== 'approved' && row.state !== 'scheduled')) return [];
        const hash = contentHash(content.meta, content.body);
        if (hash === row.approvedHash) return [];
        return voidApproval(stores, audit, session, row, { reason: `Changed by ${session.displayName} after approval`, contentHash: hash }, now().toISOString());
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
