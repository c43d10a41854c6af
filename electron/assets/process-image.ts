import type { Metadata } from 'sharp';
import type { ImageFormat } from '../../shared/domain/asset';
import { declaredSize } from './header-size';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, THUMB_SIZE, WEB_SIZE, megabytes } from './limits';
import { loadSharp } from './load-sharp';
import { sniffImage } from './sniff';

/** A file refused as an image; the message says why and what to do, naming the file. */
export class ImageRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageRejectedError';
  }
}

export interface InspectedImage {
  format: ImageFormat;
  /** As displayed, after the EXIF orientation. */
  width: number;
  height: number;
}

const ACCEPTED = 'Galley takes JPEG, PNG, WebP, GIF and AVIF images.';
const grouped = (n: number) => n.toLocaleString('en-GB');

function refuseSize(name: string, width: number, height: number): void {
  const pixels = width * height;
  if (pixels > MAX_IMAGE_PIXELS || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw new ImageRejectedError(
      `${name} is ${grouped(width)} × ${grouped(height)} pixels (${grouped(Math.round(pixels / 1_000_000))} megapixels); ` +
        `the limit is ${grouped(MAX_IMAGE_PIXELS / 1_000_000)} megapixels. Resize it and add it again.`,
    );
  }
}

const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' as const, animated: false };

/**
 * Checks a file before anything decodes it: its size, its bytes (not its name), and the
 * width and height its header declares, read by hand for PNG, JPEG, GIF and WebP and by
 * sharp's header-only read for every format. Nothing here decodes pixels, so a hostile
 * file (a 20,000 × 20,000 PNG of a few hundred bytes) costs next to nothing.
 */
export async function inspectImage(bytes: Buffer, fileName: string): Promise<InspectedImage> {
  const name = `“${fileName}”`;
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new ImageRejectedError(`${name} is ${megabytes(bytes.length)}; the limit for an image is ${megabytes(MAX_IMAGE_BYTES)}. Save a smaller copy and add that.`);
  }
  const sniffed = sniffImage(bytes);
  if (sniffed.kind === 'other') throw new ImageRejectedError(`${name} is not an image: it is ${sniffed.what}. ${ACCEPTED}`);
  const declared = declaredSize(sniffed.format, bytes);
  if (declared.kind === 'unreadable') throw new ImageRejectedError(`${name} is damaged and cannot be read: ${declared.reason}. Export it again from the original.`);
  if (declared.kind === 'size') refuseSize(name, declared.width, declared.height);

  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, options).metadata();
  } catch (error) {
    throw new ImageRejectedError(`${name} is damaged and cannot be read (${reason(error)}). Export it again from the original.`);
  }
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width <= 0 || height <= 0) throw new ImageRejectedError(`${name} is damaged and cannot be read: it has no size. Export it again from the original.`);
  refuseSize(name, width, height);
  // EXIF orientations 5 to 8 turn the picture a quarter: it is shown with its sides swapped.
  const quarterTurn = (metadata.orientation ?? 1) >= 5;
  return { format: sniffed.format, width: quarterTurn ? height : width, height: quarterTurn ? width : height };
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // libvips prefixes its messages with the loader's name and ends them with a newline.
  return message.replace(/^\w+:\s*/, '').replace(/\s+/g, ' ').trim().replace(/\.$/, '') || 'unknown error';
}

export interface Derivatives {
  web: Buffer;
  thumb: Buffer;
}

/**
 * The web size and the thumbnail (WebP, upright). This is the one full decode; a file that
 * breaks off or is corrupt fails here and is refused as damaged. Call inspectImage first.
 */
export async function makeDerivatives(bytes: Buffer, fileName: string): Promise<Derivatives> {
  const sharp = await loadSharp();
  try {
    const web = await sharp(bytes, options)
      .rotate()
      .resize({ width: WEB_SIZE, height: WEB_SIZE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
    const thumb = await sharp(web).resize({ width: THUMB_SIZE, height: THUMB_SIZE, fit: 'inside', withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
    return { web, thumb };
  } catch (error) {
    throw new ImageRejectedError(`“${fileName}” is damaged and cannot be read (${reason(error)}). Export it again from the original.`);
  }
}
