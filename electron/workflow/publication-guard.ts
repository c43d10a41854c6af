import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import { decide } from '../../shared/workflow/policy';
import type { ArticleStore } from '../articles/store';
import type { WorkflowRepository } from './repository';
import type { PublicationOf } from './stores';

/** Which approved articles a change can reach. */
export type Reach = { sourceId: string } | { assetId: string } | { articleId: string };

export interface PublicationGuard {
  /**
   * Runs `write` (a change to a record that publications carry: a source, an image's rights,
   * a claim, an article's list of sources) inside the caller's transaction, and then holds
   * every approved or scheduled article it reached to its approval: where the publication
   * the approval binds would now come out different, the whole change is refused, for every
   * role, as an edit of the article is (approved text is read only until someone reopens it
   * for changes). `what` names the record for people ("Source “Harbour audit”"), already
   * redacted. Returns what `write` returned.
   */
  change<T>(session: Session, what: string, reach: Reach, write: () => T): T;
}

/** What the guard reads, each from the feature that owns it; all of it runs inside the caller's transaction. */
export interface PublicationGuardDeps {
  articles: Pick<ArticleStore, 'states' | 'revisions'>;
  workflow: Pick<WorkflowRepository, 'publicationOfRevision'>;
  /** The articles (row numbers) that attach or cite a source (electron/sources). */
  articlesUsing(sourceId: string): number[];
  publicationOf: PublicationOf;
}

export function publicationGuard({ articles, workflow, articlesUsing, publicationOf }: PublicationGuardDeps): PublicationGuard {
  const { states, revisions } = articles;
  const reached = (reach: Reach): string[] => {
    if ('sourceId' in reach) return states.liveAmong(articlesUsing(reach.sourceId));
    if ('assetId' in reach) return states.liveApproving(revisions.showing(reach.assetId));
    return states.liveById(reach.articleId);
  };

  /** Refuses the change when it would alter what the article's approval publishes. */
  function hold(session: Session, what: string, articleId: string): void {
    const row = states.find(articleId);
    if (row === null || row.approvedRevisionId === null) return;
    const approved = workflow.publicationOfRevision(row.approvedRevisionId);
    // An approval from before Galley kept publications cannot be published anyway (the publish step refuses it).
    if (approved === null) return;
    const current = publicationOf(row.id, row.approvedRevisionId);
    if (current.hash === approved.hash) return;
    const decision = decide(session, 'edit', { state: row.state, authorId: row.authorId, holderId: row.holderId });
    // Refused even were the policy ever to allow it: only "Reopen for changes" voids an approval.
    const reason = decision.allowed ? 'Reopen it for changes first.' : decision.reason;
    throw new GalleyError('FORBIDDEN', `${what} is part of “${current.headline}”, which is ${row.state}: changing it would change what goes out. ${reason}`);
  }

  return {
    change(session, what, reach, write) {
      const before = reached(reach);
      const result = write();
      // A change can reach an article it did not before (attaching a source), or leave one (deleting it).
      const articles = [...new Set([...before, ...reached(reach)])];
      for (const id of articles) hold(session, what, id);
      return result;
    },
  };
}
