import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { ArticleService, SaveResult } from '../articles/service';
import type { WriteGuard } from '../articles/write-guard';
import { articleRepository } from '../articles/repository';
import type { PublicationGuard } from '../workflow/publication-guard';
import { workflowRepository, type WorkflowRow } from '../workflow/repository';
import { reviewRepository } from './repository';
import { GalleyError } from '../../shared/contract/errors';
import type { ArticleBody } from '../../shared/content/body';
import { contentOf, markId } from '../../shared/content/marks';
import { markedWords, sameWords } from '../../shared/content/marked-words';
import type { ReviewRecords } from '../../shared/checks/review/records';
import {
  STATUSES_NEEDING_NOTE,
  type ArticleReview,
  type Claim,
  type ClaimAuthor,
  type ClaimStatus,
  type CommentThread,
} from '../../shared/domain/review';
import type { Session } from '../../shared/domain/session';
import { canAnnotate, canDiscuss, canModerate, type ReviewDecision } from '../../shared/workflow/review-policy';
import type { ClaimReviewInput } from '../../shared/content/render/claim-review';

export interface ReviewServiceDeps {
  db: Db;
  events: EventBus;
  articles: ArticleService;
  /** Holds approved articles to what they approved: checked claims go out as ClaimReview. */
  publications: PublicationGuard;
  now: () => Date;
}

export type ReviewService = ReturnType<typeof reviewService>;

const must = (decision: ReviewDecision): void => {
  if (!decision.allowed) throw new GalleyError('FORBIDDEN', decision.reason);
};

const actorOf = (session: Session) => ({ userId: session.userId, role: session.role });
const factsOf = (row: WorkflowRow) => ({ state: row.state, authorId: row.authorId, holderId: row.holderId });

/**
 * Comments and claims. Every write checks the review policy (shared/workflow/review-policy)
 * inside its transaction, against the article as it is then. Marks in the body are the
 * anchors; whether a record's mark is still in the saved body (or "detached", its words
 * deleted) is read from the body whenever the records are read, so it cannot go stale.
 */
