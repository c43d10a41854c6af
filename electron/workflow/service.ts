import type { Session } from '../../shared/domain/session';
import { articlePolicy } from './edit-guard';
import { homeService } from './home';
import { workflowStatus } from './status';
import type { WorkflowDeps } from './stores';
import { transitionService } from './transitions';

export type WorkflowService = ReturnType<typeof workflowService>;

/** The workflow as the router sees it: steps, status, each role's desk, and the policy articles are written under. */
export function workflowService(deps: WorkflowDeps) {
  const { stores } = deps;
  const transitions = transitionService(deps);
  const desks = homeService(deps);
  return {
    /** Handed to the article service: who may create and change articles (never an approved one). */
    articlePolicy: articlePolicy(stores.articles),
    status: (articleId: string) => workflowStatus(stores, articleId),
    transition: transitions.transition,
    takeStep: transitions.takeStep,
    home: (session: Session, todayStart?: string) => desks.home(session, todayStart),
  };
}
