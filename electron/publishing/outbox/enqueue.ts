import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import type { WorkflowStep } from '../../workflow/stores';
import type { OutboxAction } from '../../../shared/domain/publishing';
import type { JobsRepository } from './jobs-repository';
import type { PublicationsRepository } from '../publications-repository';
import type { TargetsRepository } from '../targets-repository';

export interface EnqueueDeps {
  db: Db;
  jobs: JobsRepository;
  publications: PublicationsRepository;
  targets: TargetsRepository;
  /** The note of the latest `correct` step since the previous publication (the workflow's steps). */
  correctionNote(articleSeq: number): string | null;
}

/**
 * Turns workflow steps into outbox jobs, inside the step's transaction: a publish that
 * commits has its jobs, and one that rolls back has none. `publish` queues a publish (or,
 * where the article is already live, an update) for every enabled target; `unpublish`
 * queues a take-down wherever the article has been sent.
 */
export function stepQueue({ db, jobs, publications, targets, correctionNote }: EnqueueDeps) {
  const touched = db.prepare(
    `SELECT DISTINCT target_seq FROM publishing_jobs WHERE article_seq = ? UNION SELECT target_seq FROM publications WHERE article_seq = ?`,
  );

  /** When set, publish steps queue only for these target ids (`galley publish --target`). */
  let only: ReadonlySet<string> | null = null;
  /** The jobs the latest step queued (read right after a synchronous step). */
  let last: string[] = [];

  function queue(step: WorkflowStep, targetSeq: number, action: OutboxAction, note: string | null): string {
    const id = randomUUID();
    jobs.insert({ id, articleSeq: step.articleSeq, revisionId: step.revisionId, targetSeq, action, correctionNote: note, createdBy: step.session.userId, at: step.at });
    return id;
  }

  function noteFor(step: WorkflowStep): string | null {
    if (step.previouslyPublishedRevisionId === null) return null;
    if (step.note !== null) return step.note;
    return correctionNote(step.articleSeq);
  }

  /** Queues a publish or update of the step's revision to one target. */
  function publishTo(step: WorkflowStep, targetSeq: number, note: string | null): string {
    const live = publications.find(step.articleSeq, targetSeq)?.remoteState === 'live';
    return queue(step, targetSeq, live ? 'update' : 'publish', note);
  }

  function queueFor(step: WorkflowStep): string[] {
    if (step.action === 'publish') {
      const note = noteFor(step);
      return targets
        .list()
        .filter((target) => target.enabled && target.invalid === null && (only === null || only.has(target.id)))
        .map((target) => publishTo(step, target.seq, note));
    }
    if (step.action === 'unpublish') {
      // A removed target is never sent to again (its copy stays where it is, as the admin chose).
      const seqs = (touched.all(step.articleSeq, step.articleSeq) as { target_seq: number }[])
        .map((row) => row.target_seq)
        .filter((seq) => targets.findBySeq(seq)?.removed === false);
      return seqs.map((seq) => queue(step, seq, 'unpublish', null));
    }
    return [];
  }

  return {
    onStep(step: WorkflowStep): string[] {
      last = queueFor(step);
      return last;
    },
    /** The jobs the latest step queued. */
    lastQueued: (): string[] => last,
    publishTo,
    /** Runs `work` (a synchronous workflow step) with publish steps limited to these targets. */
    limitedTo<T>(targetIds: readonly string[], work: () => T): T {
      only = new Set(targetIds);
      try {
        return work();
      } finally {
        only = null;
      }
    },
  };
}

export type StepQueue = ReturnType<typeof stepQueue>;
