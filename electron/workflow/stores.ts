import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { AuditLog } from '../audit/audit-log';
import { articleRepository, type StoredArticle } from '../articles/repository';
import { revisionRepository } from '../articles/revision-repository';
import { contentHash } from '../articles/content-hash';
import { userRepository } from '../auth/user-repository';
import { workflowRepository, type StoredPublicationCopy } from './repository';
import type { CheckContext } from '../../shared/checks/context';
import type { RevisionSummary } from '../../shared/domain/revision';
import type { Session } from '../../shared/domain/session';
import type { WorkflowState } from '../../shared/domain/article';
import type { WorkflowAction } from '../../shared/workflow/actions';

/** One workflow step, as the services that react to steps see it (publishing queues its jobs from it). */
export interface WorkflowStep {
  articleSeq: number;
  articleId: string;
  action: WorkflowAction;
  from: WorkflowState;
  to: WorkflowState;
  /** The approved revision the step carries (publish, schedule), or the one it kept. */
  revisionId: string | null;
  /** Set when the article had been published before this step. */
  previouslyPublishedRevisionId: string | null;
  note: string | null;
  session: Session;
  at: string;
}

/** A revision's publication as it would go out now (made by publishing: electron/publishing/publication). */
export interface BoundPublication extends StoredPublicationCopy {
  /** The headline as it goes out (redacted), for messages. */
  headline: string;
}

/** Builds the publication an approval binds: everything the publishing targets render from. */
export type PublicationOf = (articleId: string, revisionId: string) => BoundPublication;

export interface WorkflowDeps {
  db: Db;
  events: EventBus;
  audit: AuditLog;
  now: () => Date;
  checkContext: CheckContext;
  publicationOf: PublicationOf;
  /** Runs inside the step's transaction: what it writes commits (or rolls back) with the step. */
  onStep?: (step: WorkflowStep) => void;
}

export type WorkflowStores = ReturnType<typeof workflowStores>;

/** The repositories the workflow reads and writes, over one connection. */
export function workflowStores(db: Db) {
  const revisions = revisionRepository(db);
  return {
    articles: articleRepository(db),
    revisions,
    workflow: workflowRepository(db),
    users: userRepository(db),

    /** Keeps the working copy as a revision at a workflow step (inside the caller's transaction). */
    snapshot(stored: StoredArticle, name: string, session: Session, at: string): RevisionSummary {
      const { meta, body, wordCount } = stored.article;
      return revisions.insert({
        id: randomUUID(),
        articleSeq: stored.seq,
        name,
        reason: 'workflow',
        meta,
        body,
        wordCount,
        contentHash: contentHash(meta, body),
        author: session.displayName,
        now: at,
      });
    },
  };
}

export const actorOf = (session: Session) => ({ id: session.userId, name: session.displayName });
