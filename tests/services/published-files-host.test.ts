import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../electron/host/server';
import { publishedLinks, PUBLISHED_LINK_LIFETIME_MS } from '../../electron/host/published-links';
import { OPEN_PUBLISHED_PATH, WINDOW_HEADER } from '../../shared/contract/web-host';
import type { RpcResult } from '../../shared/contract/rpc';
import { TEST_PASSWORD, useGalley } from '../support/galley';
import { getFromHost, openWindow, signedInWindow } from '../support/host-window';
import { useTempDirs } from '../support/temp-dir';
import { bodyOf } from '../support/bodies';
import { approvedArticle, newsroom, step } from '../support/publishing';
import { para } from '../unit/checks/source-fixtures';
import { encryptedFileStore } from '../../electron/publishing/credentials/encrypted-file';

const newGalley = useGalley();
const tempDir = useTempDirs();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

/** A GET as a browser tab sends it for a link: no window key, no cookie; the address is all it has. */
const get = async (h: RunningHost, path: string) => {
  const reply = await getFromHost(h, path);
  return { ...reply, body: reply.body.toString('utf8') };
};

async function post(h: RunningHost, path: string, key: string | null, body: unknown): Promise<RpcResult<unknown>> {
  const reply = await fetch(`${h.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key !== null ? { [WINDOW_HEADER]: key } : {}) },
    body: JSON.stringify(body),
  });
  return (await reply.json()) as RpcResult<unknown>;
}

/** A published article on the default folder target, the web host in front of it, and the desk chief's signed-in window. */
async function publishedOnHost() {
  const dataDir = tempDir();
  const g = newGalley(dataDir, { publishing: { secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: 'test passphrase' }) } });
  const n = newsroom(g);
  const articleId = await approvedArticle(n, bodyOf(para('The council voted on Tuesday.')));
  await step(n.desk, { articleId, action: 'publish' });
  await g.galley.services.publishing.drain();
  const targets = await g.admin.call('publishing.targets.list', {});
  const folder = targets.find((t) => t.config.kind === 'folder')!;
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>');
  const h = await startHost({ galley: g.galley, rendererDir });
  hosts.push(h);
  const key = await signedInWindow(h, 'dee', TEST_PASSWORD);
  const input = { articleId, targetId: folder.id };
  const link = async (windowKey: string | null = key) => post(h, OPEN_PUBLISHED_PATH, windowKey, input);
  const url = async (windowKey: string = key) => {
    const answer = await link(windowKey);
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    return (answer.value as { url: string }).url;
  };
  return { g, n, h, key, input, link, url, dir: join(g.dataDir, 'published'), articleId };
}

describe('published pages served by the web host', () => {
  it('serves the folder’s page, its images and index to the window that asked, sandboxed: no script, its own origin, a safe type', async () => {
    const { h, url } = await publishedOnHost();
    const address = await url();
    expect(address).toMatch(/^\/published\/[\w-]{43}\/harbour-bridge\.html$/);
    const page = await get(h, address);
    expect(page.status).toBe(200);
    expect(page.body).toContain('The council voted on Tuesday.');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(page.headers['content-security-policy']);
    expect(csp.split(';').map((part) => part.trim())).toContain('sandbox');
    expect(csp).not.toMatch(/allow-scripts|allow-same-origin|script-src/);
    expect(csp).toContain("default-src 'none'");
    // The rest of the folder opens from the page's own links, under the same grant.
    const grant = address.split('/')[2];
    expect((await get(h, `/published/${grant}/index.html`)).body).toContain('harbour-bridge.html');
    const ninjs = await get(h, `/published/${grant}/harbour-bridge.ninjs.json`);
    expect(ninjs.headers['content-type']).toBe('application/json');
  });

  it('serves a file with a script in it so that the script cannot run as Galley, and anything unknown only as a download', async () => {
    const { h, url, dir } = await publishedOnHost();
    writeFileSync(join(dir, 'planted.html'), '<!doctype html><script>fetch("/rpc")</script>');
    writeFileSync(join(dir, 'planted.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const grant = (await url()).split('/')[2];
    const html = await get(h, `/published/${grant}/planted.html`);
    expect(html.status).toBe(200);
    expect(String(html.headers['content-security-policy'])).toMatch(/^sandbox;/);
    const svg = await get(h, `/published/${grant}/planted.svg`);
    expect(svg.headers['content-type']).toBe('application/octet-stream');
    expect(svg.headers['content-disposition']).toBe('attachment');
  });

  it('refuses to climb out of the folder: traversal, hidden files and symbolic links that lead out are refused', async () => {
    const { h, url, dir, g } = await publishedOnHost();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.txt'), 'TOP SECRET');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.html'));
    symlinkSync(outside, join(dir, 'out'));
    mkdirSync(join(dir, 'sub'));
    const grant = (await url()).split('/')[2];
    for (const path of [
      '../galley.sqlite',
      '..%2Fgalley.sqlite',
      '%2e%2e%2fgalley.sqlite',
      'images/..%2F..%2Fgalley.sqlite',
      '..%5cgalley.sqlite',
      '.galley-folder.json',
      'leak.html',
      'out/secret.txt',
      'sub',
      '',
      `${encodeURIComponent(join(g.dataDir, 'galley.sqlite'))}`,
    ]) {
      const reply = await get(h, `/published/${grant}/${path}`);
      // 404, or 403 where the address itself climbs out of the grant's (/published/<grant>/.. is another grant, unknown).
      expect([403, 404], path).toContain(reply.status);
      expect(reply.body).not.toMatch(/TOP SECRET|SQLite|galley\.folder/);
    }
  });

  it('gives an address only to a signed-in window, and an address stops working once that window signs out or someone else signs in there', async () => {
    const { h, link, url, key } = await publishedOnHost();
    expect(await link(null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await link(await openWindow(h))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await get(h, '/published/made-up-grant/harbour-bridge.html')).status).toBe(403);

    const signedOut = await url();
    expect((await get(h, signedOut)).status).toBe(200);
    await post(h, '/rpc', key, { channel: 'auth.signOut', input: {} });
    expect((await get(h, signedOut)).status).toBe(403);

    // The same tab, now another person's: the desk chief's address is not theirs.
    const other = await signedInWindow(h, 'dee', TEST_PASSWORD);
    const before = await url(other);
    await post(h, '/rpc', other, { channel: 'auth.signOut', input: {} });
    await post(h, '/rpc', other, { channel: 'auth.signIn', input: { name: 'writer', password: TEST_PASSWORD } });
    const refused = await get(h, before);
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain('The council voted');
  });

  it('opens only a folder target’s live page of the article named, checked like any call', async () => {
    const { h, key, input, n, g } = await publishedOnHost();
    const wire = await g.admin.call('publishing.targets.add', { name: 'Wire', config: { kind: 'webhook', settings: { url: 'http://127.0.0.1:1/hook' } }, secrets: { signingSecret: 's3cret' } });
    expect(await post(h, OPEN_PUBLISHED_PATH, key, { ...input, targetId: wire.id })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await post(h, OPEN_PUBLISHED_PATH, key, { ...input, path: '../galley.sqlite' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await post(h, OPEN_PUBLISHED_PATH, key, { articleId: 'harbour-bridge', targetId: input.targetId })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const draft = await n.writer.call('articles.create', { meta: { headline: 'Not yet' } });
    expect(await post(h, OPEN_PUBLISHED_PATH, key, { ...input, articleId: draft.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('a published page’s grant', () => {
  it('expires after its lifetime', () => {
    let at = 1_000;
    const links = publishedLinks(() => at);
    const window = { sessionToken: 'token', client: 'web:test' };
    const id = links.issue('/srv/site', window, 'token');
    expect(links.folderOf(id, () => true)).toBe('/srv/site');
    at += PUBLISHED_LINK_LIFETIME_MS;
    expect(links.folderOf(id, () => true)).toBeNull();
  });
});
