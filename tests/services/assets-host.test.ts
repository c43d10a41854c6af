import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../electron/host/server';
import { TEST_PASSWORD, useGalley } from '../support/galley';
import { getFromHost, openWindow, signedInWindow } from '../support/host-window';
import { useTempDirs } from '../support/temp-dir';
import { AGENCY, fixture } from '../unit/images/fixtures';

const newGalley = useGalley();
const tempDir = useTempDirs();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

const get = (h: RunningHost, path: string, cookie?: string) => getFromHost(h, path, cookie ? { cookie } : {});

async function hostWithImage() {
  const g = newGalley();
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>');
  const h = await startHost({ galley: g.galley, rendererDir });
  hosts.push(h);
  const added = await g.call('assets.add', { fileName: AGENCY, data: fixture(AGENCY).toString('base64') });
  // The image's address carries the key of a window the writer signed in in (an <img> cannot send a header).
  const key = await signedInWindow(h, 'writer', TEST_PASSWORD);
  return { h, id: added.asset.id, query: `?window=${key}`, unsigned: `?window=${await openWindow(h)}`, g };
}

describe('images served by the web host', () => {
  it('serves each size by asset id, with its real content type and nosniff', async () => {
    const { h, id, query } = await hostWithImage();
    const original = await get(h, `/assets-store/${id}/original${query}`);
    expect(original.status).toBe(200);
    expect(original.headers['content-type']).toBe('image/jpeg');
    expect(original.headers['x-content-type-options']).toBe('nosniff');
    expect(original.body.equals(fixture(AGENCY))).toBe(true);
    for (const size of ['web', 'thumb']) {
      const reply = await get(h, `/assets-store/${id}/${size}${query}`);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('image/webp');
      expect(reply.body.subarray(8, 12).toString('ascii')).toBe('WEBP');
    }
  });

  it('serves nothing without the key of a signed-in window, whatever cookies come with the request', async () => {
    const { h, id, unsigned, g } = await hostWithImage();
    expect((await get(h, `/assets-store/${id}/web`)).status).toBe(401);
    expect((await get(h, `/assets-store/${id}/web${unsigned}`)).status).toBe(401);
    expect((await get(h, `/assets-store/${id}/web`, `galley_session=${g.token}`)).status).toBe(401);
  });

  it('never takes a path from the address: unknown ids, sizes and traversal are not found', async () => {
    const { h, id, query } = await hostWithImage();
    for (const path of [
      `/assets-store/${id}/huge`,
      '/assets-store/5b0c1b7e-9d2a-4c1e-8b6f-5a4d3c2b1a09/web',
      '/assets-store/../galley.sqlite/web',
      `/assets-store/${id}/..%2F..%2Fgalley.sqlite`,
      `/assets-store/${id}/web/extra`,
      '/assets-store/not-an-id/web',
    ]) {
      const reply = await get(h, `${path}${query}`);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString('utf8')).not.toContain('SQLite');
    }
  });
});
