import type { ArticleStore } from '../../articles/store';
import type { Session } from '../../../shared/domain/session';
import type { TransitionInput, TransitionResult } from '../../../shared/domain/workflow';

/** Who publishes scheduled articles: Galley itself, acting with the desk's authority the desk chief gave when scheduling. */
export const SCHEDULER_SESSION: Session = { userId: 'system:scheduler', displayName: 'Galley (scheduled publication)', role: 'desk_chief' };

/**
 * Publishes scheduled articles when their time comes, through the workflow's own `publish`
 * step (so it is checked, audit-logged and queues its jobs like any other). A step that is
 * refused is logged and not tried again for that time until the article is rescheduled.
 */
export function scheduler(deps: {
  /** The articles' schedule (their workflow columns). */
  schedule: Pick<ArticleStore['states'], 'scheduledDue' | 'scheduled'>;
  now: () => Date;
  transition(session: Session, input: TransitionInput): TransitionResult;
  log(message: string, error: unknown): void;
}) {
  const refused = new Set<string>();
  const keyOf = (row: { id: string; publishAt: string }) => `${row.id}@${row.publishAt}`;

  return {
    runDue(): void {
      for (const row of deps.schedule.scheduledDue(deps.now().toISOString())) {
        if (refused.has(keyOf(row))) continue;
        try {
          const result = deps.transition(SCHEDULER_SESSION, { articleId: row.id, action: 'publish' });
          if (result.outcome !== 'done') throw new Error(result.message);
        } catch (error) {
          refused.add(keyOf(row));
          deps.log(`the scheduled publication of ${row.id} was refused`, error);
        }
      }
    },
    nextAt(): string | null {
      return deps.schedule.scheduled().find((row) => !refused.has(keyOf(row)))?.publishAt ?? null;
    },
  };
}
