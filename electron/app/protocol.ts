import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * standard: relative URLs and origins work as on the web; secure: the page is a secure
 * context (clipboard, crypto.subtle); supportFetchAPI: the renderer may fetch its own files;
 * codeCache: V8 keeps the renderer's compiled code between launches (it is compiled whole
 * at load, see build/v8-compile-hints.ts), as it would for an https page.
 * Nothing else (no CORS bypass, no service workers).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must run before the app is ready: Chromium fixes the scheme table at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppPathResolution =
  | { kind: 'file'; filePath: string }
  | { kind: 'forbidden' }
  | { kind: 'bad-request' };

/**
 * Maps an app:// URL to a file under rootDir, or refuses it. The URL parser already
 * folds literal "..", so any ".." left after percent-decoding was smuggled in
 * (%2e%2e%2f) and is refused outright rather than normalised.
 */
export function resolveAppPath(rootDir: string, url: string): AppPathResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'bad-request' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { kind: 'forbidden' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'bad-request' };
  }
  if (decoded.includes('\0')) return { kind: 'forbidden' };

  const segments = decoded.split(/[/\\]+/).filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment.includes(':'))) {
    return { kind: 'forbidden' };
  }

  const root = path.resolve(rootDir);
  const relative = segments.length === 0 ? 'index.html' : segments.join(path.sep);
  const filePath = path.resolve(root, relative);
  if (!filePath.startsWith(root + path.sep)) return { kind: 'forbidden' };
  return { kind: 'file', filePath };
}

/** Headers every response carries, errors included, so no page is ever served without the CSP. */
function baseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
}

const textResponse = (status: number, text: string): Response =>
  new Response(text, { status, headers: baseHeaders('text/plain; charset=utf-8') });

const isMissingFile = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
};

export type ReadAppFile = (filePath: string) => Promise<Uint8Array>;

/** Answers the image library's route (electron/assets/serve): images by asset id, never by path. */
export type AssetRoute = (pathname: string) => Promise<{ status: number; body: Uint8Array | string; headers: Record<string, string> }>;

const ASSET_PREFIX = '/assets-store/';

function assetPathname(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.pathname.startsWith(ASSET_PREFIX) ? parsed.pathname : null;
  } catch {
    return null;
  }
}

export function createAppRequestHandler(
  rootDir: string,
  readAppFile: ReadAppFile = readFile,
  assets?: AssetRoute,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed');
    }
    // Stored images, the same route the web host serves: the route finds the file from its id.
    const assetPath = assets === undefined ? null : assetPathname(request.url);
    if (assets !== undefined && assetPath !== null) {
      const answer = await assets(assetPath);
      const headers = baseHeaders(answer.headers['Content-Type'] ?? 'application/octet-stream');
      for (const [name, value] of Object.entries(answer.headers)) if (name !== 'Content-Type') headers.set(name, value);
      const body = request.method === 'HEAD' ? null : typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
      return new Response(body, { status: answer.status, headers });
    }
    const resolution = resolveAppPath(rootDir, request.url);
    if (resolution.kind === 'forbidden') return textResponse(403, 'Forbidden');
    if (resolution.kind === 'bad-request') return textResponse(400, 'Bad request');

    let bytes: Uint8Array;
    try {
      bytes = await readAppFile(resolution.filePath);
    } catch (error) {
      if (isMissingFile(error)) return textResponse(404, 'Not found');
      console.error('galley: could not read', resolution.filePath, error);
      return textResponse(500, 'Could not read this file');
    }
    const extension = path.extname(resolution.filePath).toLowerCase();
    const headers = baseHeaders(CONTENT_TYPES[extension] ?? 'application/octet-stream');
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
    return new Response(body, { status: 200, headers });
  };
}

/** Serves the built renderer (dist/renderer) as app://galley/, and stored images when given the route. Call after the app is ready. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string, assets?: AssetRoute): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, readFile, assets));
}
