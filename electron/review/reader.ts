import type { ArticleStore } from '../articles/store';
import { markId } from '../../shared/content/marks';
import { markedWords, sameWords } from '../../shared/content/marked-words';
import type { ReviewRecords } from '../../shared/checks/review/records';
import type { ClaimReviewInput } from '../../shared/content/render/claim-review';
import type { Claim, CommentThread } from '../../shared/domain/review';
import type { ReviewRepository } from './repository';

/** The article a review record belongs to: its row number and id. */
export interface ReviewedArticle {
  seq: number;
  id: string;
}

export type ReviewReader = ReturnType<typeof reviewReader>;

/**
 * Comments and claims as they read now, built from the review's tables and the article's
 * saved body. The review service shows them; the checks (recordsFor) and the JSON-LD export
 * (claimReviewsFor) read them through this reader, which needs neither the review service
 * nor the article service, so the services can be built in one order without a forward
 * reference.
 */
export function reviewReader({ repo, articles }: { repo: ReviewRepository; articles: Pick<ArticleStore, 'find' | 'states'> }) {
  /** The words of each mark in the article's saved body, by mark id (`claim:<id>`): absent when its words were deleted. */
  function wordsIn(articleId: string): Map<string, string> {
    const stored = articles.find(articleId);
    return stored ? markedWords(stored.article.body) : new Map();
  }

  function commentsOf(row: ReviewedArticle, words: Map<string, string>): CommentThread[] {
    return repo.commentsOf(row.seq).map(({ comment, replies }) => {
      const current = words.get(markId('comment', comment.id));
      return {
        id: comment.id,
        articleId: row.id,
        quote: current ?? comment.quote,
        author: comment.author,
        text: comment.text,
        createdAt: comment.createdAt,
        blocking: comment.blocking,
        resolved: comment.resolved,
        detached: current === undefined,
        replies,
      };
    });
  }

  function claimsOf(row: ReviewedArticle, words: Map<string, string>): Claim[] {
    return repo.claimsOf(row.seq).map(({ claim, history, sourceIds }) => {
      const last = history.at(-1);
      const current = words.get(markId('claim', claim.id));
      // Deleted words: the last ones known (a verdict's, else those first marked).
      const quote = current ?? last?.quote ?? claim.quote;
      const verdict = last === undefined || last.status === 'unchecked' ? null : last;
      return {
        id: claim.id,
        articleId: row.id,
        quote,
        createdBy: claim.createdBy,
        createdAt: claim.createdAt,
        status: last?.status ?? 'unchecked',
        note: last?.note ?? '',
        checked: verdict === null ? null : { by: verdict.by, at: verdict.at },
        sourceIds,
        author: claim.author,
        detached: current === undefined,
        outdated: verdict !== null && !sameWords(verdict.quote, quote),
        history,
      };
    });
  }

  return {
    wordsIn,
    commentsOf,
    claimsOf,

    /**
     * What the checks need (through the check context's recordsFor). The checks read each
     * mark's current words from the body they check; a claim carries the words its last
     * verdict was given on, to tell whether that verdict still covers them.
     */
    recordsFor(articleId: string): ReviewRecords {
      const row = articles.states.find(articleId);
      if (!row) return { comments: [], claims: [] };
      return {
        comments: repo.commentsOf(row.seq).map(({ comment }) => ({
          id: comment.id,
          quote: comment.quote,
          blocking: comment.blocking,
          resolved: comment.resolved !== null,
        })),
        claims: repo.claimsOf(row.seq).map(({ claim, history }) => {
          const last = history.at(-1);
          return { id: claim.id, status: last?.status ?? 'unchecked', verdictQuote: last?.quote ?? null };
        }),
      };
    },

    /**
     * Claims with a standing verdict, for ClaimReview: each quoted as the text now reads. A
     * claim whose words are gone, or changed since its verdict, is not reviewed by anyone.
     */
    claimReviewsFor(articleId: string): ClaimReviewInput[] {
      const row = articles.states.find(articleId);
      if (!row) return [];
      return claimsOf(row, wordsIn(articleId))
        .filter((claim) => !claim.detached && !claim.outdated && claim.checked !== null)
        .map((claim) => ({
          quote: claim.quote,
          status: claim.status,
          checkedAt: claim.checked!.at,
          sourceIds: claim.sourceIds,
          ...(claim.author === null ? {} : { author: claim.author }),
        }));
    },
  };
}
