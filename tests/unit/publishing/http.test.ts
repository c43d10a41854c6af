import { describe, expect, it } from 'vitest';
import { parseRetryAfter, statusError } from '../../../electron/publishing/http/failures';
import { createHttp, requestOk } from '../../../electron/publishing/http/transport';
import { TargetError } from '../../../electron/publishing/targets/target';

const URL_ = 'https://news.example/ghost/api/admin/posts/';

/** A fetch that fails as Node's does: a TypeError whose cause carries the socket error's code. */
const failingFetch = (code: string): typeof fetch => async () => {
  throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
};

describe('the publishing HTTP transport and its failures', () => {
  it('maps statuses to target errors a person can act on', () => {
    const kind = (status: number, headers: Record<string, string> = {}) => statusError(status, new Headers(headers), { backend: 'news.example', what: 'publishing the post' });
    expect(kind(401)).toMatchObject({ kind: 'unauthorised', message: "news.example refused the credentials (HTTP 401) while publishing the post: check the key or password in the target's settings." });
    expect(kind(403)).toMatchObject({ kind: 'forbidden', message: 'news.example accepted the credentials but does not allow publishing the post (HTTP 403): the account needs more rights.' });
    expect(kind(429, { 'retry-after': '120' })).toMatchObject({ kind: 'rate_limited', retryAfterMs: 120_000, transient: true });
    expect(kind(503)).toMatchObject({ kind: 'server_error', transient: true });
    // What answered is not quoted: the address may be an internal service's, not a receiver's.
    expect(kind(422)).toMatchObject({ kind: 'rejected', message: 'news.example refused publishing the post (HTTP 422).', transient: false });
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
    await expect(slow({ url: URL_ })).rejects.toMatchObject({ kind: 'unreachable', message: 'news.example did not answer within 30 s.' });
  });

  it('requestOk returns a 2xx and throws the mapped error otherwise', async () => {
    const http = createHttp({ fetch: async () => new Response('{"ok":true}', { status: 201 }) });
    expect((await requestOk(http, { url: URL_, method: 'POST' }, 'publishing the post')).text).toBe('{"ok":true}');
    const denied = createHttp({ fetch: async () => new Response('no', { status: 401 }) });
    await expect(requestOk(denied, { url: URL_ }, 'publishing the post')).rejects.toBeInstanceOf(TargetError);
  });
});

describe('one failure table for every target', () => {
  it('names a port web clients refuse, with no retry (it will never connect)', async () => {
    const http = createHttp({ fetch: async () => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: new Error('bad port') })) });
    await expect(http({ url: 'http://news.example:6000/', backend: 'Ghost at http://news.example:6000' })).rejects.toMatchObject({
      kind: 'rejected',
      message: 'Ghost at http://news.example:6000 uses a port that web clients refuse to connect to: choose another port.',
    });
  });

  it('reads the socket code however deep Node nests it, and says who failed', async () => {
    const nested = createHttp({ fetch: async () => Promise.reject(new TypeError('fetch failed', { cause: new Error('socket', { cause: Object.assign(new Error('x'), { code: 'UND_ERR_SOCKET' }) }) })) });
    await expect(nested({ url: URL_, backend: 'WordPress at https://news.example' })).rejects.toMatchObject({
      kind: 'unreachable',
      message: 'WordPress at https://news.example closed the connection before the answer was complete.',
    });
  });

  it('gives a 5xx its Retry-After whichever target asked', () => {
    expect(statusError(503, new Headers({ 'retry-after': '7' }), { backend: 'hook.example' })).toMatchObject({ kind: 'server_error', retryAfterMs: 7_000 });
  });
});
