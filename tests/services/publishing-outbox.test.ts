import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { useGalley, type TestGalley } from '../support/galley';
import { bodyOfParagraphs } from '../support/bodies';
import { approvedArticle, callLog, fakeClock, GOOD_META, newsroom, recordingFactories, step } from '../support/publishing';
import { jobsRepository } from '../../electron/publishing/outbox/jobs-repository';
import { articleStore } from '../../electron/articles/store';
import { TargetError } from '../../electron/publishing/targets/target';
import { DATABASE_FILE } from '../../electron/services';

const newGalley = useGalley();
const BODY = bodyOfParagraphs('The council voted 7 to 2 on Tuesday to build the bridge.');

const jobRow = (g: TestGalley, articleId: string) =>
  g.galley.db
    .prepare('SELECT j.* FROM publishing_jobs j JOIN articles a ON a.seq = j.article_seq WHERE a.id = ? ORDER BY j.seq DESC LIMIT 1')
    .get(articleId) as { id: string; state: string; attempts: number; next_attempt_at: string | null; last_error: string | null };

describe('the outbox', () => {
  it('records the intent to send (committed, visible to another connection) before the target is called', async () => {
    const log = callLog();
    let seenByOtherConnection: unknown = null;
    let dataDir = '';
    const g = newGalley(undefined, {
      publishing: {
        factories: recordingFactories(log, {
          beforeCreate: () => {
            const other = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
            seenByOtherConnection = other.prepare('SELECT state, attempts, intent_at IS NOT NULL AS intent FROM publishing_jobs').get();
            other.close();
          },
        }),
      },
    });
    dataDir = g.dataDir;
    const n = newsroom(g);
    const id = await approvedArticle(n, BODY);
    const { jobs } = await n.desk.call('publishing.publish', { articleId: id });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ state: 'pending', action: 'publish', targetName: 'Folder' });
    await g.galley.services.publishing.drain();
    expect(seenByOtherConnection).toEqual({ state: 'sending', attempts: 1, intent: 1 });
    // A first send has nothing to look for: no earlier attempt can have left a copy.
    expect(log.calls).toEqual(['create']);
    const [publication] = await n.desk.call('publishing.forArticle', { articleId: id });
    expect(publication).toMatchObject({ remote: 'live', job: { state: 'done' } });
    expect(publication?.url).toMatch(/^file:.*\/published\/harbour-bridge\.html$/);
  });

  it('never creates twice: a crash between sending and recording is reconciled by the stable key on the next start', async () => {
    const log = callLog();
    const clock = fakeClock();
    let crash: (() => void) | null = null;
    const first = newGalley(undefined, {
      now: clock.now,
      publishing: { factories: recordingFactories(log, { afterCreate: () => crash?.() }) },
    });
    crash = () => first.galley.close();
    const n = newsroom(first);
    const id = await approvedArticle(n, BODY);
    await n.desk.call('publishing.publish', { articleId: id });
    await first.galley.services.publishing.drain();
    expect(log.count('create')).toBe(1);

    // The process "died" after the folder was written and before Galley recorded it.
    const reopened = new Database(join(first.dataDir, DATABASE_FILE), { readonly: true });
    expect(reopened.prepare('SELECT state FROM publishing_jobs').get()).toEqual({ state: 'sending' });
    expect(reopened.prepare('SELECT COUNT(*) AS n FROM publications').get()).toEqual({ n: 0 });
    reopened.close();

    clock.advance(5 * 60_000);
    crash = null;
    const second = newGalley(first.dataDir, { now: clock.now, publishing: { factories: recordingFactories(log) } });
    second.galley.services.publishing.worker.recover();
    await second.galley.services.publishing.drain();
    expect(log.count('create')).toBe(1);
    expect(log.calls.slice(-2)).toEqual(['find', 'update']);
    expect(jobRow(second, id)).toMatchObject({ state: 'done', attempts: 2 });
    const pages = readdirSync(join(first.dataDir, 'published')).filter((name) => name.endsWith('.html'));
    expect(pages.sort()).toEqual(['harbour-bridge.html', 'index.html']);
  });

  it('backs off exponentially with full jitter, honours Retry-After, and resumes after a restart', async () => {
    const clock = fakeClock();
    let failure: Error | null = new TargetError('unreachable', 'example.org refused the connection: is the site running?');
    const log = callLog();
    const options = {
      now: clock.now,
      publishing: { random: () => 0.5, backoff: { baseMs: 1_000, capMs: 8_000, maxAttempts: 10 }, factories: recordingFactories(log, { fail: (m) => (m === 'create' ? failure : null) }) },
    };
    const g = newGalley(undefined, options);
    const n = newsroom(g);
    const id = await approvedArticle(n, BODY);
    await n.desk.call('publishing.publish', { articleId: id });

    const delays: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await g.galley.services.publishing.drain();
      const job = jobRow(g, id);
      expect(job).toMatchObject({ state: 'retrying', attempts: attempt, last_error: 'example.org refused the connection: is the site running?' });
      const next = Date.parse(job.next_attempt_at ?? '');
      delays.push(next - clock.now().getTime());
      // Not due yet: nothing is tried.
      await g.galley.services.publishing.drain();
      expect(jobRow(g, id).attempts).toBe(attempt);
      clock.set(new Date(next).toISOString());
    }
    // Half of 1 s, 2 s, 4 s, then the 8 s cap.
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 4_000]);

    failure = new TargetError('rate_limited', 'example.org asked Galley to slow down (too many requests).', 60_000);
    await g.galley.services.publishing.drain();
    const limited = jobRow(g, id);
    expect(Date.parse(limited.next_attempt_at ?? '') - clock.now().getTime()).toBe(60_000);

    // Galley restarts; the backend is back; the job goes out when it is due.
    failure = null;
    g.galley.close();
    clock.advance(60_000);
    const again = newGalley(g.dataDir, { ...options });
    again.galley.services.publishing.worker.recover();
    await again.galley.services.publishing.drain();
    expect(jobRow(again, id)).toMatchObject({ state: 'done', attempts: 7 });
    expect(existsSync(join(g.dataDir, 'published', 'harbour-bridge.html'))).toBe(true);
  });

  it('gives up after the last attempt with the reason, and “Retry now” sends it again', async () => {
    const clock = fakeClock();
    let failure: Error | null = new TargetError('server_error', 'example.org had a problem (503) while publishing; Galley will try again.');
    const g = newGalley(undefined, {
      now: clock.now,
      publishing: { random: () => 0, backoff: { baseMs: 1_000, capMs: 1_000, maxAttempts: 3 }, factories: recordingFactories(callLog(), { fail: () => failure }) },
    });
    const n = newsroom(g);
    const id = await approvedArticle(n, BODY);
    await n.desk.call('publishing.publish', { articleId: id });
    await g.galley.services.publishing.drain();
    const job = jobRow(g, id);
    expect(job).toMatchObject({ state: 'failed', attempts: 3 });
    expect(job.last_error).toBe('Gave up after 3 attempts: example.org had a problem (503) while publishing; Galley will try again.');
    const [before] = await n.desk.call('publishing.forArticle', { articleId: id });
    // Honest: not published anywhere until the target says so.
    expect(before).toMatchObject({ remote: null, url: null, job: { state: 'failed' } });

    const writerRetry = await n.writer.raw('publishing.retry', { jobId: job.id });
    expect(writerRetry).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    failure = null;
    await n.desk.call('publishing.retry', { jobId: job.id });
    await g.galley.services.publishing.drain();
    expect(jobRow(g, id)).toMatchObject({ state: 'done', attempts: 4 });
  });

  it('stops at once, in plain words, when the target refuses the credentials', async () => {
    const g = newGalley(undefined, { publishing: { factories: recordingFactories(callLog(), { fail: () => new TargetError('unauthorised', 'example.org refused the credentials while publishing: check the key or password.') }) } });
    const n = newsroom(g);
    const id = await approvedArticle(n, BODY);
    await n.desk.call('publishing.publish', { articleId: id });
    await g.galley.services.publishing.drain();
    expect(jobRow(g, id)).toMatchObject({ state: 'failed', attempts: 1, last_error: 'example.org refused the credentials while publishing: check the key or password.' });
  });

  it('publishes a scheduled article at its time, as the system, audit-logged', async () => {
    const clock = fakeClock();
    const g = newGalley(undefined, { now: clock.now });
    const n = newsroom(g);
    const id = await approvedArticle(n, BODY);
    await step(n.desk, { articleId: id, action: 'schedule', publishAt: '2026-03-02T12:00:00.000Z' });
    await g.galley.services.publishing.drain();
    expect((await n.desk.call('workflow.status', { articleId: id })).state).toBe('scheduled');
    clock.set('2026-03-02T12:00:00.000Z');
    await g.galley.services.publishing.drain();
    expect((await n.desk.call('workflow.status', { articleId: id })).state).toBe('published');
    expect(jobRow(g, id)).toMatchObject({ state: 'done' });
    const audit = await g.admin.call('audit.list', { offset: 0, limit: 5 });
    expect(audit.items.some((entry) => entry.action === 'workflow.publish' && entry.actorName === 'Galley (scheduled publication)' && entry.actorId === 'system:scheduler')).toBe(true);
  });

  it('lets only desk chiefs publish and only admins manage targets', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const id = await approvedArticle(n, BODY);
    expect(await n.editor.raw('publishing.publish', { articleId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await n.desk.raw('publishing.targets.add', { name: 'Mine', config: { kind: 'folder', settings: { path: '/tmp/x' } } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only an admin can manage publishing targets.' },
    });
    expect(await n.writer.raw('publishing.queue', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await n.desk.call('publishing.queue', {})).total).toBe(0);
  });

  it("shows each job's article id and headline from one read of the articles' headlines per list", async () => {
    const g = newGalley();
    const n = newsroom(g);
    const bridge = await approvedArticle(n, BODY);
    const ferry = await approvedArticle(n, BODY, { ...GOOD_META, headline: 'Ferry timetable changes', slug: 'ferry-timetable' });
    await n.desk.call('publishing.publish', { articleId: bridge });
    await n.desk.call('publishing.publish', { articleId: ferry });
    const rows = articleStore(g.galley.db).rows;
    let reads = 0;
    const jobs = jobsRepository(g.galley.db, { headlinesOf: (seqs) => (reads++, rows.headlinesOf(seqs)) });
    const { items } = jobs.list(0, 10);
    expect(reads).toBe(1);
    expect(items.map((job) => [job.articleId, job.headline]).sort()).toEqual(
      [
        [bridge, GOOD_META.headline],
        [ferry, 'Ferry timetable changes'],
      ].sort(),
    );
  });
});

