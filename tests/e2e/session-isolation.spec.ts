import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';
import { ADMIN, signInThroughRpc, type Person } from './support/accounts';
import { rpc } from './support/rpc';

const MALLORY: Person = { name: 'mallory', displayName: 'Mallory Mole', role: 'desk_chief' };

/**
 * Another program's web server on 127.0.0.1, on another port, that the same browser opens.
 * It keeps every cookie the browser sends it, and on /plant sets the cookies it is asked to
 * (a server may overwrite even HttpOnly cookies; cookies are not kept apart by port).
 */
async function otherLocalServer(): Promise<{ origin: string; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server: Server = createServer((req, res) => {
    if (req.headers.cookie) received.push(req.headers.cookie);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const planted = url.pathname === '/plant' ? url.searchParams.getAll('c').map((c) => `${c}; Path=/; HttpOnly`) : [];
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(planted.length > 0 ? { 'set-cookie': planted } : {}) });
    res.end('<!doctype html><title>Another local app</title><p>Nothing to see.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('another local server opened in the same browser gets nothing it can use as the signed-in person', async ({ app, context, host }) => {
  const other = await otherLocalServer();
  try {
    const tab = await context.newPage();
    await tab.goto(`${other.origin}/`);
    await tab.close();
    // Whatever the browser sent it, replayed from outside a browser (no Origin, no Fetch metadata).
    const cookie = other.received.join('; ');
    for (const channel of ['session.current', 'articles.list']) {
      const reply = await fetch(`${host.origin}/rpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ channel, input: {} }),
      });
      expect(await reply.json(), channel).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    // The writer's own window is untouched.
    await expect(app.page.getByRole('banner').getByText('Wren Writer')).toBeVisible();
  } finally {
    await other.close();
  }
});

test('another local server cannot plant a session in the open Galley window, and a reload keeps the person signed in', async ({ app, browser, context, host }) => {
  const other = await otherLocalServer();
  try {
    // Mallory has an account of her own, and signs in in her own browser.
    const admin = await (await browser.newContext()).newPage();
    await signInThroughRpc(admin, host, ADMIN);
    await rpc(admin, host.origin, 'users.create', { name: MALLORY.name, displayName: MALLORY.displayName, role: MALLORY.role, password: 'correct horse battery staple' });
    const mallory = await (await browser.newContext()).newPage();
    await signInThroughRpc(mallory, host, MALLORY);
    // Every cookie her browser holds for Galley (if any; else a guess), planted by her server into the writer's browser.
    const hers = (await mallory.context().cookies(host.origin)).map((c) => `${c.name}=${c.value}`);
    const plant = new URLSearchParams((hers.length > 0 ? hers : ['galley_session=planted', 'galley_window=planted']).map((c) => ['c', c]));
    const tab = await context.newPage();
    await tab.goto(`${other.origin}/plant?${plant.toString()}`);
    await tab.close();

    await app.page.reload();
    await expect(app.page.getByRole('banner').getByText('Wren Writer')).toBeVisible();
    await expect(app.page.getByRole('banner').getByText(MALLORY.displayName)).toHaveCount(0);
    await expect(app.newArticleButton).toBeEnabled();
  } finally {
    await other.close();
  }
});
