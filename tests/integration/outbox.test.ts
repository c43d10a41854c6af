import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/services';
import { encryptedFileStore } from '../../electron/publishing/credentials/encrypted-file';
import { startHostProcess, type HostProcess } from '../support/host-process';
import { useGalley, type TestGalley } from '../support/galley';
import { bodyOfParagraphs } from '../support/bodies';
import { approvedArticle, correctedArticle, newsroom, GOOD_META, type Newsroom } from '../support/publishing';
import { startFaultProxy, type FaultProxy, type FaultRule } from './support/fault-proxy';
import { ghostAdmin } from './support/ghost-admin';
import { plain, sleep } from './support/expect';

/**
 * The whole path a desk chief's Publish takes (workflow step → outbox job → Ghost target →
 * real Ghost) with faults injected by a loopback proxy in front of Ghost, and the host
 * process SIGKILLed while Ghost holds a post Galley never heard back about. After each:
 * exactly one post per article, holding the approved revision, and nothing lost.
 */
const ghost = inject('ghost');
const admin = ghostAdmin(ghost.url, ghost.adminApiKey);
const SECRET_KEY = 'integration secret key';
const isPostWrite = (method: string) => (m: string, path: string) => m === method && path.startsWith('/ghost/api/admin/posts/');

const newGalley = useGalley();
const proxies: FaultProxy[] = [];
const hosts: HostProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const host of hosts) await host.kill('SIGKILL');
  for (const proxy of proxies) await proxy.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function ghostThroughProxy(g: TestGalley): Promise<{ proxy: FaultProxy; targetId: string }> {
  const proxy = await startFaultProxy(ghost.url);
  proxies.push(proxy);
  const target = await g.admin.call('publishing.targets.add', {
    name: 'Ghost',
    config: { kind: 'ghost', settings: { siteUrl: proxy.url } },
    secrets: { adminApiKey: ghost.adminApiKey },
  });
  return { proxy, targetId: target.id };
}

/** A Galley whose secrets are sealed with the key the host process is given too; retries come after 0.1 s, 0.2 s, 0.4 s… */
function galleyWithGhost(): TestGalley {
  const dataDir = mkdtempSync(join(tmpdir(), 'galley-outbox-'));
  dirs.push(dataDir);
  return newGalley(dataDir, {
    publishing: {
      secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: SECRET_KEY }),
      backoff: { baseMs: 100, capMs: 1_000, maxAttempts: 20 },
      random: () => 1,
    },
  });
}

const jobOf = (g: TestGalley, articleId: string) =>
  g.galley.db
    .prepare('SELECT j.state, j.attempts, j.last_error FROM publishing_jobs j JOIN articles a ON a.seq = j.article_seq JOIN publishing_targets t ON t.seq = j.target_seq WHERE a.id = ? AND t.kind = ? ORDER BY j.seq DESC LIMIT 1')
    .get(articleId, 'ghost') as { state: string; attempts: number; last_error: string | null };

/** Drains the outbox until the article's Ghost job is done (retries are due within about a second). */
async function drainUntilDone(g: TestGalley, articleId: string): Promise<{ attempts: number }> {
  for (let round = 0; round < 60; round += 1) {
    await g.galley.services.publishing.drain();
    const job = jobOf(g, articleId);
    if (job.state === 'done') return job;
    if (job.state === 'failed' || job.state === 'conflict') throw new Error(`the job ended ${job.state}: ${job.last_error}`);
    await sleep(250);
  }
  throw new Error(`the job was not done in time: ${JSON.stringify(jobOf(g, articleId))}`);
}

async function publishedArticle(n: Newsroom, targetId: string, words: string): Promise<{ id: string; headline: string }> {
  const headline = `Outbox ${words}`;
  const id = await approvedArticle(n, bodyOfParagraphs(`The council's ${words} vote passed on Tuesday.`), { ...GOOD_META, headline, slug: `outbox-${words}` });
  await n.desk.call('publishing.publish', { articleId: id, targetIds: [targetId] });
  return { id, headline };
}

async function onePostSaying(headline: string, text: string): Promise<void> {
  const posts = await admin.postsTitled(headline);
  expect(posts, `posts titled “${headline}”`).toHaveLength(1);
  expect(plain(posts[0]?.html ?? '')).toContain(text);
  expect(posts[0]?.status).toBe('published');
}

