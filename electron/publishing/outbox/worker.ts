import { kill as signalProcess, pid as ownPid } from 'node:process';
import type { Db } from '../../db/connection';
import { isGalleyError } from '../../../shared/contract/errors';
import type { GalleyEvent } from '../../../shared/contract/events';
import type { JobRow, JobsRepository } from './jobs-repository';
import type { PublicationsRepository, StoredPublication } from '../publications-repository';
import { retryDelay, type BackoffPolicy } from './backoff';
import { TargetError, type OutgoingArticle, type PublishTarget, type RemoteRef } from '../targets/target';

/** setTimeout and clearTimeout, injectable so that tests decide when time passes. */
export interface Timer {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const REAL_TIMER: Timer = {
  set: (run, ms) => {
    const handle = setTimeout(run, ms);
    // The outbox never keeps a command-line process alive on its own.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface WorkerDeps {
  db: Db;
  jobs: JobsRepository;
  publications: PublicationsRepository;
  /** The target a job goes to, with its credentials (throws a GalleyError when it cannot be made). */
  targetFor(job: JobRow): Promise<PublishTarget>;
  /** The approved revision as it goes out. */
  payloadFor(job: JobRow, publication: StoredPublication | null): OutgoingArticle;
  /** Work due besides jobs: the scheduler publishes scheduled articles (which queues their jobs). */
  scheduler?: { runDue(): void; nextAt(): string | null };
  emit(event: GalleyEvent): void;
  log(message: string, error: unknown): void;
  now: () => Date;
  random: () => number;
  timer: Timer;
  backoff: BackoffPolicy;
  /** A job found in `sending` older than this at start-up is taken as abandoned by a crash. */
  sendingLeaseMs: number;
}

type Outcome = { ref: RemoteRef; remoteState: 'live' | 'down' } | null;

/**
 * The outbox worker. For each job: record the intent to send (state `sending`, attempt
 * counted) in a committed statement, then call the target, then record what the target
 * said in one transaction. A crash between the call and the record leaves the job in
 * `sending`; on the next start it is sent again, and since every send asks the target for
 * an earlier copy by the article's stable key before creating one, nothing is made twice.
 */
export function outboxWorker(deps: WorkerDeps) {
  const { jobs, publications } = deps;
  let handle: unknown = null;
  let started = false;
  let running: Promise<number> | null = null;
  let again = false;
  /** Jobs this process is sending now: never taken for abandoned, however long they take. */
  const inFlight = new Set<string>();

  const stamp = () => deps.now().toISOString();
  const changed = (job: JobRow) => deps.emit({ type: 'publishing.changed', articleId: job.articleId });

  function record(job: JobRow, outcome: Outcome, publication: StoredPublication | null, at: string): void {
    deps.db
      .transaction(() => {
        if (outcome !== null) {
          publications.record({
            articleSeq: job.articleSeq,
            targetSeq: job.targetSeq,
            ref: outcome.ref,
            remoteState: outcome.remoteState,
            syncedRevisionId: outcome.remoteState === 'live' ? job.revisionId : (publication?.syncedRevisionId ?? null),
            firstPublishedAt: publication?.firstPublishedAt ?? (outcome.remoteState === 'live' ? at : null),
            syncedAt: at,
          });
        }
        jobs.setState(job.id, 'done', at);
      })
      .immediate();
  }

  async function send(job: JobRow, target: PublishTarget, publication: StoredPublication | null): Promise<Outcome> {
    if (job.action === 'unpublish') {
      if (publication === null || publication.remoteState === 'down') return null;
      try {
        return { ref: await target.unpublish(publication.ref, { deliveryId: job.id, articleId: job.articleId }), remoteState: 'down' };
      } catch (error) {
        if (error instanceof TargetError && error.kind === 'not_found') return { ref: { ...publication.ref, url: null }, remoteState: 'down' };
        throw error;
      }
    }
    const article = deps.payloadFor(job, publication);
    if (publication !== null && publication.remoteState === 'live') {
      try {
        return { ref: await target.update(article, publication.ref, { force: job.force }), remoteState: 'live' };
      } catch (error) {
        // Someone deleted the remote copy: making it again is what publishing asks for.
        if (!(error instanceof TargetError && error.kind === 'not_found')) throw error;
      }
    }
    // Never twice: a copy an earlier attempt made (and never recorded) is updated, not made
    // again. Only an attempt that was sent before can have left one; asking on every first
    // send would cost a search on the backend per article (a fifth more time on Ghost).
    const mayExist = publication !== null || job.attempts > 0 || jobs.otherAttemptUnsettled(job);
    const found = mayExist ? await target.find(article) : null;
    if (found !== null) return { ref: await target.update(article, found, { force: job.force }), remoteState: 'live' };
    return { ref: await target.create(article, publication?.ref ?? null), remoteState: 'live' };
  }

  function failed(job: JobRow, error: unknown, at: string): void {
    const attempts = job.attempts + 1;
    if (error instanceof TargetError && error.kind === 'conflict') {
      jobs.setState(job.id, 'conflict', at, { error: error.message, kind: error.kind });
      return;
    }
    const transient = error instanceof TargetError ? error.transient : !isGalleyError(error);
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof TargetError) && !isGalleyError(error)) deps.log(`publishing job ${job.id} failed unexpectedly`, error);
    if (!transient) {
      jobs.setState(job.id, 'failed', at, { error: message, kind: error instanceof TargetError ? error.kind : 'refused' });
      return;
    }
    if (attempts >= deps.backoff.maxAttempts) {
      jobs.setState(job.id, 'failed', at, { error: `Gave up after ${attempts} attempts: ${message}`, kind: error instanceof TargetError ? error.kind : 'internal' });
      return;
    }
    const retryAfter = error instanceof TargetError ? error.retryAfterMs : null;
    const next = new Date(deps.now().getTime() + retryDelay(deps.backoff, attempts, deps.random, retryAfter)).toISOString();
    jobs.setState(job.id, 'retrying', at, { next, error: message, kind: error instanceof TargetError ? error.kind : 'internal' });
  }

