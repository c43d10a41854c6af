import exifr from 'exifr';
import { emptyRights } from '../../shared/domain/asset';
import { rightsFromMetadata, type EmbeddedMetadata } from './rights-from-metadata';

/**
 * Only the blocks that carry rights and captions: IPTC, XMP, and the TIFF fields Artist,
 * Copyright and ImageDescription. Camera settings, GPS, thumbnails and colour profiles are
 * skipped (they are not needed and GPS would be a privacy leak to keep). Blocks stay
 * separate so that IPTC and XMP values can be told apart.
 */
const OPTIONS = {
  iptc: true,
  xmp: true,
  multiSegment: true,
  tiff: true,
  ifd0: { pick: ['Artist', 'Copyright', 'ImageDescription'] },
  ifd1: false,
  exif: false,
  gps: false,
  interop: false,
  icc: false,
  jfif: false,
  ihdr: false,
  makerNote: false,
  userComment: false,
  mergeOutput: false,
  sanitize: true,
  reviveValues: true,
  translateKeys: true,
  translateValues: true,
};

/**
 * The rights, caption and alt text the file's own metadata gives. Metadata is a courtesy:
 * a file whose metadata cannot be read (damaged, or a format exifr does not parse, such as
 * WebP and GIF) gives empty fields rather than an error.
 */
export async function readEmbeddedMetadata(bytes: Buffer): Promise<EmbeddedMetadata> {
  let raw: unknown;
  try {
    raw = (await exifr.parse(bytes, OPTIONS)) as unknown;
  } catch {
    raw = null;
  }
  try {
    return rightsFromMetadata(raw);
  } catch {
    return { rights: emptyRights(), caption: '', alt: '' };
  }
}
