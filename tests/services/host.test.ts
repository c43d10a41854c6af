import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../electron/host/server';
import { RENDERER_CSP } from '../../shared/security/csp';
import { TEST_PASSWORD, useGalley } from '../support/galley';
import { WINDOW_HEADER } from '../../shared/contract/web-host';
import { openWindow, tokenOf } from '../support/host-window';
import { useTempDirs } from '../support/temp-dir';

const newGalley = useGalley();
const tempDir = useTempDirs();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function host() {
  const g = newGalley();
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'index-Ab3_x-9Z.js'), 'console.log(2)');
  const announced: string[] = [];
  const h = await startHost({ galley: g.galley, rendererDir, announce: (url) => announced.push(url) });
  hosts.push(h);
  // A tab that opened the printed address, and the writer signed in in it.
  const key = await openWindow(h, tokenOf(h.url));
  await rpc(h, key, 'auth.signIn', { name: 'writer', password: TEST_PASSWORD });
  return { g, h, key, announced };
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so that tests can send what a browser would refuse to (wrong Host, say). */
function http(h: RunningHost, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: h.port, path, method: init.method ?? 'GET', headers: { host: `127.0.0.1:${h.port}`, ...init.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const rpc = (h: RunningHost, key: string | null, channel: string, input: unknown, headers: Record<string, string> = {}) =>
  http(h, '/rpc', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { [WINDOW_HEADER]: key } : {}), ...headers },
    body: JSON.stringify({ channel, input }),
  });

