#!/usr/bin/env node
// Draws Galley's application icon (a proof sheet: a page with a red headline bar and
// lines of text on an ink-blue tile) and writes build/icons/icon.png, 1024×1024, from
// which electron-builder derives the macOS, Windows and Linux icons.
// Run: node build/icons/make-icon.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const SAMPLES = 4; // per axis: 16 samples per pixel give smooth edges on the rounded corners

const INK = [29, 43, 69];
const PAPER = [250, 248, 242];
const HEADLINE = [200, 55, 45];
const TEXT = [154, 163, 178];

// Painted in order; later shapes cover earlier ones.
const shapes = [
  { x: 96, y: 96, width: 832, height: 832, radius: 184, colour: INK },
  { x: 272, y: 216, width: 480, height: 592, radius: 28, colour: PAPER },
  { x: 328, y: 280, width: 368, height: 64, radius: 14, colour: HEADLINE },
  ...[
    [400, 368],
    [456, 368],
    [512, 340],
    [568, 368],
    [624, 368],
    [680, 236],
  ].map(([y, width]) => ({ x: 328, y, width, height: 28, radius: 14, colour: TEXT })),
];

function insideRoundedRect(px, py, { x, y, width, height, radius }) {
  if (px < x || py < y || px >= x + width || py >= y + height) return false;
  const cx = Math.min(Math.max(px, x + radius), x + width - radius);
  const cy = Math.min(Math.max(py, y + radius), y + height - radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
}

function pixel(px, py) {
  let [r, g, b, a] = [0, 0, 0, 0];
  for (const shape of shapes) {
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        if (insideRoundedRect(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES, shape)) covered += 1;
      }
    }
    if (covered === 0) continue;
    const alpha = covered / (SAMPLES * SAMPLES);
    // "over" compositing on straight (non-premultiplied) colour
    const outAlpha = alpha + a * (1 - alpha);
    const mix = (top, bottom) => (top * alpha + bottom * a * (1 - alpha)) / outAlpha;
    [r, g, b] = [mix(shape.colour[0], r), mix(shape.colour[1], g), mix(shape.colour[2], b)];
    a = outAlpha;
  }
  return [Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y += 1) {
  for (let x = 0; x < SIZE; x += 1) rgba.set(pixel(x, y), (y * SIZE + x) * 4);
}
const output = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(output, encodePng(SIZE, SIZE, rgba));
console.log(`wrote ${output}`);
