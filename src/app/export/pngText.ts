/**
 * PNG text metadata: `iTXt` chunks (UTF-8 text under a keyword), written before `IEND`, and
 * read back. The briefing image carries its footer's text this way, so the link survives in
 * the file even when the pixels are cropped.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Tells whether bytes start with the PNG signature.
 * @param bytes - file content
 * @returns true for a PNG
 */
export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((value, index) => bytes[index] === value);
}

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = out.subarray(4, 8 + data.length);
  typeAndData.set(new TextEncoder().encode(type), 0);
  typeAndData.set(data, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

/**
 * Adds uncompressed `iTXt` chunks to a PNG, just before its `IEND` chunk.
 * @param png - a PNG file
 * @param entries - keyword (1–79 Latin-1 characters, no NUL) → UTF-8 text
 * @returns a new PNG file; a copy of the input when it is not a PNG
 */
export function addPngText(
  png: Uint8Array,
  entries: Readonly<Record<string, string>>,
): Uint8Array<ArrayBuffer> {
  if (!isPng(png) || png.length < 20) return png.slice();
  const iendAt = png.length - 12; // IEND is the last chunk: length 0, type, CRC
  const encoder = new TextEncoder();
  const chunks = Object.entries(entries).map(([keyword, text]) => {
    const key = encoder.encode(keyword.replace(/[^\x20-\x7e]/g, '').slice(0, 79));
    const body = encoder.encode(text);
    // keyword NUL, compression flag 0, method 0, language tag NUL, translated keyword NUL
    const data = new Uint8Array(key.length + 5 + body.length);
    data.set(key, 0);
    data.set(body, key.length + 5);
    return chunk('iTXt', data);
  });
  const size = chunks.reduce((sum, c) => sum + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, iendAt), 0);
  let offset = iendAt;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  out.set(png.subarray(iendAt), offset);
  return out;
}

/**
 * Reads the uncompressed `iTXt` chunks of a PNG.
 * @param png - a PNG file
 * @returns keyword → text (the first chunk of each keyword)
 */
export function readPngText(png: Uint8Array): Map<string, string> {
  const found = new Map<string, string>();
  if (!isPng(png)) return found;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = decoder.decode(png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'iTXt') {
      const nul = data.indexOf(0);
      const compressed = data[nul + 1] !== 0;
      const languageEnd = nul > 0 ? data.indexOf(0, nul + 3) : -1;
      const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
      if (translatedEnd >= 0 && !compressed) {
        const keyword = decoder.decode(data.subarray(0, nul));
        if (!found.has(keyword))
          found.set(keyword, decoder.decode(data.subarray(translatedEnd + 1)));
      }
    }
    offset += 12 + length;
  }
  return found;
}
