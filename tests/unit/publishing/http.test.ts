import { describe, expect, it } from 'vitest';
import { createHttp, errorForStatus, parseRetryAfter, requestOk } from '../../../electron/publishing/http';
import { TargetError } from '../../../electron/publishing/targets/target';

const URL_ = 'https://news.example/ghost/api/admin/posts/';
const answer = (status: number, headers: Record<string, string> = {}, text = '') => ({ status, headers: new Headers(headers), text });

/** A fetch that fails as Node's does: a TypeError whose cause carries the socket error's code. */
const failingFetch = (code: string): typeof fetch => async () => {
  throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
};

describe('the publishing HTTP helper', () => {
  it('maps statuses to target errors a person can act on', () => {
    const kind = (status: number, headers: Record<string, string> = {}) => errorForStatus(answer(status, headers, '<p>Title is required</p>'), URL_, 'publishing the post');
    expect(kind(200)).toBeNull();
    expect(kind(401)).toMatchObject({ kind: 'unauthorised', message: 'news.example refused the credentials while publishing the post: check the key or password.' });
    expect(kind(403)).toMatchObject({ kind: 'forbidden', message: 'news.example accepted the credentials but does not allow publishing the post.' });
    expect(kind(429, { 'retry-after': '120' })).toMatchObject({ kind: 'rate_limited', retryAfterMs: 120_000, transient: true });
    expect(kind(503)).toMatchObject({ kind: 'server_error', transient: true });
    // What answered is not quoted: the address may be an internal service's, not a receiver's.
    expect(kind(422)).toMatchObject({ kind: 'rejected', message: 'news.example refused publishing the post (422).', transient: false });
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = new Date('2026-03-02T09:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('turns network failures into “unreachable”, in words', async () => {
    const refused = createHttp({ fetch: failingFetch('ECONNREFUSED') });
    await expect(refused({ url: URL_ })).rejects.toMatchObject({ kind: 'unreachable', message: 'news.example refused the connection: is the site running?' });
    const unknown = createHttp({ fetch: failingFetch('ENOTFOUND') });
    await expect(unknown({ url: URL_ })).rejects.toMatchObject({ kind: 'unreachable', message: 'news.example could not be found: check the address, or the network connection.' });
    const slow = createHttp({ fetch: async () => Promise.reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' })) });
    await expect(slow({ url: URL_ })).rejects.toMatchObject({ kind: 'unreachable', message: 'news.example did not answer in time.' });
  });

  it('requestOk returns a 2xx and throws the mapped error otherwise', async () => {
    const http = createHttp({ fetch: async () => new Response('{"ok":true}', { status: 201 }) });
    expect((await requestOk(http, { url: URL_, method: 'POST' }, 'publishing the post')).text).toBe('{"ok":true}');
    const denied = createHttp({ fetch: async () => new Response('no', { status: 401 }) });
    await expect(requestOk(denied, { url: URL_ }, 'publishing the post')).rejects.toBeInstanceOf(TargetError);
  });
});
