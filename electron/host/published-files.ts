import { readFile } from 'node:fs/promises';
import { fileInsideFolder, publishedMediaType } from '../publishing/published-files';

export interface PublishedFile {
  body: Buffer;
  mediaType: string;
  /** Not a page or an image: sent as a download, never shown. */
  download: boolean;
}

/** A file of a folder target's output, by a path from an address; null for anything outside it (see fileInsideFolder). */
export async function readPublished(folder: string, urlPath: string): Promise<PublishedFile | null> {
  const path = await fileInsideFolder(folder, urlPath);
  if (path === null) return null;
  try {
    return { body: await readFile(path), ...publishedMediaType(path) };
  } catch {
    return null;
  }
}
