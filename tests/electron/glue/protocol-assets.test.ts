import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler, serveAppProtocol, type AssetRoute } from '../../../electron/app/protocol';
import { useTempDirs } from '../../support/temp-dir';

const PIXEL = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const ID = '3f0c1b7e-9d2a-4c1e-8b6f-5a4d3c2b1a09';

describe('stored images over app://', () => {
  const tempDir = useTempDirs();
  const route: AssetRoute = vi.fn(async (pathname: string): ReturnType<AssetRoute> =>
    pathname === `/assets-store/${ID}/web`
      ? { status: 200, body: PIXEL, headers: { 'Content-Type': 'image/webp', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private' } }
      : { status: 404, body: 'Not found.', headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );

  it('answers /assets-store/ from the image library, with its content type, nosniff and the CSP', async () => {
    const handler = createAppRequestHandler(tempDir(), undefined, route);
    const image = await handler(new Request(`app://galley/assets-store/${ID}/web`));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/webp');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PIXEL);
    expect((await handler(new Request(`app://galley/assets-store/${ID}/huge`))).status).toBe(404);
  });

  it('still serves the renderer’s files, and no image route without the library', async () => {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>');
    const protocol = { handle: vi.fn() };
    serveAppProtocol(protocol, rendererDir, route);
    const [, handler] = protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect((await handler(new Request('app://galley/index.html'))).status).toBe(200);
    const without = createAppRequestHandler(rendererDir);
    expect((await without(new Request(`app://galley/assets-store/${ID}/web`))).status).toBe(404);
  });
});
