import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { AuditLog } from '../audit/audit-log';
import type { Redactor } from '../../shared/sources/redaction';
import type { ArticleStore } from '../articles/store';
import type { WorkflowStores } from '../workflow/stores';
import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import type { TransitionInput, TransitionResult } from '../../shared/domain/workflow';
import { canPublish, canReadQueue, type ConflictView, type OutboxJob, type Publication } from '../../shared/domain/publishing';
import { renderBodyHtml } from '../../shared/content/render/html';
import { decide } from '../../shared/workflow/policy';
import { createHttp, type Http } from './http/transport';
import type { SecretStore } from './credentials/secret-store';
import type { TargetFactories } from './targets/index';
import { targetsRepository, type TargetsRepository } from './targets-repository';
import { publicationsRepository, type PublicationsRepository, type StoredPublication } from './publications-repository';
import { jobsRepository, type JobArticles, type JobRow, type JobsRepository } from './outbox/jobs-repository';
import { stepQueue, type StepQueue } from './outbox/enqueue';
import { outboxWorker, REAL_TIMER, type Timer } from './outbox/worker';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './outbox/backoff';
import { scheduler } from './outbox/scheduler';
import { outgoingFrom, type PayloadAssets } from './payload';
import { readPublication } from './publication';
import { targetAccess } from './target-access';
import { targetsService } from './targets-service';
import { fileInsideFolder } from './published-files';

/** Publishing's tables, built once by the composition root and shared by the step queue and the service. */
export interface PublishingRows {
  targets: TargetsRepository;
  jobs: JobsRepository;
  publications: PublicationsRepository;
}

export function publishingRows(db: Db, articles: JobArticles): PublishingRows {
  return { targets: targetsRepository(db), jobs: jobsRepository(db, articles), publications: publicationsRepository(db) };
}

/** Made before the workflow service, which calls its `onStep` inside every step's transaction. */
export function publishingQueue(db: Db, rows: PublishingRows, correctionNote: (articleSeq: number) => string | null): StepQueue {
  return stepQueue({ db, ...rows, correctionNote });
}

export interface PublishingDeps {
  db: Db;
  rows: PublishingRows;
  /** The articles' workflow columns: which article, in which state, scheduled for when. */
  articles: Pick<ArticleStore, 'requireState' | 'states'>;
  /** The publication each approval kept: what a job sends. */
  approvals: Pick<WorkflowStores['workflow'], 'publicationOfRevision'>;
  events: EventBus;
  audit: AuditLog;
  now: () => Date;
  log: (message: string, error: unknown) => void;
  dataDir: string;
  queue: StepQueue;
  secrets: SecretStore;
  /** The library's redactor as it is now: what goes out never names a confidential source, even one made so after approval. */
  redactor: () => Redactor;
  assets: PayloadAssets;
  workflow: { transition(session: Session, input: TransitionInput): TransitionResult };
  http?: Http;
  factories?: TargetFactories;
  random?: () => number;
  timer?: Timer;
  backoff?: BackoffPolicy;
  sendingLeaseMs?: number;
}

