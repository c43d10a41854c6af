import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { ArticleService, SaveResult } from '../articles/service';
import type { WriteGuard } from '../articles/write-guard';
import type { ArticleStore } from '../articles/store';
import type { WorkflowRow } from '../articles/workflow-row';
import type { PublicationGuard } from '../workflow/publication-guard';
import type { ReviewRepository } from './repository';
import type { ReviewReader } from './reader';
import { GalleyError } from '../../shared/contract/errors';
import type { ArticleBody } from '../../shared/content/body';
import { contentOf, markId } from '../../shared/content/marks';
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

export interface ReviewServiceDeps {
  db: Db;
  events: EventBus;
  articles: ArticleService;
  /** The articles' rows and workflow columns: who may review, and the body the marks are in. */
  store: Pick<ArticleStore, 'find' | 'requireState' | 'requireStateBySeq'>;
  repo: ReviewRepository;
  reader: ReviewReader;
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
export function reviewService({ db, events, articles, store, repo, reader, publications, now }: ReviewServiceDeps) {
  const stamp = () => now().toISOString();
  const articleRow = store.requireState;
  const rowBySeq = store.requireStateBySeq;
  const { wordsIn, commentsOf, claimsOf } = reader;

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

    recordsFor: reader.recordsFor,
    claimReviewsFor: reader.claimReviewsFor,

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
          const stored = store.find(id);
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
