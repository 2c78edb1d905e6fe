import { describe, expect, it } from 'vitest';
import { families, fontNotice, printsPageNumbers } from '../../../src/lib/case/print-support';

describe('printsPageNumbers', () => {
  it.each([
    ['Chrome 131', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', true],
    ['Chrome 130', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36', false],
    ['Edge 140', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0', true],
    ['Firefox', 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', false],
    ['Safari', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15', false],
    ['Chrome on iOS', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/140.0.0.0 Mobile/15E148 Safari/604.1', false],
  ])('%s', (_, ua, expected) => expect(printsPageNumbers(ua)).toBe(expected));
});

describe('fonts', () => {
  it('splits a font-family value into unquoted names', () => {
    expect(families(' "Case Numerals", "仿宋_GB2312", FangSong, serif')).toEqual(['Case Numerals', '仿宋_GB2312', 'FangSong', 'serif']);
    expect(families('')).toEqual([]);
  });

  it('says nothing when every element prints in its official style', () => {
    expect(fontNotice([{ element: '正文', official: '仿宋GB2312', used: 'FangSong', officialStyle: true }])).toBeNull();
  });

  it('says so in plain words, and names each stand-in (or the browser default) for 详情', () => {
    const notice = fontNotice([
      { element: '标题', official: '方正小标宋简体', used: 'Noto Serif CJK SC', officialStyle: false },
      { element: '正文', official: '仿宋GB2312', used: 'FangSong', officialStyle: true },
      { element: '一级标题', official: '黑体', used: null, officialStyle: false },
    ]);
    expect(notice?.details).toEqual(['标题（方正小标宋简体）将使用“Noto Serif CJK SC”', '一级标题（黑体）将使用浏览器默认字体']);
    // The sentence itself names no font and promises nothing about page numbers.
    expect(notice?.summary).toContain('系统自带的相近字体');
    expect(notice?.summary).not.toMatch(/Noto|页码/);
  });
});
