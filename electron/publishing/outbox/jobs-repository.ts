import type { Db } from '../../db/connection';
import type { ArticleStore } from '../../articles/store';
import type { OutboxAction, OutboxJob, SyncState } from '../../../shared/domain/publishing';

/** A job as the worker reads it. */
export interface JobRow {
  seq: number;
  id: string;
  articleSeq: number;
  articleId: string;
  revisionId: string | null;
  targetSeq: number;
  targetId: string;
  action: OutboxAction;
  state: SyncState;
  attempts: number;
  nextAttemptAt: string | null;
  intentAt: string | null;
  /** The process that recorded the intent (sending). */
  senderPid: number | null;
  lastError: string | null;
  errorKind: string | null;
  correctionNote: string | null;
  force: boolean;
  createdBy: string;
}

/** The articles' port: which article a job is for, and its headline (one query per list of jobs). */
export type JobArticles = Pick<ArticleStore['rows'], 'headlinesOf'>;

/** A job's row with its target's id and name. */
interface StoredJob {
  seq: number;
  id: string;
  article_seq: number;
  revision_id: string | null;
  target_seq: number;
  target_id: string;
  target_name: string;
  action: OutboxAction;
  state: SyncState;
  attempts: number;
  next_attempt_at: string | null;
  intent_at: string | null;
  sender_pid: number | null;
  last_error: string | null;
  error_kind: string | null;
  correction_note: string | null;
  force_update: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** The stored job with its article's id and headline, from the articles' port. */
interface RawJob extends StoredJob {
  article_id: string;
  headline: string;
}

const SELECT = `
  SELECT j.*, t.id AS target_id, t.name AS target_name
  FROM publishing_jobs j JOIN publishing_targets t ON t.seq = j.target_seq`;

const toRow = (raw: RawJob): JobRow => ({
  seq: raw.seq,
  id: raw.id,
  articleSeq: raw.article_seq,
  articleId: raw.article_id,
  revisionId: raw.revision_id,
  targetSeq: raw.target_seq,
  targetId: raw.target_id,
  action: raw.action,
  state: raw.state,
  attempts: raw.attempts,
  nextAttemptAt: raw.next_attempt_at,
  intentAt: raw.intent_at,
  senderPid: raw.sender_pid,
  lastError: raw.last_error,
  errorKind: raw.error_kind,
  correctionNote: raw.correction_note,
  force: raw.force_update === 1,
  createdBy: raw.created_by,
});

const toOutboxJob = (raw: RawJob): OutboxJob => ({
  id: raw.id,
  articleId: raw.article_id,
  headline: raw.headline,
  revisionId: raw.revision_id,
  targetId: raw.target_id,
  targetName: raw.target_name.replace(/ \(removed [0-9a-f-]+\)$/, ''),
  action: raw.action,
  state: raw.state,
  attempts: raw.attempts,
  nextAttemptAt: raw.next_attempt_at,
  lastError: raw.last_error,
  correctionNote: raw.correction_note,
  createdAt: raw.created_at,
  updatedAt: raw.updated_at,
});

export interface NewJob {
  id: string;
  articleSeq: number;
  revisionId: string | null;
  targetSeq: number;
  action: OutboxAction;
  correctionNote: string | null;
  createdBy: string;
  at: string;
}

/** The outbox table. Every state change is one statement; the worker wraps them in transactions. */
export function jobsRepository(db: Db, articles: JobArticles) {
  const insert = db.prepare(
    `INSERT INTO publishing_jobs (id, article_seq, revision_id, target_seq, action, state, next_attempt_at, correction_note, created_by, created_at, updated_at)
     VALUES (@id, @articleSeq, @revisionId, @targetSeq, @action, 'pending', @at, @correctionNote, @createdBy, @at, @at)`,
  );
  const byId = db.prepare(`${SELECT} WHERE j.id = ?`);
  // The head of each target's queue: jobs go out one at a time per target, in the order they were made.
  const heads = db.prepare(`${SELECT} WHERE j.seq IN (
      SELECT MIN(seq) FROM publishing_jobs WHERE state IN ('pending', 'sending', 'retrying') GROUP BY target_seq)`);
  const claim = db.prepare(
    `UPDATE publishing_jobs SET state = 'sending', attempts = attempts + 1, intent_at = @at, sender_pid = @pid, updated_at = @at
     WHERE id = @id AND state IN ('pending', 'retrying')`,
  );
  const setState = db.prepare(
    `UPDATE publishing_jobs SET state = @state, next_attempt_at = @next, last_error = @error, error_kind = @kind, updated_at = @at WHERE id = @id`,
  );
  const sendingJobs = db.prepare(`${SELECT} WHERE j.state = 'sending'`);
  const listRecent = db.prepare(`${SELECT} ORDER BY CASE WHEN j.state = 'done' THEN 1 ELSE 0 END, j.updated_at DESC, j.seq DESC LIMIT ? OFFSET ?`);
  const countAll = db.prepare('SELECT COUNT(*) AS n FROM publishing_jobs');
  const latest = db.prepare(`${SELECT} WHERE j.article_seq = ? AND j.target_seq = ? ORDER BY j.seq DESC LIMIT 1`);
  const retry = db.prepare(
    `UPDATE publishing_jobs SET state = 'pending', next_attempt_at = @at, force_update = MAX(force_update, @force), updated_at = @at
     WHERE id = @id AND state IN ('retrying', 'failed', 'conflict')`,
  );
  const nextDue = db.prepare(`SELECT MIN(next_attempt_at) AS at FROM publishing_jobs WHERE state IN ('pending', 'retrying')`);
  const attemptedUnsettled = db.prepare(
    `SELECT 1 FROM publishing_jobs WHERE article_seq = ? AND target_seq = ? AND id != ? AND attempts > 0 AND state != 'done' LIMIT 1`,
  );

  // A job's article is never missing: removing an article removes its jobs (ON DELETE CASCADE).
  function withArticles(stored: StoredJob[]): RawJob[] {
    const known = new Map(articles.headlinesOf(stored.map((job) => job.article_seq)).map((article) => [article.seq, article]));
    return stored.map((job) => ({ ...job, article_id: known.get(job.article_seq)?.id ?? '', headline: known.get(job.article_seq)?.headline ?? '' }));
  }
  const one = (stored: unknown): RawJob | null => (stored === undefined ? null : withArticles([stored as StoredJob])[0] ?? null);
  const many = (stored: unknown[]): RawJob[] => withArticles(stored as StoredJob[]);

  return {
    insert: (job: NewJob): void => void insert.run(job),
    find(id: string): JobRow | null {
      const raw = one(byId.get(id));
      return raw ? toRow(raw) : null;
    },
    view(id: string): OutboxJob | null {
      const raw = one(byId.get(id));
      return raw ? toOutboxJob(raw) : null;
    },
    heads: (): JobRow[] => many(heads.all()).map(toRow),
    /** Records the intent to send: true when this caller won the job. */
    claim: (id: string, at: string, pid: number): boolean => claim.run({ id, at, pid }).changes === 1,
    setState(id: string, state: SyncState, at: string, fields: { next?: string | null; error?: string | null; kind?: string | null } = {}): void {
      setState.run({ id, state, at, next: fields.next ?? null, error: fields.error ?? null, kind: fields.kind ?? null });
    },
    sending: (): JobRow[] => many(sendingJobs.all()).map(toRow),
    list(offset: number, limit: number): { items: OutboxJob[]; total: number } {
      const items = many(listRecent.all(limit, offset)).map(toOutboxJob);
      return { items, total: (countAll.get() as { n: number }).n };
    },
    latestFor(articleSeq: number, targetSeq: number): OutboxJob | null {
      const raw = one(latest.get(articleSeq, targetSeq));
      return raw ? toOutboxJob(raw) : null;
    },
    retryNow: (id: string, at: string, force: boolean): boolean => retry.run({ id, at, force: force ? 1 : 0 }).changes === 1,
    nextDueAt: (): string | null => (nextDue.get() as { at: string | null }).at,
    /** Whether another job for this article and target was sent and never settled (it may have left a copy). */
    otherAttemptUnsettled: (job: Pick<JobRow, 'id' | 'articleSeq' | 'targetSeq'>): boolean =>
      attemptedUnsettled.get(job.articleSeq, job.targetSeq, job.id) !== undefined,
  };
}

export type JobsRepository = ReturnType<typeof jobsRepository>;
