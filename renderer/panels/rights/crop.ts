import type { Crop, Rotation } from '../../../shared/content/nodes/figure-data';

/** The crops the Rights panel offers: the common picture shapes, centred. */
export const CROP_SHAPES = [
  { id: '16:9', label: '16:9', aspect: 16 / 9 },
  { id: '3:2', label: '3:2', aspect: 3 / 2 },
  { id: '4:3', label: '4:3', aspect: 4 / 3 },
  { id: '1:1', label: 'Square', aspect: 1 },
  { id: '4:5', label: '4:5', aspect: 4 / 5 },
] as const;

/** The largest centred crop of the given shape (width ÷ height) inside an image, in fractions; null when the image already has it. */
export function centredCrop(aspect: number, width: number, height: number): Crop | null {
  const imageAspect = width / height;
  if (Math.abs(imageAspect - aspect) < 0.005) return null;
  if (imageAspect > aspect) {
    const fraction = aspect / imageAspect;
    return { x: (1 - fraction) / 2, y: 0, width: fraction, height: 1 };
  }
  const fraction = imageAspect / aspect;
  return { x: 0, y: (1 - fraction) / 2, width: 1, height: fraction };
}

/** Which offered shape a crop is, if any. */
export function shapeOf(crop: Crop | null, width: number, height: number): string | null {
  if (crop === null) return null;
  const aspect = (crop.width * width) / (crop.height * height);
  return CROP_SHAPES.find((shape) => Math.abs(shape.aspect - aspect) < 0.01)?.id ?? 'custom';
}

export const turned = (rotation: Rotation, quarterTurns: 1 | -1): Rotation => (((rotation + quarterTurns * 90 + 360) % 360) as Rotation);
