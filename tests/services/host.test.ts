import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../electron/host/server';
import { RENDERER_CSP } from '../../shared/security/csp';
import { useGalley } from '../support/galley';
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
  const h = await startHost({ galley: g.galley, rendererDir });
  hosts.push(h);
  const access = `galley_token=${h.token}`;
  // The browser of a signed-in writer: the access cookie of this run and a session cookie.
  const cookie = `${access}; galley_session=${g.token}`;
  return { g, h, cookie, access };
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

const rpc = (h: RunningHost, cookie: string | null, channel: string, input: unknown, headers: Record<string, string> = {}) =>
  http(h, '/rpc', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify({ channel, input }),
  });

describe('web host', () => {
  it('binds to 127.0.0.1 only and trades the token in the URL for an HttpOnly cookie', async () => {
    const { h } = await host();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const reply = await http(h, `/?token=${h.token}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(String(reply.headers['set-cookie'])).toMatch(/galley_token=.*HttpOnly; SameSite=Strict/);
  });

  it('lets the browser keep the build files named by their content, and nothing else', async () => {
    const { h, cookie } = await host();
    // A hashed name never changes meaning, so the browser (and V8's cache of its compiled code) may keep it.
    const hashed = await http(h, '/assets/index-Ab3_x-9Z.js');
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers['content-security-policy']).toBe(RENDERER_CSP);
    // The page that names them, and a file without a hash, are asked for afresh every time.
    expect((await http(h, '/', { headers: { cookie } })).headers['cache-control']).toBe('no-store');
    expect((await http(h, '/assets/app.js')).headers['cache-control']).toBe('no-store');
    expect((await rpc(h, cookie, 'articles.list', {})).headers['cache-control']).toBe('no-store');
  });

  it('keeps an idle connection open past Node\'s 5 s default, so a call sent on it is never reset', async () => {
    const { h, cookie } = await host();
    // A raw connection, as a browser keeps one between calls: it must not be closed under it.
    const socket = connect(h.port, '127.0.0.1');
    let closedByHost = false;
    socket.on('close', () => (closedByHost = true));
    const body = JSON.stringify({ channel: 'articles.list', input: {} });
    const send = () =>
      new Promise<string>((resolve) => {
        socket.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8')));
        socket.write(
          `POST /rpc HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nConnection: keep-alive\r\nCookie: ${cookie}\r\n` +
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

  it('serves the app with the strict CSP to a signed-in browser only', async () => {
    const { h, cookie } = await host();
    const signedIn = await http(h, '/', { headers: { cookie } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(signedIn.headers['x-content-type-options']).toBe('nosniff');
    const stranger = await http(h, '/');
    expect(stranger.status).toBe(401);
    expect(stranger.body).toContain('Open the address');
    expect((await http(h, `/?token=wrong`)).status).toBe(403);
  });

  it('answers RPC for a signed-in browser of this run and UNAUTHENTICATED for anyone else', async () => {
    const { g, h, cookie, access } = await host();
    const ok = JSON.parse((await rpc(h, cookie, 'articles.create', { meta: { headline: 'Via HTTP' } })).body);
    expect(ok).toMatchObject({ ok: true, value: { meta: { headline: 'Via HTTP' } } });
    for (const presented of [null, 'galley_token=guess', access, `galley_session=${g.token}`, `galley_token=guess; galley_session=${g.token}`]) {
      const denied = JSON.parse((await rpc(h, presented, 'articles.list', {})).body);
      expect(denied, String(presented)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    // A session cannot be smuggled in through the input either.
    const smuggled = JSON.parse((await rpc(h, access, 'articles.list', { sessionToken: g.token })).body);
    expect(smuggled).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('signs in by putting the session in an HttpOnly cookie, never in the answer, and signs out by clearing it', async () => {
    const { h, access } = await host();
    const signIn = await rpc(h, access, 'auth.signIn', { name: 'writer', password: 'correct horse battery staple' });
    const setCookie = String(signIn.headers['set-cookie']);
    expect(setCookie).toMatch(/^galley_session=[A-Za-z0-9_-]{40,}; HttpOnly; SameSite=Strict; Path=\/$/);
    const session = setCookie.split(';')[0]!;
    const answer = JSON.parse(signIn.body) as { ok: boolean; value: Record<string, unknown> };
    expect(answer).toMatchObject({ ok: true, value: { session: { displayName: 'Wren Writer', role: 'writer' } } });
    expect(answer.value).not.toHaveProperty('token');
    expect(signIn.body).not.toContain(session.split('=')[1]);

    const signedIn = `${access}; ${session}`;
    expect(JSON.parse((await rpc(h, signedIn, 'session.current', {})).body)).toMatchObject({ ok: true, value: { role: 'writer' } });
    const signOut = await rpc(h, signedIn, 'auth.signOut', {});
    expect(String(signOut.headers['set-cookie'])).toBe('galley_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0');
    expect(JSON.parse((await rpc(h, signedIn, 'session.current', {})).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const wrong = await rpc(h, access, 'auth.signIn', { name: 'writer', password: 'guess' });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses other origins, other Host names (DNS rebinding) and non-JSON posts', async () => {
    const { g, h, cookie } = await host();
    expect((await rpc(h, cookie, 'articles.create', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await rpc(h, cookie, 'articles.create', {}, { host: `evil.example:${h.port}` })).status).toBe(421);
    const form = await http(h, '/rpc', {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain' },
      body: JSON.stringify({ channel: 'articles.create', input: {} }),
    });
    expect(form.status).toBe(415);
    const garbage = await http(h, '/rpc', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{not json' });
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await g.call('articles.list', {})).total).toBe(0);
  });

  it('never serves files outside the renderer folder', async () => {
    const { h, cookie } = await host();
    expect((await http(h, '/assets/app.js', { headers: { cookie } })).status).toBe(200);
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/%00']) {
      expect((await http(h, path, { headers: { cookie } })).status).toBe(404);
    }
  });

  it('pushes events to the browser over server-sent events', async () => {
    const { g, h, cookie } = await host();
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: h.port, path: '/events', headers: { host: `127.0.0.1:${h.port}`, cookie } }, (res) => {
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
    // The page of this run, but nobody signed in: no events either.
    expect((await http(h, '/events', { headers: { cookie: `galley_token=${h.token}` } })).status).toBe(401);
  });
});
