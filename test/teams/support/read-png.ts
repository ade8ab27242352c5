import { inflateSync } from "node:zlib";

export interface Png {
  readonly width: number;
  readonly height: number;
  readonly colorType: number;
  /** RGBA per pixel, row by row; only for 8-bit RGBA images without scanline filters other than none. */
  readonly pixels?: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Just enough PNG decoding to check the Teams icons: the header, and the pixels of unfiltered RGBA. */
export function readPng(bytes: Buffer): Png {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error("Not a PNG");
  let offset = 8;
  let header: { width: number; height: number; bitDepth: number; colorType: number } | undefined;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body.readUInt8(8),
        colorType: body.readUInt8(9),
      };
    }
    if (type === "IDAT") data.push(body);
    offset += 12 + length;
  }
  if (header === undefined) throw new Error("PNG without IHDR");
  const { width, height, bitDepth, colorType } = header;
  if (bitDepth !== 8 || colorType !== 6) return { width, height, colorType };
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4 + 1;
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    if (raw[y * stride] !== 0) return { width, height, colorType };
    raw.copy(pixels, y * width * 4, y * stride + 1, (y + 1) * stride);
  }
  return { width, height, colorType, pixels };
}
