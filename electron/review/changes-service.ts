import type { Db } from '../db/connection';
import type { ArticleService } from '../articles/service';
import type { ArticleStore } from '../articles/store';
import { diffArticles, type ArticleState } from '../../shared/diff/article-diff';
import type { ArticleDiff } from '../../shared/diff/types';
import type { ChangesSince, LookSummary } from '../../shared/contract/channels/changes';
import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import { assetIdsIn } from '../../shared/content/nodes/figure-data';
import type { ChangesRepository, Look } from './changes-repository';
import type { RightsSnapshot } from '../../shared/diff/types';
import { sourceSnapshots } from '../../shared/diff/source-snapshot';
import type { Source } from '../../shared/domain/source';
import type { Revision } from '../../shared/domain/revision';

export type ChangesService = ReturnType<typeof changesService>;

/** A revision the article went through at a workflow step, and who took the step. */
type StepRevision = { revisionId: string; at: string; byId: string };

/**
 * "Changes since I last looked" and comparing revisions. A look is recorded per person and
 * article with a snapshot of what they saw (metadata, body, image rights, sources), so the diff stays
 * right however many saves come after; anyone who may read the article may record their own look.
 */
export function changesService({
  db,
  repo,
  articles,
  store,
  sourcesOf,
  records,
  now,
}: {
  db: Db;
  /** Each person's looks (review_views). */
  repo: ChangesRepository;
  articles: ArticleService;
  store: Pick<ArticleStore, 'requireHead' | 'revisions'>;
  sourcesOf: (articleId: string) => Source[];
  /** What a look compares besides the text, each read from the feature that keeps it. */
  records: {
    sourceTitle(id: string): string | undefined;
    rightsOf(assetIds: readonly string[]): Record<string, RightsSnapshot>;
    /** The revision this person last approved, and the one the writer last submitted (the workflow's steps). */
    lastApprovalBy(seq: number, userId: string): StepRevision | null;
    lastSubmission(seq: number): StepRevision | null;
    nameOf(userId: string): string | null;
  };
  now: () => Date;
}) {
  const seqOf = (articleId: string) => store.requireHead(articleId).seq;
  const options = { sourceTitle: (id: string) => records.sourceTitle(id) };

  const currentState = (articleId: string) => {
    const article = articles.get(articleId);
    const state: Required<ArticleState> = {
      meta: article.meta,
      body: article.body,
      rights: records.rightsOf(assetIdsIn(article.body)),
      sources: sourceSnapshots(sourcesOf(articleId)),
    };
    return { article, state };
  };

  /** A revision as it was written: its text, and the rights and sources kept with it (sources: when known). */
  const revisionState = (revision: Revision): ArticleState => {
    const sources = store.revisions.keptSources(revision.id);
    return { meta: revision.meta, body: revision.body, rights: store.revisions.keptRights(revision.id), ...(sources === undefined ? {} : { sources }) };
  };

  return {
    changes(session: Session, articleId: string): ChangesSince {
      return db.transaction((): ChangesSince => {
        const { article, state } = currentState(articleId);
        const seq = seqOf(articleId);
        const view = repo.view(session.userId, seq);
        const since = (kind: 'look' | 'opening', look: Look): ChangesSince => ({
          base: { kind, at: look.seenAt, by: null },
          currentVersion: article.version,
          diff: diffArticles(look.state, state, options),
        });
        if (view?.base) return since('look', view.base);
        // A first look: what this person last approved, else what the writer last submitted, else what they saw on opening it.
        const approval = records.lastApprovalBy(seq, session.userId);
        const step = approval ?? records.lastSubmission(seq);
        if (step === null) return view === null ? { base: null, currentVersion: article.version, diff: null } : since('opening', view.look);
        return {
          base: { kind: approval !== null ? 'approval' : 'submission', at: step.at, by: { id: step.byId, name: records.nameOf(step.byId) ?? 'Someone' } },
          currentVersion: article.version,
          diff: diffArticles(revisionState(articles.getRevision(step.revisionId)), state, options),
        };
      })();
    },

    /**
     * Records a look. On opening the article, the look before it becomes the base the
     * Changes panel compares against for as long as it stays open; "mark as seen" makes
     * now the base, so only what changes afterwards shows.
     */
    markSeen(session: Session, articleId: string, opening = false): LookSummary {
      return db.transaction(() => {
        const { article, state } = currentState(articleId);
        const seq = seqOf(articleId);
        const seenAt = now().toISOString();
        const base = opening ? repo.rawLook(session.userId, seq) : { version: article.version, json: JSON.stringify(state), seenAt };
        repo.saveView(session.userId, seq, article.version, state, seenAt, base);
        return { articleId, version: article.version, seenAt };
      })();
    },

    compareRevisions(fromId: string, toId: string): ArticleDiff {
      const from = articles.getRevision(fromId);
      const to = articles.getRevision(toId);
      if (from.articleId !== to.articleId) throw new GalleyError('BAD_INPUT', 'Those two versions belong to different articles: compare versions of one article.');
      return diffArticles(revisionState(from), revisionState(to), options);
    },
  };
}
