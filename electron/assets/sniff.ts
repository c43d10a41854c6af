import type { ImageFormat } from '../../shared/domain/asset';

/** What the first bytes of a file say it is: an accepted image format, or a description of what it is instead. */
export type Sniffed = { kind: 'image'; format: ImageFormat } | { kind: 'other'; what: string };

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  signature.every((byte, i) => bytes[offset + i] === byte);

/** The brands of an ISO-BMFF `ftyp` box (AVIF, HEIC, MP4 share the container). */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return null;
  const size = Math.min(((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0), bytes.length, 256);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, 4));
  return brands;
}

/** Text-based formats are recognised after a byte-order mark and leading white space. */
function textStart(bytes: Uint8Array): string {
  let at = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (at < bytes.length && at < 1024 && /\s/.test(String.fromCharCode(bytes[at] ?? 0))) at += 1;
  return ascii(bytes, at, 256).toLowerCase();
}

/**
 * Recognises a file by its bytes, never its name: a page renamed `.jpg` is still a page.
 * Only the formats browsers and sharp both read safely are accepted; SVG is refused
 * because it is a document that can carry scripts, not a picture.
 */
export function sniffImage(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'other', what: 'an empty file' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', format: 'png' };
  const six = ascii(bytes, 0, 6);
  if (six === 'GIF87a' || six === 'GIF89a') return { kind: 'image', format: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { kind: 'image', format: 'webp' };
  const brands = ftypBrands(bytes);
  if (brands !== null) {
    if (brands.includes('avif') || brands.includes('avis')) return { kind: 'image', format: 'avif' };
    if (brands.some((brand) => ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand))) {
      return { kind: 'other', what: 'a HEIC photo (export it as JPEG first)' };
    }
    return { kind: 'other', what: 'a video or another media file' };
  }
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'other', what: 'a TIFF image (save it as JPEG or PNG first)' };
  }
  if (ascii(bytes, 0, 2) === 'BM') return { kind: 'other', what: 'a BMP image (save it as PNG first)' };
  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'other', what: 'a PDF document' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'other', what: 'a ZIP archive or an office document' };
  const text = textStart(bytes);
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || /^<(head|body|script|meta|div|p)[\s>]/.test(text)) {
    return { kind: 'other', what: 'a web page (HTML)' };
  }
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) {
    return { kind: 'other', what: 'an SVG drawing (which can carry scripts; export it as PNG first)' };
  }
  if (text.startsWith('<?xml') || text.startsWith('<')) return { kind: 'other', what: 'an XML or HTML document' };
  return { kind: 'other', what: 'not an image Galley can read' };
}
