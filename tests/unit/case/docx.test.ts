import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { caseDocument } from '../../../src/lib/case/docx';
import { caseCss, caseFormat, docxSpec, linesThatFit, mmToTwip, officialFont } from '../../../src/lib/case/format';
import { caseBlocks, emptyCase, setField, updatePractice } from '../../../src/lib/case/report';
import { caseTemplate } from '../../../src/lib/content/schemas';
import { readFrontmatter } from '../../content';

const f = caseFormat(caseTemplate.parse(readFrontmatter('templates/case.mdx')));

describe('the template numbers', () => {
  it('fit the stated lines per page at the stated pitch', () => {
    expect(linesThatFit(f)).toBe(f.linesPerPage);
  });

  it('convert to the twips Word expects for 37/35/28/26 mm', () => {
    expect([37, 35, 28, 26, 210, 297].map(mmToTwip)).toEqual([2098, 1984, 1587, 1474, 11906, 16838]);
  });

  it('name a font stack for every element, or stop the build', () => {
    for (const e of Object.values(f.elements)) expect(officialFont(e.font).cssVar).toMatch(/^--case-/);
    expect(() => officialFont('宋体')).toThrow('宋体');
  });

  it('become print CSS with the margins and the fixed line pitch', () => {
    const css = caseCss(f);
    expect(css).toContain('@page case-report{size:A4;margin:37mm 26mm 35mm 28mm!important;');
    expect(css).toContain('.case-doc{width:156mm;line-height:28pt;color:#000;orphans:2;widows:2}');
    expect(css).toContain('.case-doc .case-h1,.case-doc .case-h2{break-after:avoid;break-inside:avoid}');
    expect(css).toContain('.case-doc .case-gap{margin-bottom:28pt}');
    expect(css).toContain('.case-doc .case-title{font-family:var(--case-xiaobiaosong);font-size:22pt;text-align:center;text-indent:0em}');
    expect(css).toContain('.case-doc .case-body{font-family:var(--case-fangsong);font-size:16pt;text-align:justify;text-indent:2em}');
    expect(css).toContain('.case-clip{height:616pt;');
  });
});

describe('the Word document', async () => {
  let d = emptyCase('d', 'a');
  d = setField(d, 'title', '“三会一课”规范化的2022年实践');
  d = setField(d, 'zongzhi', '经济管理学院');
  d = setField(d, 'zhibu', '教工第一');
  d = setField(d, 'intro', '简介第一段');
  d = updatePractice(d, 'a', { heading: '建立台账', text: '做法' });
  const zip = unzipSync(new Uint8Array(await Packer.toBuffer(caseDocument(caseBlocks(d, f.headings), docxSpec(f), d.title))));
  const xml = strFromU8(zip['word/document.xml']);
  const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
  const paragraphWith = (text: string) => paragraphs.find((p) => p.includes(`>${text}<`)) ?? '';

  it('is A4 with the template margins in twips', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('spaces every paragraph at exactly 28 pt, with one empty line after the title block', () => {
    expect(paragraphs.length).toBe(9); // title, unit, 4 headings, 1 practice heading, 2 body paragraphs
    for (const p of paragraphs) {
      const spacing = p.match(/<w:spacing [^>]*\/>/)?.[0] ?? '';
      const after = p.includes('>经济管理学院党总支教工第一党支部<') ? '560' : '0';
      for (const attr of ['w:line="560"', 'w:lineRule="exact"', 'w:before="0"', `w:after="${after}"`]) expect(spacing).toContain(attr);
    }
  });

  it('keeps headings whole and with the next paragraph; body paragraphs have widow control', () => {
    for (const text of ['“三会一课”规范化的2022年实践', '经济管理学院党总支教工第一党支部', '一、案例简介', '（一）建立台账', '四、经验启示与探讨']) {
      expect(paragraphWith(text), text).toContain('<w:keepNext/>');
      expect(paragraphWith(text), text).toContain('<w:keepLines/>');
    }
    expect(paragraphWith('简介第一段')).not.toContain('<w:keepNext/>');
    expect(paragraphWith('简介第一段')).toContain('<w:widowControl/>');
  });

  it.each([
    ['“三会一课”规范化的2022年实践', '方正小标宋简体', 44],
    ['经济管理学院党总支教工第一党支部', '楷体_GB2312', 32],
    ['一、案例简介', '黑体', 32],
    ['（一）建立台账', '楷体_GB2312', 32],
    ['简介第一段', '仿宋_GB2312', 32],
  ])('sets %s in %s at %i half-points, Latin and digits in Times New Roman', (text, font, size) => {
    const p = paragraphWith(text);
    expect(p).toContain(`w:eastAsia="${font}"`);
    expect(p).toContain('w:ascii="Times New Roman"');
    expect(p).toContain('w:hAnsi="Times New Roman"');
    expect(p).toContain(`<w:sz w:val="${size}"/>`);
  });

  it('centres the title and unit line and indents body paragraphs by two characters', () => {
    expect(paragraphWith('经济管理学院党总支教工第一党支部')).toContain('<w:jc w:val="center"/>');
    expect(paragraphWith('简介第一段')).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    expect(paragraphWith('简介第一段')).toContain('<w:jc w:val="both"/>');
  });

  it('puts a centred PAGE field in the footer', () => {
    const footerName = Object.keys(zip).find((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(footerName).toBeDefined();
    const footer = strFromU8(zip[footerName!]);
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(xml).toMatch(/<w:footerReference w:type="default"/);
  });
});
