import type { Db } from '../db/connection';
import type { ArticleService } from '../articles/service';
import { diffArticles, type ArticleState } from '../../shared/diff/article-diff';
import type { ArticleDiff } from '../../shared/diff/types';
import type { ChangesSince, ReviewView } from '../../shared/contract/channels/style-and-looks';
import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import { assetIdsIn } from '../../shared/content/nodes/figure-data';
import { looksRepository } from './looks-repository';
import { sourceSnapshots } from '../../shared/diff/source-snapshot';
import type { Source } from '../../shared/domain/source';
import type { Revision } from '../../shared/domain/revision';

export type LooksService = ReturnType<typeof looksService>;

/**
 * "Changes since I last looked" and comparing revisions. A look is recorded per person and
 * article with a snapshot of what they saw (metadata, body, image rights, sources), so the diff stays
 * right however many saves come after; anyone who may read the article may record their own look.
 */
export function looksService({ db, articles, sourcesOf, now }: { db: Db; articles: ArticleService; sourcesOf: (articleId: string) => Source[]; now: () => Date }) {
  const repo = looksRepository(db);
  const options = { sourceTitle: (id: string) => repo.sourceTitle(id) };

  const currentState = (articleId: string) => {
    const article = articles.get(articleId);
    const state: Required<ArticleState> = {
      meta: article.meta,
      body: article.body,
      rights: repo.rightsOf(assetIdsIn(article.body)),
      sources: sourceSnapshots(sourcesOf(articleId)),
    };
    return { article, state };
  };

  /** A revision as it was written: its text, and the rights and sources kept with it (sources: when known). */
  const revisionState = (revision: Revision): ArticleState => {
    const sources = repo.revisionSources(revision.id);
    return { meta: revision.meta, body: revision.body, rights: repo.revisionRights(revision.id), ...(sources === undefined ? {} : { sources }) };
  };

  return {
    changes(session: Session, articleId: string): ChangesSince {
      return db.transaction(() => {
        const { article, state } = currentState(articleId);
        const last = repo.view(session.userId, repo.seqOf(articleId));
        if (last === null) return { lastSeen: null, currentVersion: article.version, diff: null };
        return {
          lastSeen: { articleId, version: last.version, seenAt: last.seenAt },
          currentVersion: article.version,
          diff: diffArticles(last.state, state, options),
        };
      })();
    },

    markSeen(session: Session, articleId: string): ReviewView {
      return db.transaction(() => {
        const { article, state } = currentState(articleId);
        const seenAt = now().toISOString();
        repo.saveView(session.userId, repo.seqOf(articleId), article.version, state, seenAt);
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
