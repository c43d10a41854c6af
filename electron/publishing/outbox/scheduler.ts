import type { Db } from '../../db/connection';
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
  db: Db;
  now: () => Date;
  transition(session: Session, input: TransitionInput): TransitionResult;
  log(message: string, error: unknown): void;
}) {
  const due = deps.db.prepare(`SELECT id, publish_at FROM articles WHERE state = 'scheduled' AND publish_at IS NOT NULL AND publish_at <= ? ORDER BY publish_at`);
  const next = deps.db.prepare(`SELECT id, publish_at FROM articles WHERE state = 'scheduled' AND publish_at IS NOT NULL ORDER BY publish_at`);
  const refused = new Set<string>();
  const keyOf = (row: { id: string; publish_at: string }) => `${row.id}@${row.publish_at}`;

  return {
    runDue(): void {
      for (const row of due.all(deps.now().toISOString()) as { id: string; publish_at: string }[]) {
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
      const rows = next.all() as { id: string; publish_at: string }[];
      return rows.find((row) => !refused.has(keyOf(row)))?.publish_at ?? null;
    },
  };
}