describe('targets switched off or removed', () => {
  it('does not send to a target switched off after the job was queued, says why, and sends on Retry now once it is back on', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const id = await approvedArticle(n, BODY);
    await n.desk.call('publishing.publish', { articleId: id });
    const [folder] = await g.admin.call('publishing.targets.list', {});
    await g.admin.call('publishing.targets.update', { id: folder!.id, enabled: false });
    await g.galley.services.publishing.drain();
    const job = jobRow(g, id);
    expect(job).toMatchObject({ state: 'failed', last_error: 'The target “Folder” is switched off: an admin can switch it on in Settings, then choose Retry now.' });
    expect(existsSync(join(g.dataDir, 'published', 'harbour-bridge.html'))).toBe(false);
    await g.admin.call('publishing.targets.update', { id: folder!.id, enabled: true });
    await n.desk.call('publishing.retry', { jobId: job.id });
    await g.galley.services.publishing.drain();
    expect(jobRow(g, id)).toMatchObject({ state: 'done' });
  });

  it('never sends to a removed target', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const id = await approvedArticle(n, BODY);
    await n.desk.call('publishing.publish', { articleId: id });
    const [folder] = await g.admin.call('publishing.targets.list', {});
    await g.admin.call('publishing.targets.remove', { id: folder!.id });
    await g.galley.services.publishing.drain();
    expect(jobRow(g, id)).toMatchObject({ state: 'failed', last_error: 'The target of this job was removed, so it will not be sent.' });
    expect(await g.admin.call('publishing.targets.list', {})).toEqual([]);
  });
});
