// The template's photo rule (JPG original, over 2 megapixels) checked from the file's bytes:
// the JPEG frame header holds the true pixel size, so nothing is decoded and nothing is uploaded.

export type PhotoCheck = { ok: true; width: number; height: number } | { ok: false; message: string };

/** Width and height from a JPEG's first start-of-frame marker, or null if it is not a readable JPEG. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let i = 2;
  while (i + 3 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1];
    if (marker === 0xff) { i++; continue; } // fill byte
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { i += 2; continue; }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    const length = (bytes[i + 2] << 8) | bytes[i + 3];
    if (length < 2) return null;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 8 >= bytes.length) return null;
      const height = (bytes[i + 5] << 8) | bytes[i + 6];
      const width = (bytes[i + 7] << 8) | bytes[i + 8];
      return width > 0 && height > 0 ? { width, height } : null;
    }
    i += 2 + length;
  }
  return null;
}

const signatures: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['BMP', [0x42, 0x4d]],
  ['WebP', [0x52, 0x49, 0x46, 0x46]],
];

function otherFormat(bytes: Uint8Array): string | null {
  for (const [name, sig] of signatures) if (sig.every((b, i) => bytes[i] === b)) return name;
  // HEIC/HEIF (iPhone photos): "ftyp" box at offset 4.
  if (bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70) return 'HEIC';
  return null;
}

// Rounded down, so a photo just under the limit never reads as meeting it.
const wan = (n: number) => `${Math.floor(n / 10_000)} 万像素`;

/** Whether a file meets the rule, with a message saying exactly what is wrong if not. */
export function checkPhoto(name: string, bytes: Uint8Array, minPixels: number): PhotoCheck {
  const size = jpegSize(bytes);
  if (!size) {
    const other = otherFormat(bytes);
    const what = other ? `是 ${other} 格式` : '不是 JPG 图片（或文件已损坏）';
    return { ok: false, message: `“${name}”${what}，模板要求 JPG 格式的原图。请选用相机或手机拍摄的 JPG 原图。` };
  }
  const pixels = size.width * size.height;
  if (pixels < minPixels) {
    return {
      ok: false,
      message: `“${name}”只有 ${size.width} × ${size.height} = ${wan(pixels)}，模板要求 ${wan(minPixels)}以上。请选用未经压缩或裁剪的原图（聊天软件转发的图片通常已被压缩）。`,
    };
  }
  return { ok: true, ...size };
}
