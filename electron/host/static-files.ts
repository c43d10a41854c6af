import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveInside } from '../files/resolve-inside';

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  mediaType: string;
}

export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  const path = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!path) return null;
  try {
    if (!(await stat(path)).isFile()) return null;
    return { body: await readFile(path), mediaType: MEDIA_TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
