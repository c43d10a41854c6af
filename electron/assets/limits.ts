/** The largest file accepted: a full-resolution news photo is 5 to 25 MB. */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;

/** The most pixels accepted (a 100-megapixel camera): decoding more would cost gigabytes. */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** Either side longer than this is no photograph (and sharp's own limit is near it). */
export const MAX_IMAGE_SIDE = 65_000;

/** The longest side of the two sizes made for the screen (WebP). */
export const WEB_SIZE = 1600;
export const THUMB_SIZE = 320;

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