export function reviewService({ db, events, articles, publications, now }: ReviewServiceDeps) {
  const repo = reviewRepository(db);
  const workflow = workflowRepository(db);
  const articleRows = articleRepository(db);
  const stamp = () => now().toISOString();

  function articleRow(articleId: string): WorkflowRow {
    const row = workflow.find(articleId);
    if (!row) throw new GalleyError('NOT_FOUND', 'That article does not exist (it may have been removed).');
    return row;
  }

  function rowBySeq(seq: number): WorkflowRow {
    const row = workflow.findBySeq(seq);
    if (!row) throw new GalleyError('NOT_FOUND', 'That article does not exist (it may have been removed).');
    return row;
  }

  /** The words of each mark in the article's saved body, by mark id (`claim:<id>`): absent when its words were deleted. */
  function wordsIn(articleId: string): Map<string, string> {
    const stored = articleRows.find(articleId);
    return stored ? markedWords(stored.article.body) : new Map();
  }

  function commentsOf(row: WorkflowRow, words: Map<string, string>): CommentThread[] {
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

  function claimsOf(row: WorkflowRow, words: Map<string, string>): Claim[] {
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

  function changed(articleId: string): void {
    events.emit({ type: 'review.changed', articleId });
  }

  function get(articleId: string): ArticleReview {
    const row = articleRow(articleId);
    const words = wordsIn(articleId);
    return { comments: commentsOf(row, words), claims: claimsOf(row, words) };
  }

  function commentFor(session: Session, commentId: string) {
    const comment = repo.findComment(commentId);
    if (!comment) throw new GalleyError('NOT_FOUND', 'That comment does not exist (it may have been removed).');
    const row = rowBySeq(comment.articleSeq);
    must(canDiscuss(actorOf(session), factsOf(row)));
    return { comment, row };
  }

  function claimFor(session: Session, claimId: string) {
    const claim = repo.findClaim(claimId);
    if (!claim) throw new GalleyError('NOT_FOUND', 'That claim does not exist (it may have been removed).');
    const row = rowBySeq(claim.articleSeq);
    must(canModerate(actorOf(session)));
    return { claim, row };
  }

  /** One change to a comment, checked and written in one transaction; other windows hear of it; the thread as it is now. */
  function onComment(session: Session, commentId: string, write: (comment: { seq: number }) => void): CommentThread {
    const articleId = db.transaction(() => {
      const { comment, row } = commentFor(session, commentId);
      write(comment);
      return row.id;
    }).immediate();
    changed(articleId);
    return get(articleId).comments.find((comment) => comment.id === commentId)!;
  }

  /** The same for a claim (editors and desk chiefs only). */
  function onClaim(session: Session, claimId: string, write: (claim: { seq: number; quote: string }, articleId: string) => void): Claim {
    const articleId = db.transaction(() => {
      const { claim, row } = claimFor(session, claimId);
      publications.change(session, 'A checked claim', { articleId: row.id }, () => write(claim, row.id));
      return row.id;
    }).immediate();
    changed(articleId);
    return get(articleId).claims.find((claim) => claim.id === claimId)!;
  }

  return {
    get,

    /**
     * What the checks need (through the check context's recordsFor). The checks read each
     * mark's current words from the body they check; a claim carries the words its last
     * verdict was given on, to tell whether that verdict still covers them.
     */
    recordsFor(articleId: string): ReviewRecords {
      const row = workflow.find(articleId);
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
      const row = workflow.find(articleId);
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

    addComment(session: Session, input: { articleId: string; id: string; quote: string; text: string; blocking: boolean }): CommentThread {
      db.transaction(() => {
        const row = articleRow(input.articleId);
        must(canDiscuss(actorOf(session), factsOf(row)));
        if (input.blocking) must(canModerate(actorOf(session)));
        if (repo.findComment(input.id) || repo.findClaim(input.id)) throw new GalleyError('CONFLICT', 'A comment with that id already exists.');
        repo.insertComment({ id: input.id, articleSeq: row.seq, quote: input.quote, authorId: session.userId, text: input.text, createdAt: stamp(), blocking: input.blocking });
      }).immediate();
      changed(input.articleId);
      return get(input.articleId).comments.find((comment) => comment.id === input.id)!;
    },

    reply(session: Session, input: { commentId: string; text: string }): CommentThread {
      return onComment(session, input.commentId, (comment) =>
        repo.insertReply({ id: randomUUID(), commentSeq: comment.seq, authorId: session.userId, text: input.text, createdAt: stamp() }),
      );
    },

    /** Resolves (or reopens) a thread: anyone who may discuss the article, the writer included. */
    resolve(session: Session, input: { commentId: string; resolved: boolean }): CommentThread {
      return onComment(session, input.commentId, (comment) => repo.setResolved(comment.seq, input.resolved ? { by: session.userId, at: stamp() } : null));
    },

    setBlocking(session: Session, input: { commentId: string; blocking: boolean }): CommentThread {
      return onComment(session, input.commentId, (comment) => {
        must(canModerate(actorOf(session)));
        repo.setBlocking(comment.seq, input.blocking);
      });
    },

    addClaim(session: Session, input: { articleId: string; id: string; quote: string }): Claim {
      db.transaction(() => {
        const row = articleRow(input.articleId);
        must(canModerate(actorOf(session)));
        must(canDiscuss(actorOf(session), factsOf(row)));
        if (repo.findClaim(input.id) || repo.findComment(input.id)) throw new GalleyError('CONFLICT', 'A claim with that id already exists.');
        repo.insertClaim({ id: input.id, articleSeq: row.seq, quote: input.quote, createdBy: session.userId, createdAt: stamp() });
      }).immediate();
      changed(input.articleId);
      return get(input.articleId).claims.find((claim) => claim.id === input.id)!;
    },

    /** Records a verdict; the history keeps every one, with who and when. */
    recordVerdict(session: Session, input: { claimId: string; status: ClaimStatus; note: string }): Claim {
      const note = input.note.trim();
      if (STATUSES_NEEDING_NOTE.includes(input.status) && note === '') {
        throw new GalleyError('BAD_INPUT', `Say why the claim is ${input.status}: a note is required for that verdict.`);
      }
      // The verdict covers the words as saved now (as marked, if they were deleted).
      return onClaim(session, input.claimId, (claim, articleId) => {
        const quote = wordsIn(articleId).get(markId('claim', input.claimId)) ?? claim.quote;
        repo.insertCheck({ claimSeq: claim.seq, status: input.status, note, quote, checkedBy: session.userId, checkedAt: stamp() });
      });
    },

    setClaimSources(session: Session, input: { claimId: string; sourceIds: string[] }): Claim {
      const unique = [...new Set(input.sourceIds)];
      return onClaim(session, input.claimId, (claim) => {
        if (repo.setSources(claim.seq, unique) !== unique.length) {
          throw new GalleyError('NOT_FOUND', 'One of those sources no longer exists; reload the Sources panel and pick again.');
        }
      });
    },

    /** Who made the claim (null: nobody said); it goes out as the reviewed Claim's author, so an approval is held to it. */
    setClaimAuthor(session: Session, input: { claimId: string; author: ClaimAuthor | null }): Claim {
      return onClaim(session, input.claimId, (claim) => repo.setAuthor(claim.seq, input.author));
    },

    /**
     * An annotation-only save: the body may differ from the stored one only by marks
     * (compared with the marks taken out), so a reviewer can comment and mark claims
     * without taking the text over. Still bound to baseVersion, like every save.
     */
    annotate(session: Session, request: { id: string; baseVersion: number; body: ArticleBody }): SaveResult {
      const guard: WriteGuard = {
        // Runs after the save has validated the body (headless Lexical), so a body too
        // malformed or deep to compare is refused as invalid content first.
        check({ id }) {
          const incoming = contentOf(request.body);
          const row = articleRow(id);
          must(canAnnotate(actorOf(session), factsOf(row)));
          const stored = articleRows.find(id);
          // A stale copy is a CONFLICT (the save reports it next), not a refused text change.
          if (stored && stored.article.version !== request.baseVersion) return;
          if (!stored || contentOf(stored.article.body) !== incoming) {
            throw new GalleyError(
              'FORBIDDEN',
              'Only comments and claims can be added without taking the article; to change its text, take it into edit first.',
            );
          }
        },
      };
      const result = articles.save(session, { id: request.id, baseVersion: request.baseVersion, body: request.body }, guard);
      changed(request.id);
      return result;
    },
  };
}
