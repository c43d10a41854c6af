import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { AuditLog } from '../audit/audit-log';
import type { ArticleStore } from '../articles/store';
import { workflowRepository, type StoredPublicationCopy, type WorkflowRepository } from './repository';
import type { CheckContext } from '../../shared/checks/context';
import type { Session } from '../../shared/domain/session';
import type { WorkflowState } from '../../shared/domain/article';
import type { WorkflowAction } from '../../shared/workflow/actions';
import type { StepAuthority } from './step-authority';

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
  stores: WorkflowStores;
  events: EventBus;
  audit: AuditLog;
  now: () => Date;
  checkContext: CheckContext;
  publicationOf: PublicationOf;
  /** Runs inside the step's transaction: what it writes commits (or rolls back) with the step. */
  onStep?: (step: WorkflowStep) => void;
  /** Who decides steps on a shared article (the newsroom hub, when joined); without one, every step is decided here. */
  authority?: StepAuthority;
}

/** The stores the workflow reads and writes: built once, by the composition root. */
export interface WorkflowStores {
  /** The articles' rows, revisions and workflow columns (electron/articles). */
  articles: ArticleStore;
  /** The workflow's own tables: steps, approvals, acknowledgements. */
  workflow: WorkflowRepository;
  /** People's names, for banners and history. */
  users: { displayName(userId: string): string };
}

export function workflowStores({ db, articles, users }: { db: Db; articles: ArticleStore; users: WorkflowStores['users'] }): WorkflowStores {
  return {
    articles,
    users,
    workflow: workflowRepository(db, { displayName: (id) => users.displayName(id), revisionNumber: (id) => articles.revisions.numberOf(id) }),
  };
}

export const actorOf = (session: Session) => ({ id: session.userId, name: session.displayName });