/** The outbox, publications and targets as the router and the command line see them. */
export function publishingService(deps: PublishingDeps) {
  const { db, now } = deps;
  const { targets, jobs, publications } = deps.rows;
  const { approvals } = deps;
  const article = deps.articles.requireState;
  const access = targetAccess({ secrets: deps.secrets, http: deps.http ?? createHttp(), now, factories: deps.factories });
  const admin = targetsService({ db, events: deps.events, audit: deps.audit, now, targets, secrets: deps.secrets, access, dataDir: deps.dataDir });

  /** What a job sends: the publication its approval kept, never the live records (./publication). */
  const payloadFor = (job: JobRow, publication: StoredPublication | null) => {
    if (job.revisionId === null) throw new GalleyError('NOT_FOUND', 'This job names no revision to send.');
    const kept = approvals.publicationOfRevision(job.revisionId);
    if (kept === null) throw new GalleyError('CONFLICT', 'This revision was approved before Galley kept what it approves: approve the article again to publish it.');
    return outgoingFrom(
      readPublication(kept.json, kept.hash),
      {
        deliveryId: job.id,
        publishAt: article(job.articleId).publishAt,
        firstPublishedAt: publication?.firstPublishedAt ?? null,
        correctionNote: job.correctionNote,
      },
      { assets: deps.assets, redactor: deps.redactor() },
    );
  };

  const openTarget = (job: JobRow) => {
    const stored = targets.findBySeq(job.targetSeq);
    if (stored === null || stored.removed) throw new GalleyError('NOT_FOUND', 'The target of this job was removed, so it will not be sent.');
    if (!stored.enabled) throw new GalleyError('BAD_INPUT', `The target “${stored.name}” is switched off: an admin can switch it on in Settings, then choose Retry now.`);
    return access.open(stored);
  };

  const worker = outboxWorker({
    db,
    jobs,
    publications,
    targetFor: openTarget,
    payloadFor,
    scheduler: scheduler({ schedule: deps.articles.states, now, transition: deps.workflow.transition, log: deps.log }),
    emit: (event) => deps.events.emit(event),
    log: deps.log,
    now,
    random: deps.random ?? Math.random,
    timer: deps.timer ?? REAL_TIMER,
    backoff: deps.backoff ?? DEFAULT_BACKOFF,
    sendingLeaseMs: deps.sendingLeaseMs ?? 2 * 60_000,
  });

  /** The job that is sending (or has sent) this revision to this target, if any: a second Publish adds nothing. */
  const alreadySent = (articleSeq: number, targetSeq: number, revisionId: string): string | null => {
    const latest = jobs.latestFor(articleSeq, targetSeq);
    if (latest === null || latest.revisionId !== revisionId || latest.action === 'unpublish') return null;
    if (latest.state === 'pending' || latest.state === 'sending' || latest.state === 'retrying') return latest.id;
    const publication = publications.find(articleSeq, targetSeq);
    return latest.state === 'done' && publication?.remoteState === 'live' && publication.syncedRevisionId === revisionId ? latest.id : null;
  };

  const mustPublish = (session: Session) => {
    if (!canPublish(session.role)) throw new GalleyError('FORBIDDEN', 'Only a desk chief can publish, retry or settle a conflict.');
  };
  const job = (id: string): JobRow => {
    const found = jobs.find(id);
    if (found === null) throw new GalleyError('NOT_FOUND', 'That publishing job does not exist.');
    return found;
  };
  const view = (id: string): OutboxJob => jobs.view(id) ?? (() => { throw new GalleyError('NOT_FOUND', 'That publishing job does not exist.'); })();
  const changed = (articleId: string | null) => deps.events.emit({ type: 'publishing.changed', articleId });

  admin.ensureDefault();
  // A workflow step (publish, unpublish, the scheduler's) may have queued jobs: look now rather than at the next timer.
  deps.events.subscribe((event) => {
    if (event.type === 'workflow.changed') {
      if (deps.queue.lastQueued().length > 0) changed(event.articleId);
      worker.kick();
    }
  });

  return {
    targets: admin,
    worker,
    /** Starts the outbox in the background (the web host and the app; the command line drains it instead). */
    start: () => worker.start(),
    stop: () => worker.stop(),
    /** Sends what is due now and returns when nothing more is (the command line, tests). */
    drain: () => worker.runDue(),

    queue(session: Session, offset: number, limit: number): { items: OutboxJob[]; total: number } {
      if (!canReadQueue(session.role)) throw new GalleyError('FORBIDDEN', 'The publishing queue is for desk chiefs and admins.');
      return jobs.list(offset, limit);
    },

    /** Every target and where this article stands on it: links only from what the target reported. */
    forArticle(articleId: string): Publication[] {
      const { seq } = article(articleId);
      const known = new Map(publications.ofArticle(seq).map((publication) => [publication.targetSeq, publication]));
      return targets
        .list()
        .filter((target) => target.enabled || known.has(target.seq) || jobs.latestFor(seq, target.seq) !== null)
        .map((target) => {
          const publication = known.get(target.seq) ?? null;
          return {
            targetId: target.id,
            targetName: target.name,
            kind: target.config.kind,
            remote: publication?.remoteState ?? null,
            url: publication?.remoteState === 'live' ? publication.ref.url : null,
            syncedRevisionId: publication?.syncedRevisionId ?? null,
            syncedAt: publication?.syncedAt ?? null,
            job: jobs.latestFor(seq, target.seq),
          };
        });
    },

    /**
     * The page a folder target wrote for this article, to open it: the folder and the page's
     * name in it, once the page is live there and really inside the folder (./published-files).
     */
    async publishedPage(articleId: string, targetId: string): Promise<{ folder: string; fileName: string }> {
      const { seq } = article(articleId);
      const target = targets.find(targetId);
      if (target === null || target.removed) throw new GalleyError('NOT_FOUND', 'That publishing target does not exist.');
      if (target.config.kind !== 'folder') throw new GalleyError('BAD_INPUT', `“${target.name}” is not a folder: open its page at the address it gave.`);
      const publication = publications.find(seq, target.seq);
      if (publication === null || publication.remoteState !== 'live') throw new GalleyError('NOT_FOUND', `The article is not published in “${target.name}”.`);
      const folder = target.config.settings.path;
      const fileName = `${publication.ref.remoteId}.html`;
      if ((await fileInsideFolder(folder, fileName)) === null) {
        throw new GalleyError('NOT_FOUND', `${fileName} is not in ${folder} any more (or is not a file Galley wrote there).`);
      }
      return { folder, fileName };
    },

    retry(session: Session, jobId: string): OutboxJob {
      mustPublish(session);
      const found = job(jobId);
      if (!jobs.retryNow(found.id, now().toISOString(), false)) {
        throw new GalleyError('CONFLICT', found.state === 'done' ? 'That job is already done.' : 'That job is already on its way.');
      }
      changed(found.articleId);
      worker.kick();
      return view(found.id);
    },

    async conflict(session: Session, jobId: string): Promise<ConflictView> {
      mustPublish(session);
      const found = job(jobId);
      if (found.state !== 'conflict') throw new GalleyError('CONFLICT', 'That job is not in conflict.');
      const publication = publications.find(found.articleSeq, found.targetSeq);
      const outgoing = payloadFor(found, publication);
      const target = await openTarget(found);
      const remote = publication === null ? null : await target.snapshot(publication.ref);
      const html = outgoing.redactText?.(renderBodyHtml(outgoing.body)) ?? '';
      return {
        jobId: found.id,
        targetName: targets.findBySeq(found.targetSeq)?.name ?? '',
        galley: { title: outgoing.meta.headline, html },
        remote: remote === null ? null : { title: remote.title, html: remote.html, url: remote.url, status: remote.status },
      };
    },

    /** `galley`: send Galley's copy over the changed one. `remote`: keep the backend's copy, record it, and stop. */
    async resolveConflict(session: Session, jobId: string, keep: 'galley' | 'remote'): Promise<OutboxJob> {
      mustPublish(session);
      const found = job(jobId);
      if (found.state !== 'conflict') throw new GalleyError('CONFLICT', 'That job is not in conflict any more.');
      const at = now().toISOString();
      const actor = { id: session.userId, name: session.displayName };
      if (keep === 'galley') {
        db.transaction(() => {
          jobs.retryNow(found.id, at, true);
          deps.audit.append({ actor, action: 'publishing.conflict.keepGalley', articleId: found.articleId, details: { jobId: found.id } });
        }).immediate();
        worker.kick();
      } else {
        const publication = publications.find(found.articleSeq, found.targetSeq);
        const snapshot = publication === null ? null : await (await openTarget(found)).snapshot(publication.ref);
        db.transaction(() => {
          if (publication !== null && snapshot !== null) {
            publications.record({ ...publication, ref: { ...publication.ref, remoteVersion: snapshot.remoteVersion }, syncedAt: at });
          }
          jobs.setState(found.id, 'done', at, { error: 'The copy on the target was kept; this revision was not sent.', kind: 'kept_remote' });
          deps.audit.append({ actor, action: 'publishing.conflict.keepRemote', articleId: found.articleId, details: { jobId: found.id } });
        }).immediate();
      }
      changed(found.articleId);
      return view(found.id);
    },

    /**
     * Publishes now: an approved or scheduled article takes the workflow's publish step (which
     * queues its jobs); a published one is sent again to the given targets (a new target, a retry
     * by hand). `targetIds` limits the targets; without it every enabled target gets a job.
     */
    publish(session: Session, articleId: string, targetIds?: readonly string[]): OutboxJob[] {
      mustPublish(session);
      const row = article(articleId);
      for (const id of targetIds ?? []) {
        const target = targets.find(id);
        if (target === null) throw new GalleyError('NOT_FOUND', 'That publishing target does not exist.');
        if (!target.enabled) throw new GalleyError('BAD_INPUT', `The target “${target.name}” is switched off; an admin can switch it on in Settings.`);
      }
      let created: string[] = [];
      if (row.state === 'approved' || row.state === 'scheduled') {
        const step = () => deps.workflow.transition(session, { articleId, action: 'publish' });
        const result = targetIds === undefined ? step() : deps.queue.limitedTo(targetIds, step);
        if (result.outcome !== 'done') throw new GalleyError('CONFLICT', result.message);
        created = deps.queue.lastQueued();
      } else if (row.state === 'published') {
        const revisionId = row.publishedRevisionId;
        if (revisionId === null) throw new GalleyError('CONFLICT', 'This article has no published revision to send.');
        const ids = targetIds ?? targets.list().filter((target) => target.enabled).map((target) => target.id);
        const at = now().toISOString();
        const sent = db.transaction(() => {
          const queued: string[] = [];
          const existing: string[] = [];
          const names: string[] = [];
          for (const id of ids) {
            const target = targets.find(id);
            if (target === null) throw new GalleyError('NOT_FOUND', 'That publishing target does not exist.');
            // Publish pressed again (a double click, a second window): this revision is on its way or there already.
            const already = alreadySent(row.seq, target.seq, revisionId);
            if (already !== null) {
              existing.push(already);
              continue;
            }
            queued.push(
              deps.queue.publishTo(
                { articleSeq: row.seq, articleId, action: 'publish', from: 'published', to: 'published', revisionId, previouslyPublishedRevisionId: null, note: null, session, at },
                target.seq,
                null,
              ),
            );
            names.push(target.name);
          }
          if (queued.length > 0) {
            deps.audit.append({ actor: { id: session.userId, name: session.displayName }, action: 'publishing.resend', articleId, details: { revisionId, targets: names, jobIds: queued } });
          }
          return { queued, all: [...existing, ...queued] };
        }).immediate();
        created = sent.all;
        if (sent.queued.length > 0) changed(articleId);
      } else {
        const decision = decide(session, 'publish', { state: row.state, authorId: row.authorId, holderId: row.holderId });
        throw new GalleyError('FORBIDDEN', decision.allowed ? 'This article cannot be published now.' : decision.reason);
      }
      worker.kick();
      return created.map(view);
    },
  };
}

export type PublishingService = ReturnType<typeof publishingService>;
