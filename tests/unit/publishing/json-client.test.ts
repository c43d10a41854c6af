import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonClient } from '../../../electron/publishing/http/json-client';
import { parseRetryAfter, statusError } from '../../../electron/publishing/http/failures';
import { createHttp } from '../../../electron/publishing/http/transport';
import { TargetError } from '../../../electron/publishing/targets/target';

const options = { backend: 'Ghost at http://news.test', errorMessage: (body: unknown) => (body as { message?: string } | null)?.message ?? null };
const now = new Date('2026-11-22T12:00:00.000Z');

describe('statusError: what each HTTP status tells the outbox', () => {
  const kindOf = (status: number, headers: Record<string, string> = {}) => statusError(status, new Headers(headers), { backend: options.backend, theirs: 'Nope', now });

  it('maps statuses to kinds, transient only for 429 and 5xx', () => {
    expect([401, 403, 404, 409, 422, 400, 500, 503, 429].map((status) => [status, kindOf(status).kind, kindOf(status).transient])).toEqual([
      [401, 'unauthorised', false],
      [403, 'forbidden', false],
      [404, 'not_found', false],
      [409, 'conflict', false],
      [422, 'rejected', false],
      [400, 'rejected', false],
      [500, 'server_error', true],
      [503, 'server_error', true],
      [429, 'rate_limited', true],
    ]);
  });

  it("keeps the backend's own words for a refusal", () => {
    expect(kindOf(422).message).toBe('Ghost at http://news.test refused the request (HTTP 422). It said: “Nope”');
  });

  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(kindOf(429, { 'retry-after': '120' }).retryAfterMs).toBe(120_000);
    expect(kindOf(429, { 'retry-after': 'Sun, 22 Nov 2026 12:00:30 GMT' }).retryAfterMs).toBe(30_000);
    expect(kindOf(429).retryAfterMs).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('Sun, 22 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });
});

describe('jsonClient over the transport, against a local server', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/ok') res.writeHead(200, { 'content-type': 'application/json' }).end('{"posts":[{"id":"1"}]}');
      else if (req.url === '/odd') res.writeHead(200, { 'content-type': 'application/json' }).end('{"posts":"no"}');
      else if (req.url === '/html500') res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
      else if (req.url === '/slow') setTimeout(() => res.end('{}'), 2_000);
      else if (req.url === '/half') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"posts":');
        setTimeout(() => req.socket.destroy(), 20);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = () => jsonClient(createHttp(), { ...options, timeoutMs: 300 });
  const schema = z.object({ posts: z.array(z.object({ id: z.string() })) });
  const failure = (work: Promise<unknown>) => work.then(() => null, (error: unknown) => error as TargetError);

  it('parses a good answer with the schema', async () => {
    expect(await client().json({ method: 'GET', url: `${base}/ok` }, schema)).toEqual({ posts: [{ id: '1' }] });
  });

  it('refuses an answer that does not fit the schema', async () => {
    const error = await failure(client().json({ method: 'GET', url: `${base}/odd` }, schema));
    expect(error?.kind).toBe('rejected');
    expect(error?.message).toContain('answered in a form Galley does not understand (posts:');
  });

  it('never quotes a page that is not the backend’s API speaking (a proxy’s, or an internal service’s)', async () => {
    const error = await failure(client().request({ method: 'GET', url: `${base}/html500` }));
    expect(error?.kind).toBe('server_error');
    expect(error?.message).toBe('Ghost at http://news.test had an internal error (HTTP 502); Galley will try again.');
  });

  it('times out, and reports a connection closed mid-answer, as unreachable', async () => {
    const slow = await failure(client().request({ method: 'GET', url: `${base}/slow` }));
    expect([slow?.kind, slow?.message]).toEqual(['unreachable', 'Ghost at http://news.test did not answer within 0.3 s.']);
    const half = await failure(client().request({ method: 'GET', url: `${base}/half` }));
    expect(half?.kind).toBe('unreachable');
    expect(half?.message).toBe('Ghost at http://news.test closed the connection before the answer was complete.');
  });
});
