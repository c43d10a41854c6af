import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { writeAtomically as writeFileAtomically } from '../files/write-atomically';
import { join } from 'node:path';
import { IMAGE_MEDIA_TYPES, type AssetSize, type ImageFormat } from '../../shared/domain/asset';

const EXTENSIONS: Readonly<Record<ImageFormat, string>> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif' };

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** What a stored file is called: only ever made from a hash Galley computed, never from a name it was given. */
export function storedFileName(hash: string, format: ImageFormat, size: AssetSize): string {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error('not a SHA-256 hash');
  return size === 'original' ? `${hash}.${EXTENSIONS[format]}` : `${hash}.${size}.webp`;
}

export const storedMediaType = (format: ImageFormat, size: AssetSize): string =>
  size === 'original' ? IMAGE_MEDIA_TYPES[format] : 'image/webp';

export const extensionOf = (format: ImageFormat): string => EXTENSIONS[format];

/**
 * The content-addressed file store: `<dataDir>/assets/<first two hex digits>/<sha256>.<ext>`,
 * with the web size and thumbnail beside the original. The same bytes always land on the
 * same path, so adding a file twice stores it once.
 */
export function assetStore(dataDir: string) {
  const root = join(dataDir, 'assets');
  const pathOf = (hash: string, format: ImageFormat, size: AssetSize) => join(root, hash.slice(0, 2), storedFileName(hash, format, size));

  /** The library's copy of an image: private to this user; the same bytes are not written twice. */
  async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
    const existing = await stat(path).catch(() => null);
    if (existing !== null && existing.size === bytes.length) return;
    await writeFileAtomically(path, bytes, 0o600);
  }

  return {
    root,
    pathOf,
    async put(hash: string, format: ImageFormat, files: Readonly<Record<AssetSize, Uint8Array>>): Promise<void> {
      await mkdir(join(root, hash.slice(0, 2)), { recursive: true });
      for (const size of ['web', 'thumb', 'original'] as const) await writeAtomically(pathOf(hash, format, size), files[size]);
    },
    async read(hash: string, format: ImageFormat, size: AssetSize): Promise<Buffer | null> {
      try {
        return await readFile(pathOf(hash, format, size));
      } catch {
        return null;
      }
    },
  };
}

export type AssetStore = ReturnType<typeof assetStore>;
