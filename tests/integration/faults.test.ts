import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ghostTarget } from '../../electron/publishing/targets/ghost';
import { wordpressTarget } from '../../electron/publishing/targets/wordpress';
import { TargetError, type OutgoingArticle, type PublishTarget, type RemoteRef } from '../../electron/publishing/targets/target';
import { articleFixture, revise } from './support/articles';
import { startFaultProxy, type FaultProxy, type FaultRule } from './support/fault-proxy';
import { ghostAdmin } from './support/ghost-admin';
import { wordpressApi } from './support/wordpress-api';
import { sleep, targetFailure } from './support/expect';

/**
 * Network faults between Galley and a real backend, made by a loopback proxy. Each fault
 * must come out as the right TargetError (transient or not), and once it clears, the
 * outbox's retry (find by key, then create or update) must leave exactly one remote post
 * holding the right revision.
 */

const TIMEOUT_MS = 2_500;

interface Backend {
  name: string;
  upstream: string;
  target(siteUrl: string): PublishTarget;
  /** Requests that write the post itself (not images, not terms). */
  isPostCreate(method: string, path: string): boolean;
  isPostUpdate(method: string, path: string): boolean;
  postsTitled(title: string): Promise<Array<{ id: string; revisionMarked: (revisionId: string) => boolean }>>;
}

const ghost = inject('ghost');
const wp = inject('wordpress');
const ghostApi = ghostAdmin(ghost.url, ghost.adminApiKey);
const wpApi = wordpressApi(wp.url, wp.user, wp.applicationPassword);

const BACKENDS: Backend[] = [
  {
    name: 'Ghost',
    upstream: ghost.url,
    target: (siteUrl) => ghostTarget({ siteUrl }, { adminApiKey: ghost.adminApiKey }, { timeoutMs: TIMEOUT_MS }),
    isPostCreate: (method, path) => method === 'POST' && path.startsWith('/ghost/api/admin/posts/'),
    isPostUpdate: (method, path) => method === 'PUT' && path.startsWith('/ghost/api/admin/posts/'),
    postsTitled: async (title) =>
      (await ghostApi.postsTitled(title)).map((post) => ({ id: post.id, revisionMarked: (id: string) => post.codeinjection_head?.includes(id) === true })),
  },
  {
    name: 'WordPress',
    upstream: wp.url,
    target: (siteUrl) => wordpressTarget({ siteUrl, user: wp.user }, { applicationPassword: wp.applicationPassword }, { timeoutMs: TIMEOUT_MS }),
    isPostCreate: (method, path) => method === 'POST' && /^\/wp-json\/wp\/v2\/posts(\?|$)/.test(path),
    isPostUpdate: (method, path) => method === 'POST' && /^\/wp-json\/wp\/v2\/posts\/\d+/.test(path),
    postsTitled: async (title) =>
      (await wpApi.postsTitled(title)).map((post) => ({ id: String(post.id), revisionMarked: (id: string) => post.content.raw.includes(`galley-revision:${id}`) })),
  },
];

/** What the outbox does on a retry: look for an unrecorded copy first, then create (or finish) it. */
async function retryPublish(target: PublishTarget, article: OutgoingArticle): Promise<RemoteRef> {
  const known = await target.find(article);
  return target.create(article, known);
}