  async function process(job: JobRow): Promise<void> {
    if (!jobs.claim(job.id, stamp(), ownPid)) return;
    inFlight.add(job.id);
    try {
      await sendClaimed(job);
    } finally {
      inFlight.delete(job.id);
    }
  }

  async function sendClaimed(job: JobRow): Promise<void> {
    changed(job);
    const publication = publications.find(job.articleSeq, job.targetSeq);
    let outcome: Outcome;
    try {
      const target = await deps.targetFor(job);
      outcome = await send(job, target, publication);
    } catch (error) {
      failed(job, error, stamp());
      changed(job);
      return;
    }
    record(job, outcome, publication, stamp());
    changed(job);
  }

  const isDue = (job: JobRow, now: string) => (job.state === 'pending' || job.state === 'retrying') && (job.nextAttemptAt === null || job.nextAttemptAt <= now);

  /** Sends every job that is due, head of each target's queue first, until none is. Returns how many were tried. */
  async function runDueOnce(): Promise<number> {
    let tried = 0;
    for (;;) {
      // Another process (a `galley publish` that was killed) may have left a job in `sending`.
      recover();
      deps.scheduler?.runDue();
      const now = stamp();
      const heads = jobs.heads().filter((job) => isDue(job, now));
      if (heads.length === 0) return tried;
      // Targets are independent: their heads go out together; within a target, one at a time.
      await Promise.all(heads.map((job) => process(job)));
      tried += heads.length;
    }
  }

  function schedule(): void {
    if (!started) return;
    if (handle !== null) deps.timer.clear(handle);
    handle = null;
    const candidates = [jobs.nextDueAt(), deps.scheduler?.nextAt() ?? null].filter((at): at is string => at !== null);
    if (candidates.length === 0) return;
    const at = candidates.reduce((a, b) => (a < b ? a : b));
    const delay = Math.max(0, Date.parse(at) - deps.now().getTime());
    // Far-off work is re-checked at least hourly (the clock may jump; a timer cannot wait 24 days).
    handle = deps.timer.set(() => void runDue(), Math.min(delay, 60 * 60_000));
  }

  /** Runs whatever is due now; concurrent calls share one run (and one more follows if asked during it). */
  function runDue(): Promise<number> {
    if (running !== null) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      try {
        do {
          again = false;
          total += await runDueOnce();
        } while (again);
      } catch (error) {
        deps.log('the publishing outbox stopped on an error', error);
      } finally {
        running = null;
        schedule();
      }
      return total;
    })();
    return running;
  }

  /** Jobs left in `sending` by a process that stopped: sent again (after asking the target what it has). */
  function recover(): number {
    const cutoff = new Date(deps.now().getTime() - deps.sendingLeaseMs).toISOString();
    let recovered = 0;
    for (const job of jobs.sending()) {
      if (inFlight.has(job.id)) continue;
      // Another live Galley (the app and a `galley publish` share a data directory) may still
      // be sending it: leave it the lease. A sender that is gone left it for good.
      const intentAt = job.intentAt ?? '';
      if (intentAt > cutoff && (job.senderPid === ownPid || processAlive(job.senderPid))) continue;
      jobs.setState(job.id, 'pending', stamp(), {
        next: stamp(),
        error: 'Galley stopped while this was being sent; it will check the target before sending again.',
        kind: 'interrupted',
      });
      recovered += 1;
    }
    return recovered;
  }

  return {
    recover,
    runDue,
    /** Starts working in the background: recovers interrupted jobs, then sends what is due and waits for the next. */
    start(): void {
      if (started) return;
      started = true;
      recover();
      void runDue();
    },
    /** Something was queued or retried: look now. */
    kick(): void {
      if (started) void runDue();
    },
    async stop(): Promise<void> {
      started = false;
      if (handle !== null) deps.timer.clear(handle);
      handle = null;
      if (running !== null) await running;
    },
    get started() {
      return started;
    },
  };
}

export type OutboxWorker = ReturnType<typeof outboxWorker>;

/** Whether a process with this id runs on this machine (the data directory is local). */
function processAlive(pid: number | null): boolean {
  if (pid === null) return true;
  try {
    signalProcess(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
