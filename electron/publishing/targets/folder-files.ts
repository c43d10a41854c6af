import { createHash } from 'node:crypto';
import { writeAtomically as writeFileAtomically } from '../../files/write-atomically';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Published files are for readers (and the web server that serves them): world-readable. */
export const writeAtomically = (path: string, data: string | Uint8Array): Promise<void> => writeFileAtomically(path, data, 0o644);

export async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

const EntrySchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  headline: z.string(),
  dek: z.string(),
  firstPublishedAt: z.string(),
  updatedAt: z.string(),
  /** The SHA-256 of the page as Galley last wrote it: a different file on disk was changed by someone else. */
  pageHash: z.string(),
});
export type FolderEntry = z.infer<typeof EntrySchema>;

const ManifestSchema = z.object({
  format: z.literal('galley.folder'),
  version: z.literal(1),
  /** By the article's stable key. */
  entries: z.record(z.string(), EntrySchema),
});
export type FolderManifest = z.infer<typeof ManifestSchema>;

/** Galley's record of what it wrote into the folder; written last, so it never names a page that is not there. */
export const MANIFEST_FILE = '.galley-folder.json';

export async function readManifest(folder: string): Promise<FolderManifest> {
  const bytes = await readIfExists(join(folder, MANIFEST_FILE));
  if (bytes === null) return { format: 'galley.folder', version: 1, entries: {} };
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    json = null;
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${MANIFEST_FILE} in ${folder} is damaged`);
  return parsed.data;
}

export const writeManifest = (folder: string, manifest: FolderManifest): Promise<void> =>
  writeAtomically(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
