/**
 * Draws the two Teams app icons (adapters/teams/manifest/color.png and outline.png) with a minimal PNG
 * encoder, so they can be redrawn without an image editor or another package. From the repository root:
 *   npm run build && node dist/scripts/teams-icons.js
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = readonly [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG, every scanline with filter 0 (none). */
export function encodePng(size: number, paint: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) raw.set(paint(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Which cell of a 3x3 grid of squares (with gaps) a pixel falls in, or undefined in a gap or margin. */
function gridCell(x: number, y: number, origin: number, cell: number, gap: number): number | undefined {
  const col = Math.floor((x - origin) / (cell + gap));
  const row = Math.floor((y - origin) / (cell + gap));
  if (col < 0 || col > 2 || row < 0 || row > 2) return undefined;
  const inside = (x - origin) % (cell + gap) < cell && (y - origin) % (cell + gap) < cell;
  return inside ? row * 3 + col : undefined;
}

const BLUE: Rgba = [38, 84, 150, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [246, 176, 66, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** A network cut into nine small segments, the middle one isolated: microsegmentation at a glance. */
export const drawColor = (x: number, y: number): Rgba => {
  const cell = gridCell(x, y, 40, 32, 8);
  return cell === undefined ? BLUE : cell === 4 ? AMBER : WHITE;
};

export const drawOutline = (x: number, y: number): Rgba =>
  gridCell(x, y, 2, 8, 2) === undefined ? CLEAR : WHITE;

if (require.main === module) {
  const dir = join(process.cwd(), "adapters/teams/manifest");
  writeFileSync(join(dir, "color.png"), encodePng(192, drawColor));
  writeFileSync(join(dir, "outline.png"), encodePng(32, drawOutline));
  console.log(`Wrote color.png (192x192) and outline.png (32x32) to ${dir}`);
}
