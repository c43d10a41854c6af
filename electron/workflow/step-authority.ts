import type { WorkflowState } from '../../shared/domain/article';
import type { WorkflowAction } from '../../shared/workflow/actions';

/**
 * Who decides a step on an article. A solo workstation decides every step here. A joined
 * workstation's shared article is the newsroom hub's to decide (issue 18, "the hub
 * decides"): the composition root hands the workflow an authority that sends such steps
 * to the hub (electron/newsroom/steps), and the step is applied here only as the hub answered.
 */
export interface StepAuthority {
  /** True when steps on this article are the hub's to decide. */
  decides(articleId: string): boolean;
  /**
   * Asks the hub; resolves with the state it moved the article to. Rejects with the hub's
   * refusal as a GalleyError (OFFLINE when the hub cannot be reached).
   */
  ask(articleId: string, action: WorkflowAction): Promise<WorkflowState>;
}
