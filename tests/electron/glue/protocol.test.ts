import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/app/csp';
import {
  createAppRequestHandler,
  registerAppScheme,
  serveAppProtocol,
} from '../../../electron/app/protocol';
import { useTempDirs } from '../../support/temp-dir';

const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'; object-src 'none'";

const SECRET = 'this must never be served';

describe('the app:// protocol', () => {
  const tempDir = useTempDirs();

  /** A data folder with the renderer in renderer/ and a secret file beside it. */
  function rendererWithSecretNextDoor(): string {
    const base = tempDir();
    const rendererDir = join(base, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("galley")');
    writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(join(base, 'secret.txt'), SECRET);
    return rendererDir;
  }

  const get = (rendererDir: string, url: string, method = 'GET'): Promise<Response> =>
    createAppRequestHandler(rendererDir)(new Request(url, { method }));

  it('uses exactly the strict policy the product promises', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
  });

  it('serves the renderer with the CSP and the right content types', async () => {
    const rendererDir = rendererWithSecretNextDoor();

    const page = await get(rendererDir, 'app://galley/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Galley</title>');

    const script = await get(rendererDir, 'app://galley/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(EXPECTED_CSP);

    const style = await get(rendererDir, 'app://galley/assets/app.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await get(rendererWithSecretNextDoor(), 'app://galley/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Galley</title>');
  });

  it('answers a missing file with 404, still carrying the CSP', async () => {
    const response = await get(rendererWithSecretNextDoor(), 'app://galley/nope.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });

  it.each([
    ['literal dot-dot segments', 'app://galley/../../etc/passwd'],
    ['dot-dot to a sibling file', 'app://galley/../secret.txt'],
    ['percent-encoded dot-dot-slash', 'app://galley/..%2fsecret.txt'],
    ['percent-encoded dots and slash', 'app://galley/%2e%2e%2fsecret.txt'],
    ['encoded backslashes', 'app://galley/..%5csecret.txt'],
    ['an absolute path smuggled in', 'app://galley/%2fetc%2fpasswd'],
    ['a NUL byte', 'app://galley/index.html%00.js'],
  ])('refuses path traversal: %s', async (_name, url) => {
    const response = await get(rendererWithSecretNextDoor(), url);
    const body = await response.text();
    expect(response.status === 403 || response.status === 404).toBe(true);
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain('root:');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });

  it('refuses encoded traversal with 403 rather than normalising it', async () => {
    const response = await get(rendererWithSecretNextDoor(), 'app://galley/..%2f..%2fetc%2fpasswd');
    expect(response.status).toBe(403);
  });

  it('refuses another host on the scheme', async () => {
    const response = await get(rendererWithSecretNextDoor(), 'app://elsewhere/index.html');
    expect(response.status).toBe(403);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get(rendererWithSecretNextDoor(), 'app://galley/index.html', 'POST');
    expect(response.status).toBe(405);
  });

  it('registers app:// as a standard, secure scheme before ready', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('hands Electron a handler for the app scheme that serves the renderer folder', async () => {
    const rendererDir = rendererWithSecretNextDoor();
    const protocol = { handle: vi.fn() };
    serveAppProtocol(protocol, rendererDir);
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://galley/index.html'));
    expect(response.status).toBe(200);
  });
});
