import { describe, expect, it } from 'vitest';
import { checkPhoto, jpegSize } from '../../../src/lib/case/photo-check';

const seg = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
const sof = (marker: number, w: number, h: number) => seg(marker, [8, h >> 8, h & 0xff, w >> 8, w & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);

/** A JPEG header as cameras write it: JFIF/EXIF, tables, then the frame. */
function jpeg(w: number, h: number, { frame = 0xc0, exifBytes = 0 } = {}): Uint8Array {
  return new Uint8Array([
    0xff, 0xd8,
    ...seg(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...(exifBytes ? seg(0xe1, new Array(exifBytes).fill(0xc0)) : []),
    ...seg(0xdb, new Array(65).fill(1)),
    ...seg(0xc4, new Array(30).fill(0xc0)),
    ...sof(frame, w, h),
    ...seg(0xda, [1, 1, 0, 0, 0x3f, 0]),
    0x12, 0x34, 0xff, 0xd9,
  ]);
}

describe('jpegSize', () => {
  it('reads the frame size past APP segments and tables that look like frames', () => {
    expect(jpegSize(jpeg(1920, 1080))).toEqual({ width: 1920, height: 1080 });
    expect(jpegSize(jpeg(4032, 3024, { exifBytes: 60_000 }))).toEqual({ width: 4032, height: 3024 });
  });

  it('reads progressive frames too', () => expect(jpegSize(jpeg(2000, 1500, { frame: 0xc2 }))).toEqual({ width: 2000, height: 1500 }));

  it('gives up on files that are not JPEG or end too soon', () => {
    expect(jpegSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toBeNull();
    expect(jpegSize(jpeg(1920, 1080).slice(0, 30))).toBeNull();
    expect(jpegSize(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toBeNull();
    expect(jpegSize(new Uint8Array())).toBeNull();
  });
});

describe('checkPhoto', () => {
  const min = 2_000_000;
  it('accepts a JPEG over 2 megapixels', () => expect(checkPhoto('a.jpg', jpeg(1750, 1200), min)).toEqual({ ok: true, width: 1750, height: 1200 }));
  it('accepts exactly 2 megapixels', () => expect(checkPhoto('a.jpg', jpeg(2000, 1000), min).ok).toBe(true));

  it('refuses a small JPEG, saying its size and the rule', () => {
    const r = checkPhoto('小图.jpg', jpeg(1000, 1000), min);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('“小图.jpg”只有 1000 × 1000 = 100 万像素，模板要求 200 万像素以上。请选用未经压缩或裁剪的原图（聊天软件转发的图片通常已被压缩）。');
  });

  it('never rounds a photo just under the limit up to it', () => {
    const r = checkPhoto('a.jpg', jpeg(1999, 1000), min);
    expect(r.ok || r.message).toContain('199 万像素');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['HEIC', [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]],
  ])('names a %s file and asks for a JPG original', (format, bytes) => {
    const r = checkPhoto('x', new Uint8Array(bytes), min);
    expect(r.ok || r.message).toBe(`“x”是 ${format} 格式，模板要求 JPG 格式的原图。请选用相机或手机拍摄的 JPG 原图。`);
  });

  it('says so when a file is no image at all', () => {
    const r = checkPhoto('说明.txt', new TextEncoder().encode('hello'), min);
    expect(r.ok || r.message).toContain('不是 JPG 图片');
  });
});
