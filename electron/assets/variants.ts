import type { Asset, ImageFormat } from '../../shared/domain/asset';
import type { Crop, Rotation } from '../../shared/content/nodes/figure-data';
import { MAX_IMAGE_PIXELS } from './limits';
import { loadSharp } from './load-sharp';
import { extensionOf } from './store';

/**
 * A figure's image as it is shown: its crop (in fractions of the upright image) and its
 * quarter turns, for exports and publishing. The editor shows the same with CSS over the
 * stored file, so what is published matches what was approved.
 */

/** The pixel rectangle a crop stands for, inside an image of the given (upright) size. */
export function cropRectangle(crop: Crop, width: number, height: number) {
  const left = Math.min(width - 1, Math.max(0, Math.round(crop.x * width)));
  const top = Math.min(height - 1, Math.max(0, Math.round(crop.y * height)));
  return {
    left,
    top,
    width: Math.max(1, Math.min(width - left, Math.round(crop.width * width))),
    height: Math.max(1, Math.min(height - top, Math.round(crop.height * height))),
  };
}

/** The size of the figure's image after its crop and turn. */
export function variantSize(asset: Pick<Asset, 'width' | 'height'>, crop: Crop | null, rotation: Rotation) {
  const box = crop === null ? { width: asset.width, height: asset.height } : cropRectangle(crop, asset.width, asset.height);
  return rotation === 90 || rotation === 270 ? { width: box.height, height: box.width } : { width: box.width, height: box.height };
}

const per10k = (value: number) => Math.round(value * 10_000);

/** A file name that differs for every distinct crop and turn of one image, and is the original's when there are none. */
export function variantFileName(asset: Pick<Asset, 'sha256' | 'format'>, crop: Crop | null, rotation: Rotation): string {
  const parts = [asset.sha256];
  if (crop !== null) parts.push(`c${per10k(crop.x)}-${per10k(crop.y)}-${per10k(crop.width)}-${per10k(crop.height)}`);
  if (rotation !== 0) parts.push(`r${rotation}`);
  const extension = parts.length === 1 ? extensionOf(asset.format) : extensionOf(variantFormat(asset.format));
  return `${parts.join('-')}.${extension}`;
}

/** PNG and WebP keep their format when cropped (transparency); the rest become JPEG. */
export const variantFormat = (format: ImageFormat): 'png' | 'webp' | 'jpeg' => (format === 'png' || format === 'webp' ? format : 'jpeg');

/** Renders the cropped and turned image (see variantFormat for its format). */
export async function renderVariant(original: Buffer, format: ImageFormat, crop: Crop | null, rotation: Rotation): Promise<Buffer> {
  const sharp = await loadSharp();
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' as const, animated: false };
  const upright = await sharp(original, options).rotate().raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = upright.info;
  let image = sharp(upright.data, { raw: { width, height, channels } });
  if (crop !== null) image = image.extract(cropRectangle(crop, width, height));
  if (rotation !== 0) image = image.rotate(rotation);
  switch (variantFormat(format)) {
    case 'png':
      return image.png().toBuffer();
    case 'webp':
      return image.webp({ quality: 90 }).toBuffer();
    case 'jpeg':
      return image.jpeg({ quality: 90 }).toBuffer();
  }
}
