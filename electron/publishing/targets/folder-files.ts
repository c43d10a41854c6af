import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Writes through a synced temporary file and a rename: a reader sees the old file or the whole new one. */
export async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

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
