import { ERROR_CODES, GalleyError, type ErrorCode } from '../../../shared/contract/errors';
import type { HubStepRequest } from '../../../shared/contract/hub';
import type { WorkflowState } from '../../../shared/domain/article';
import type { WorkflowAction } from '../../../shared/workflow/actions';
import { contentHash } from '../../../shared/node/content-hash';
import type { StepAuthority } from '../../workflow/step-authority';
import type { HubLinks } from './hub-links';

const codeOf = (code: string): ErrorCode => ((ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'CONFLICT');

/**
 * Steps on a joined workstation's shared articles (`isShared`: the record of which articles
 * are shared; an open one always is), decided by the hub: sent as a stateless
 * message on the article's connection (electron/newsroom/replica/hub-link, `step`). An
 * approval carries the hash of the text the approver read, the replica's as their editor
 * shows it (shared/node/content-hash.ts, the hub's own rule), so the hub refuses it when
 * its copy says otherwise. The hub's refusal comes back in its own words.
 */
export function hubSteps(links: HubLinks, { isShared = () => false }: { isShared?: (articleId: string) => boolean } = {}): StepAuthority {
  return {
    // Shared but not open here: still the hub's, and refused until it is connected (the answer below).
    decides: (articleId) => links.find(articleId) !== null || isShared(articleId),
    async ask(articleId: string, action: WorkflowAction): Promise<WorkflowState> {
      const open = links.find(articleId);
      if (open === null) throw new GalleyError('OFFLINE', 'This step needs the hub, and the article is not connected to it: open it, then take the step.');
      // The row is what this workstation's step records (its revision, its approval): the text the hub decides on.
      links.flush(articleId);
      const request: HubStepRequest = action === 'approve' ? { action, expectHash: contentHash(open.replica.meta(), open.replica.body()) } : { action };
      const answer = await open.link.step(request);
      if (!answer.ok) throw new GalleyError(codeOf(answer.code), answer.message);
      return answer.state;
    },
  };
}
