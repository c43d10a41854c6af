import type { ImageFormat } from '../../shared/domain/asset';

/** The size an image declares in its header, before anything is decoded. */
export type DeclaredSize = { kind: 'size'; width: number; height: number } | { kind: 'unreadable'; reason: string } | { kind: 'unknown' };

const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number) => (((b[at] ?? 0) << 24) >>> 0) + (((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0));
const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

const size = (width: number, height: number): DeclaredSize =>
  width > 0 && height > 0 ? { kind: 'size', width, height } : { kind: 'unreadable', reason: 'its header declares no size' };

/** PNG: the first chunk must be IHDR; width and height are 32-bit big-endian. */
function png(b: Uint8Array): DeclaredSize {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return { kind: 'unreadable', reason: 'its PNG header is missing' };
  return size(u32be(b, 16), u32be(b, 20));
}

/** The start-of-frame markers that carry the dimensions (baseline, progressive, lossless, arithmetic). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** JPEG: walks the marker segments (lengths only, no decoding) to the frame header. */
function jpeg(b: Uint8Array): DeclaredSize {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return { kind: 'unreadable', reason: 'its JPEG structure is broken' };
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return { kind: 'unreadable', reason: 'its JPEG has no frame header' };
    const length = u16be(b, at + 2);
    if (length < 2) return { kind: 'unreadable', reason: 'its JPEG structure is broken' };
    if (SOF.has(marker)) {
      if (at + 9 > b.length) break;
      return size(u16be(b, at + 7), u16be(b, at + 5));
    }
    at += 2 + length;
  }
  return { kind: 'unreadable', reason: 'the file ends before its JPEG frame header' };
}

/** GIF: the logical screen, which every frame is drawn on. */
function gif(b: Uint8Array): DeclaredSize {
  if (b.length < 10) return { kind: 'unreadable', reason: 'its GIF header is cut short' };
  return size(u16le(b, 6), u16le(b, 8));
}

/** WebP: lossy (VP8), lossless (VP8L) or extended (VP8X, with the canvas size). */
function webp(b: Uint8Array): DeclaredSize {
  if (b.length < 30) return { kind: 'unreadable', reason: 'its WebP header is cut short' };
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return size(u24le(b, 24) + 1, u24le(b, 27) + 1);
  if (chunk === 'VP8 ') return size(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  if (chunk === 'VP8L') {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  return { kind: 'unreadable', reason: 'its WebP header is not one Galley knows' };
}

/**
 * Reads the declared width and height straight from the header bytes, so a decompression
 * bomb (a tiny file that claims to be enormous) is refused before any library touches it.
 * AVIF's size sits deep in its box structure: sharp's header read (which decodes nothing)
 * answers for it.
 */
export function declaredSize(format: ImageFormat, bytes: Uint8Array): DeclaredSize {
  switch (format) {
    case 'png':
      return png(bytes);
    case 'jpeg':
      return jpeg(bytes);
    case 'gif':
      return gif(bytes);
    case 'webp':
      return webp(bytes);
    case 'avif':
      return { kind: 'unknown' };
  }
}
