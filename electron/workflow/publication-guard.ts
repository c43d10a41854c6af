import { GalleyError } from '../../shared/contract/errors';
import type { GalleyEvent } from '../../shared/contract/events';
import type { Session } from '../../shared/domain/session';
import { decide } from '../../shared/workflow/policy';
import { voidApproval } from './void-approval';
import { workflowStores, type PublicationOf, type WorkflowDeps } from './stores';

/** Which approved articles a change can reach. */
export type Reach = { sourceId: string } | { assetId: string } | { articleId: string };

export interface PublicationGuard {
  /**
   * Runs `write` (a change to a record that publications carry: a source, an image's rights,
   * a claim, an article's list of sources) inside the caller's transaction, and then holds
   * every approved or scheduled article it reached to its approval: where the publication
   * the approval binds would now come out different, the policy decides as for an edit of
   * the article. Allowed (editors, desk chiefs): the approval is void and the article is back
   * in edit, with an audit entry naming the change. Refused: the whole change is refused.
   * `what` names the record for people ("Source “Harbour audit”"), already redacted.
   */
  change<T>(session: Session, what: string, reach: Reach, write: () => T): { result: T; events: GalleyEvent[] };
}

/** The top-level parts of two stored publications that differ ("sources", "images"…). */
function differingParts(approvedJson: string, currentJson: string): string[] {
  const approved = JSON.parse(approvedJson) as Record<string, unknown>;
  const current = JSON.parse(currentJson) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(approved), ...Object.keys(current)])].sort();
  return keys.filter((key) => JSON.stringify(approved[key]) !== JSON.stringify(current[key]));
}

export function publicationGuard({ db, audit, now, publicationOf }: Pick<WorkflowDeps, 'db' | 'audit' | 'now'> & { publicationOf: PublicationOf }): PublicationGuard {
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

  function hold(session: Session, what: string, articleId: string, stamp: string): GalleyEvent[] {
    const row = stores.workflow.find(articleId);
    if (row === null || row.approvedRevisionId === null) return [];
    const approved = stores.workflow.publicationOfRevision(row.approvedRevisionId);
    // An approval from before Galley kept publications cannot be published anyway (the publish step refuses it).
    if (approved === null) return [];
    const current = publicationOf(row.id, row.approvedRevisionId);
    if (current.hash === approved.hash) return [];
    const decision = decide(session, 'edit', { state: row.state, authorId: row.authorId, holderId: row.holderId });
    if (!decision.allowed) {
      throw new GalleyError('FORBIDDEN', `${what} is part of “${current.headline}”, which is ${row.state}: changing it would change what goes out. ${decision.reason}`);
    }
    return voidApproval(
      stores,
      audit,
      session,
      row,
      {
        reason: `${what} changed by ${session.displayName} after approval`,
        contentHash: row.approvedHash,
        details: { changed: what, parts: differingParts(approved.json, current.json), approvedPublicationHash: approved.hash, publicationHash: current.hash },
      },
      stamp,
    );
  }

  return {
    change(session, what, reach, write) {
      const before = reached(reach);
      const result = write();
      // A change can reach an article it did not before (attaching a source), or leave one (deleting it).
      const articles = [...new Set([...before, ...reached(reach)])];
      const stamp = now().toISOString();
      return { result, events: articles.flatMap((id) => hold(session, what, id, stamp)) };
    },
  };
}
