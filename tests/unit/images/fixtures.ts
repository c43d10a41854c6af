import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

/** The shared photos with real IPTC/XMP rights metadata (see ../shared/README.md). */
export const FIXTURE_IMAGES = join(REPO_ROOT, '..', 'shared', 'fixtures', 'images');
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURE_IMAGES, name));

export const AGENCY = 'iptc-agency-photographer-example.jpg';
export const STAFF = 'iptc-staff-photographer-example.jpg';
export const MUSEUM = 'BonTonARTSTORplusIPTC.jpg';
export const PLAIN = 'door-knocker.jpg';
export const BROKEN = 'broken1.jpg';

/** A web page saved under an image's name. */
export const htmlAsJpeg = (): Buffer =>
  Buffer.from('<!DOCTYPE html>\n<html><head><title>Not a photo</title></head><body><script>alert(1)</script></body></html>\n');

/** A real JPEG cut off half way through its picture data. */
export const truncatedJpeg = (): Buffer => {
  const whole = fixture(PLAIN);
  return whole.subarray(0, Math.floor(whole.length / 2));
};

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A well-formed PNG header declaring `width` × `height` grey pixels, with the first rows of
 * (all-zero) picture data: a few kilobytes that would cost gigabytes to decode.
 */
export function pngBomb(width = 20_000, height = 20_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = deflateSync(Buffer.alloc((width + 1) * 64), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))]);
}

/** A real JPEG whose frame header was rewritten to claim 60,000 × 60,000 pixels. */
export function jpegClaiming(width: number, height: number): Buffer {
  const bytes = Buffer.from(fixture(PLAIN));
  for (let at = 2; at + 9 < bytes.length; ) {
    const marker = bytes[at + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xc2) {
      bytes.writeUInt16BE(height, at + 5);
      bytes.writeUInt16BE(width, at + 7);
      return bytes;
    }
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  throw new Error('no frame header');
}

/** A small JPEG made here, carrying the XMP packet given (as a photo agency or Commons would write it). */
export async function jpegWithXmp(xmp: string): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .jpeg()
    .withXmp(xmp)
    .toBuffer();
}

export function xmpPacket(description: string): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"
    xmlns:cc="http://creativecommons.org/ns#"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">
${description}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
