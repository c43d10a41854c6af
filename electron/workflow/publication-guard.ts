import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import { decide } from '../../shared/workflow/policy';
import { workflowStores, type PublicationOf, type WorkflowDeps } from './stores';

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

export function publicationGuard({ db, publicationOf }: Pick<WorkflowDeps, 'db'> & { publicationOf: PublicationOf }): PublicationGuard {
  const stores = workflowStores(db);
  const LIVE = `a.state IN ('approved', 'scheduled')`;
  const bySource = db.prepare<[string, string], { id: string }>(`
    SELECT a.id FROM articles a WHERE ${LIVE} AND (
      a.seq IN (SELECT s.article_seq FROM article_sources s JOIN sources src ON src.seq = s.source_seq WHERE src.id = ?)
      OR a.seq IN (SELECT c.article_seq FROM citations c WHERE c.source_id = ?))`);
  // revision_rights lists the images of every revision (migration 10), the approved one's too.
  const byAsset = db.prepare<[string], { id: string }>(`
    SELECT a.id FROM articles a JOIN revision_rights rr ON rr.revision_id = a.approved_revision_id
    WHERE ${LIVE} AND rr.asset_id = ?`);
  const byArticle = db.prepare<[string], { id: string }>(`SELECT a.id FROM articles a WHERE ${LIVE} AND a.id = ?`);

  const reached = (reach: Reach): string[] => {
    if ('sourceId' in reach) return bySource.all(reach.sourceId, reach.sourceId).map((row) => row.id);
    if ('assetId' in reach) return byAsset.all(reach.assetId).map((row) => row.id);
    return byArticle.all(reach.articleId).map((row) => row.id);
  };

  /** Refuses the change when it would alter what the article's approval publishes. */
  function hold(session: Session, what: string, articleId: string): void {
    const row = stores.workflow.find(articleId);
    if (row === null || row.approvedRevisionId === null) return;
    const approved = stores.workflow.publicationOfRevision(row.approvedRevisionId);
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