describe('the outbox publishing to a real Ghost', () => {
  const faults: Array<{ name: string; rule: FaultRule | 'refuse' }> = [
    { name: 'refused', rule: 'refuse' },
    { name: 'http500', rule: { fault: { kind: 'status', status: 500, body: '{"errors":[{"message":"boom"}]}' }, match: isPostWrite('POST'), times: 1 } },
    { name: 'http429', rule: { fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } }, match: isPostWrite('POST'), times: 1 } },
    { name: 'cut', rule: { fault: { kind: 'cut' }, match: isPostWrite('POST'), times: 1 } },
  ];

  it('retries through each fault and ends with exactly one post holding the approved text', async () => {
    const g = galleyWithGhost();
    const n = newsroom(g);
    const { proxy, targetId } = await ghostThroughProxy(g);
    for (const { name, rule } of faults) {
      if (rule === 'refuse') await proxy.refuse();
      else proxy.inject(rule);
      const { id, headline } = await publishedArticle(n, targetId, name);
      await g.galley.services.publishing.drain();
      expect(jobOf(g, id).state, name).toBe('retrying');
      if (rule === 'refuse') await proxy.accept();
      const job = await drainUntilDone(g, id);
      expect(job.attempts, name).toBeGreaterThanOrEqual(2);
      await onePostSaying(headline, `The council's ${name} vote passed on Tuesday.`);
      await proxy.clear();
    }
  });

  it('a correction that meets a failing update goes out once it can, to the same post', async () => {
    const g = galleyWithGhost();
    const n = newsroom(g);
    const { proxy, targetId } = await ghostThroughProxy(g);
    const { id, headline } = await publishedArticle(n, targetId, 'corrected');
    await drainUntilDone(g, id);
    await correctedArticle(n, id, bodyOfParagraphs('The council’s corrected vote passed on Wednesday.'), 'The vote was on Wednesday, not Tuesday.');
    proxy.inject({ fault: { kind: 'status', status: 503 }, match: isPostWrite('PUT'), times: 2 });
    await n.desk.call('publishing.publish', { articleId: id, targetIds: [targetId] });
    const job = await drainUntilDone(g, id);
    expect(job.attempts).toBe(3);
    await onePostSaying(headline, 'The council’s corrected vote passed on Wednesday.');
    expect(plain((await admin.postsTitled(headline))[0]?.html ?? '')).toContain('The vote was on Wednesday, not Tuesday.');
  });

  it('a host killed after Ghost saved the post, before Galley heard back, publishes it once after a restart', async () => {
    // Set up in-process: the newsroom, the Ghost target (its key sealed with the host's key), a job queued.
    const prepared = galleyWithGhost();
    const dataDir = prepared.dataDir;
    const n = newsroom(prepared);
    const { proxy, targetId } = await ghostThroughProxy(prepared);
    const { headline } = await publishedArticle(n, targetId, 'sigkill');
    prepared.galley.close();

    // Ghost will save the post, and its answer will never reach the host.
    proxy.inject({ fault: { kind: 'stall', forward: true }, match: isPostWrite('POST'), times: 1 });
    const saved = process.env.GALLEY_SECRET_KEY;
    process.env.GALLEY_SECRET_KEY = SECRET_KEY;
    try {
      const first = await startHostProcess(dataDir);
      hosts.push(first);
      for (let i = 0; i < 120 && (await admin.postsTitled(headline)).length === 0; i += 1) await sleep(250);
      expect(await admin.postsTitled(headline)).toHaveLength(1);
      await first.kill('SIGKILL');

      const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
      const state = () => (db.prepare("SELECT state FROM publishing_jobs j JOIN publishing_targets t ON t.seq = j.target_seq WHERE t.kind = 'ghost'").get() as { state: string }).state;
      expect(state()).toBe('sending');
      expect(db.prepare('SELECT COUNT(*) AS n FROM publications').get()).toEqual({ n: 0 });

      await proxy.clear();
      const second = await startHostProcess(dataDir);
      hosts.push(second);
      for (let i = 0; i < 240 && state() !== 'done'; i += 1) await sleep(250);
      expect(state()).toBe('done');
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      db.close();
      await second.kill();
    } finally {
      if (saved === undefined) delete process.env.GALLEY_SECRET_KEY;
      else process.env.GALLEY_SECRET_KEY = saved;
    }
    await onePostSaying(headline, "The council's sigkill vote passed on Tuesday.");
  });
});