describe('web host', () => {
  it('binds to 127.0.0.1 only; an address opens one window, once, and nothing is ever put in a cookie', async () => {
    const { h, announced } = await host();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    // Opening the address only serves the page: a link preview or a prefetch spends nothing.
    const fresh = h.newAddress();
    const page = await http(h, `/?token=${tokenOf(fresh)}`);
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    const key = await openWindow(h, tokenOf(fresh));
    expect(key).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // Spent: the same address, or the first one (spent by host()), opens nothing more.
    for (const token of [tokenOf(fresh), tokenOf(h.url), 'a guess']) {
      const again = await http(h, '/windows', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
      expect(again.status).toBe(403);
      expect(JSON.parse(again.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/printed a new address/) } });
    }
    // …and the terminal got a new address for whoever asked (once: not more often than every 2 s).
    expect(announced).toHaveLength(1);
    expect(await openWindow(h, tokenOf(announced[0]!))).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it('lets the browser keep the build files named by their content, and nothing else', async () => {
    const { h, key } = await host();
    // A hashed name never changes meaning, so the browser (and V8's cache of its compiled code) may keep it.
    const hashed = await http(h, '/assets/index-Ab3_x-9Z.js');
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers['content-security-policy']).toBe(RENDERER_CSP);
    // The page that names them, and a file without a hash, are asked for afresh every time.
    expect((await http(h, '/')).headers['cache-control']).toBe('no-store');
    expect((await http(h, '/assets/app.js')).headers['cache-control']).toBe('no-store');
    expect((await rpc(h, key, 'articles.list', {})).headers['cache-control']).toBe('no-store');
  });

  it('keeps an idle connection open past Node\'s 5 s default, so a call sent on it is never reset', async () => {
    const { h, key } = await host();
    // A raw connection, as a browser keeps one between calls: it must not be closed under it.
    const socket = connect(h.port, '127.0.0.1');
    let closedByHost = false;
    socket.on('close', () => (closedByHost = true));
    const body = JSON.stringify({ channel: 'articles.list', input: {} });
    const send = () =>
      new Promise<string>((resolve) => {
        socket.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8')));
        socket.write(
          `POST /rpc HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nConnection: keep-alive\r\n${WINDOW_HEADER}: ${key}\r\n` +
            `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
      });
    expect(await send()).toMatch(/^HTTP\/1\.1 200/);
    // Node's default closes it at 5 s (6 s on Node 20.20, which adds a second).
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(closedByHost).toBe(false);
    expect(await send()).toMatch(/^HTTP\/1\.1 200/);
    socket.destroy();
  });

  it('serves the page, which holds nothing secret, with the strict CSP', async () => {
    const { h } = await host();
    const page = await http(h, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers RPC for a signed-in window of this run and UNAUTHENTICATED for anyone else', async () => {
    const { g, h, key } = await host();
    const ok = JSON.parse((await rpc(h, key, 'articles.create', { meta: { headline: 'Via HTTP' } })).body);
    expect(ok).toMatchObject({ ok: true, value: { meta: { headline: 'Via HTTP' } } });
    // No key, a guess, or a session token (as a cookie, as the key) gets nothing.
    for (const [presented, headers] of [
      [null, {}],
      ['a guess', {}],
      [g.token, {}],
      [null, { cookie: `galley_session=${g.token}; galley_token=${tokenOf(h.url)}` }],
    ] as const) {
      const denied = JSON.parse((await rpc(h, presented, 'articles.list', {}, headers)).body);
      expect(denied, String(presented)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    // A session cannot be smuggled in through the input either.
    const other = await openWindow(h);
    const smuggled = JSON.parse((await rpc(h, other, 'articles.list', { sessionToken: g.token })).body);
    expect(smuggled).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('keeps the session in the host against the window, never in the answer or a cookie; sign-out ends it there', async () => {
    const { h } = await host();
    const key = await openWindow(h);
    const signIn = await rpc(h, key, 'auth.signIn', { name: 'writer', password: TEST_PASSWORD });
    expect(signIn.headers['set-cookie']).toBeUndefined();
    const answer = JSON.parse(signIn.body) as { ok: boolean; value: Record<string, unknown> };
    expect(answer).toMatchObject({ ok: true, value: { session: { displayName: 'Wren Writer', role: 'writer' } } });
    expect(answer.value).not.toHaveProperty('token');

    expect(JSON.parse((await rpc(h, key, 'session.current', {})).body)).toMatchObject({ ok: true, value: { role: 'writer' } });
    // Another window of the same browser is not signed in by this one.
    const other = await openWindow(h);
    expect(JSON.parse((await rpc(h, other, 'session.current', {})).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await rpc(h, key, 'auth.signOut', {});
    expect(JSON.parse((await rpc(h, key, 'session.current', {})).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses other origins, other local ports, other Host names (DNS rebinding) and non-JSON posts', async () => {
    const { g, h, key } = await host();
    expect((await rpc(h, key, 'articles.create', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await rpc(h, key, 'articles.create', {}, { origin: `http://127.0.0.1:${h.port + 1}` })).status).toBe(403);
    expect((await rpc(h, key, 'articles.create', {}, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await rpc(h, key, 'articles.create', {}, { host: `evil.example:${h.port}` })).status).toBe(421);
    const form = await http(h, '/rpc', {
      method: 'POST',
      headers: { [WINDOW_HEADER]: key, 'content-type': 'text/plain' },
      body: JSON.stringify({ channel: 'articles.create', input: {} }),
    });
    expect(form.status).toBe(415);
    const garbage = await http(h, '/rpc', { method: 'POST', headers: { [WINDOW_HEADER]: key, 'content-type': 'application/json' }, body: '{not json' });
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await g.call('articles.list', {})).total).toBe(0);
  });

  it('refuses a call larger than any channel takes as it streams in, with a clear message', async () => {
    const { h, key } = await host();
    // Larger than the largest image upload: refused before it is parsed.
    const body = JSON.stringify({ channel: 'articles.save', input: { padding: 'x'.repeat(42 * 1024 * 1024) } });
    const reply = await http(h, '/rpc', { method: 'POST', headers: { [WINDOW_HEADER]: key, 'content-type': 'application/json' }, body });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/larger than Galley takes in one call \(41 MB\)/) } });
  });

  it('never serves files outside the renderer folder', async () => {
    const { h } = await host();
    expect((await http(h, '/assets/app.js')).status).toBe(200);
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/%00']) {
      expect((await http(h, path)).status).toBe(404);
    }
  });

  it('pushes events to the browser over server-sent events', async () => {
    const { g, h, key } = await host();
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: h.port, path: `/events?window=${key}`, headers: { host: `127.0.0.1:${h.port}` } }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          const data = buffer.split('\n').find((line) => line.startsWith('data: '));
          if (data) {
            resolve(data.slice(6));
            req.destroy();
          }
        });
        // Once connected, make something happen.
        void g.call('articles.create', {});
      });
      req.on('error', (e) => (e.message.includes('socket hang up') ? undefined : reject(e)));
      req.end();
    });
    expect(JSON.parse(await received)).toEqual({ type: 'articles.listChanged' });
    expect((await http(h, '/events')).status).toBe(401);
    // A window of this run, but nobody signed in in it: no events either.
    const other = await openWindow(h);
    expect((await http(h, `/events?window=${other}`)).status).toBe(401);
  });
});
