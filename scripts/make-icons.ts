/**
 * Draws the toolbar and store icons (a magnifying lens over a text line) as PNGs in
 * public/icon/, with no image library: signed distances, 4×4 supersampling, and a
 * hand-written PNG encoder. Run `npm run icons` after changing the drawing; the PNGs are
 * committed so a build needs nothing but this repository.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const LENS = [0x0b, 0x5c, 0x6b]; // deep teal, readable on light and dark toolbars
const LINE = [0xc4, 0x20, 0x2c]; // the "claim" underline

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Which colour covers a point of the unit square, if any. */
function paint(x: number, y: number): number[] | null {
  const ring = Math.abs(Math.hypot(x - 0.42, y - 0.42) - 0.27);
  if (ring < 0.075) return LENS;
  if (segmentDistance(x, y, 0.62, 0.62, 0.88, 0.88) < 0.085) return LENS;
  if (segmentDistance(x, y, 0.27, 0.47, 0.57, 0.47) < 0.05) return LINE;
  return null;
}

export function drawIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, covered] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const color = paint(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
          );
          if (!color) continue;
          const [cr = 0, cg = 0, cb = 0] = color;
          r += cr;
          g += cg;
          b += cb;
          covered += 1;
        }
      }
      if (covered === 0) continue;
      rgba.set(
        [r / covered, g / covered, b / covered, (255 * covered) / samples ** 2],
        (py * size + px) * 4,
      );
    }
  }
  return rgba;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('public/icon', { recursive: true });
  for (const size of SIZES) {
    writeFileSync(`public/icon/${size}.png`, encodePng(size, drawIcon(size)));
    console.log(`public/icon/${size}.png`);
  }
}
