import { realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, relative, sep } from 'node:path';
import { resolveInside } from '../files/resolve-inside';

/**
 * What a folder target wrote, as Galley opens it for a reader in the newsroom: a file is only
 * ever one inside the folder, by its real path (a symbolic link that leads out is refused),
 * never a hidden one (Galley's own manifest), and always a regular file.
 */
export async function fileInsideFolder(folder: string, relativePath: string): Promise<string | null> {
  let root: string;
  try {
    root = await realpath(folder);
  } catch {
    return null;
  }
  const candidate = resolveInside(root, relativePath);
  if (candidate === null) return null;
  let real: string;
  try {
    real = await realpath(candidate);
    if (!(await stat(real)).isFile()) return null;
  } catch {
    return null;
  }
  const inside = relative(root, real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  if (inside.split(sep).some((part) => part.startsWith('.'))) return null;
  return real;
}

const PUBLISHED_MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
};

/** The content type a published file is served with; anything else is a download, never a page. */
export function publishedMediaType(path: string): { mediaType: string; download: boolean } {
  const known = PUBLISHED_MEDIA_TYPES[extname(path).toLowerCase()];
  return known === undefined ? { mediaType: 'application/octet-stream', download: true } : { mediaType: known, download: false };
}

export const publishedFileName = (path: string): string => basename(path);