describe.each(BACKENDS)('faults between Galley and $name', (backend) => {
  let proxy: FaultProxy;
  let galley: PublishTarget;
  beforeAll(async () => {
    proxy = await startFaultProxy(backend.upstream);
    galley = backend.target(proxy.url);
  });
  afterEach(async () => proxy.clear());
  afterAll(async () => proxy.close());

  async function expectExactlyOne(article: OutgoingArticle, ref: RemoteRef): Promise<void> {
    const posts = await backend.postsTitled(article.meta.headline);
    expect(posts.map((post) => post.id)).toEqual([ref.remoteId]);
    expect(posts[0]?.revisionMarked(article.revisionId)).toBe(true);
  }

  const faultThenRetry = async (tag: string, rule: FaultRule, expected: { kind: TargetError['kind']; message: RegExp }) => {
    const { article } = articleFixture({ tag: `${backend.name.toLowerCase()}-${tag}`, images: false });
    proxy.inject(rule);
    const error = await targetFailure(galley.create(article, null));
    expect(error.kind).toBe(expected.kind);
    expect(error.transient).toBe(true);
    expect(error.message).toMatch(expected.message);
    await proxy.clear();
    const ref = await retryPublish(galley, article);
    await expectExactlyOne(article, ref);
    return error;
  };

  it('connection refused: unreachable, then one post', async () => {
    const { article } = articleFixture({ tag: `${backend.name.toLowerCase()}-refused`, images: false });
    await proxy.refuse();
    const error = await targetFailure(galley.create(article, null));
    expect(error.kind).toBe('unreachable');
    expect(error.transient).toBe(true);
    expect(error.message).toBe(`${backend.name} at ${proxy.url} refused the connection: is the site running?`);
    expect((await galley.testConnection()).ok).toBe(false);
    await proxy.accept();
    await expectExactlyOne(article, await retryPublish(galley, article));
  });

  it('HTTP 500: server_error, then one post', async () => {
    await faultThenRetry('http500', { fault: { kind: 'status', status: 500 }, match: backend.isPostCreate, times: 1 }, { kind: 'server_error', message: /internal error \(HTTP 500\)/ });
  });

  it('HTTP 429 with Retry-After in seconds and as a date: rate_limited with the wait', async () => {
    const seconds = await faultThenRetry(
      'http429',
      { fault: { kind: 'status', status: 429, headers: { 'retry-after': '7' } }, match: backend.isPostCreate, times: 1 },
      { kind: 'rate_limited', message: /try again in 7 s/ },
    );
    expect(seconds.retryAfterMs).toBe(7_000);

    const { article } = articleFixture({ tag: `${backend.name.toLowerCase()}-http429-date`, images: false });
    proxy.inject({ fault: { kind: 'status', status: 429, headers: { 'retry-after': new Date(Date.now() + 30_000).toUTCString() } }, times: 1 });
    const dated = await targetFailure(galley.find(article));
    expect(dated.kind).toBe('rate_limited');
    expect(dated.retryAfterMs).toBeGreaterThan(25_000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('no answer before the deadline: unreachable, then one post', async () => {
    await faultThenRetry('stall', { fault: { kind: 'stall', forward: false }, match: backend.isPostCreate, times: 1 }, { kind: 'unreachable', message: /did not answer within 2.5 s/ });
  });

  it('the post saved but the answer never came: the retry finds it, no second post', async () => {
    await faultThenRetry('stall-after-save', { fault: { kind: 'stall', forward: true }, match: backend.isPostCreate, times: 1 }, { kind: 'unreachable', message: /did not answer within/ });
  });

  it('the connection closed in the middle of the answer: the retry finds the post, no second post', async () => {
    await faultThenRetry('cut', { fault: { kind: 'cut' }, match: backend.isPostCreate, times: 1 }, { kind: 'unreachable', message: /closed the connection before the answer was complete|dropped the connection/ });
  });

  it('an update saved whose answer was lost: the retry of the same revision is not a conflict', async () => {
    const { article } = articleFixture({ tag: `${backend.name.toLowerCase()}-update-cut`, images: false });
    const ref = await galley.create(article, null);
    const next = revise(article, { meta: { ...article.meta, dek: 'A new dek.' } });
    proxy.inject({ fault: { kind: 'cut' }, match: backend.isPostUpdate, times: 1 });
    expect((await targetFailure(galley.update(next, ref, { force: false }))).kind).toBe('unreachable');
    await proxy.clear();
    // Past the backends' one-second change markers: the post now looks changed since `ref`.
    await sleep(1_100);
    const retried = await galley.update(next, ref, { force: false });
    expect(retried.remoteId).toBe(ref.remoteId);
    await expectExactlyOne(next, retried);
    // And the next revision goes out normally from the recorded result.
    await sleep(1_100);
    const third = revise(next, { meta: { ...next.meta, dek: 'A third dek.' } });
    await expectExactlyOne(third, await galley.update(third, retried, { force: false }));
  });

  it('images: a failed upload is retried without a second post', async () => {
    const { article } = articleFixture({ tag: `${backend.name.toLowerCase()}-upload-500` });
    proxy.inject({ fault: { kind: 'status', status: 503 }, match: (method, path) => method === 'POST' && /images\/upload|wp\/v2\/media/.test(path), times: 1 });
    expect((await targetFailure(galley.create(article, null))).kind).toBe('server_error');
    await proxy.clear();
    const ref = await retryPublish(galley, article);
    await expectExactlyOne(article, ref);
    expect(Object.keys(ref.images)).toHaveLength(2);
  });
});
