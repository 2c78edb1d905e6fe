import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checklistDocument } from '../../../src/lib/checklist/docx';
import { checklistRows, emptyDraft, formTable, setAnswer, type ChecklistDraft, type FormSpec } from '../../../src/lib/checklist/checklist';
import { standardForm } from '../../../src/lib/content/schemas';
import { readYaml } from '../../content';

const spec = standardForm.parse(readYaml('standards/zhibu.yaml')) as FormSpec;
const items = spec.categories.flatMap((c) => c.items);

let draft: ChecklistDraft = { ...emptyDraft('zhibu', 'd'), orgName: '物理系党支部', date: '2022-05-06', result: '经验收，基本达标\n第二行' };
for (const [i, item] of items.entries()) draft = setAnswer(draft, item.id, { self: i === 4 ? '未达标' : '达标' });
draft = setAnswer(draft, items[0].id, { superior: '达标' });
draft = setAnswer(draft, items[1].id, { superior: '未达标', note: '学习记录见附件三' });

async function documentXml(d: ChecklistDraft, notes: boolean) {
  const zip = unzipSync(new Uint8Array(await Packer.toBuffer(checklistDocument(formTable(spec, d), notes))));
  return { zip, xml: strFromU8(zip['word/document.xml']) };
}
/** Each table row's cells, as the text of their runs. */
function table(xml: string): string[][] {
  const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
  return rows.map((r) => (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => (c.match(/<w:t[ >][^<]*/g) ?? []).map((t) => t.replace(/^<w:t[^>]*>/, '')).join('')));
}

describe('the filled form as plain rows', () => {
  it('lists every item in form order with its category and answers, and the CSV reads the same rows', () => {
    const t = formTable(spec, draft);
    expect(t).toMatchObject({ mark: '附件2（二）', title: spec.title, orgName: '物理系党支部', date: '2022年5月6日', resultLabel: '验收结果' });
    expect(t.rows).toHaveLength(items.length);
    expect(t.rows[0]).toEqual({ category: '班子队伍建设', name: items[0].name, text: items[0].text, self: '达标', superior: '达标', note: '' });
    expect(t.rows[1]).toMatchObject({ superior: '未达标', note: '学习记录见附件三' });
    expect(t.rows[4].self).toBe('未达标');
    expect(checklistRows(spec, draft).slice(5, 5 + items.length)).toEqual(t.rows.map((r) => [r.category, r.name, r.text, r.self, r.superior, r.note]));
  });

  it('leaves the date as blanks to fill by hand when none is chosen', () => {
    expect(formTable(spec, emptyDraft('zhibu', 'e')).date).toBe('　　年　　月　　日');
  });
});

describe('the Word file', async () => {
  const { zip, xml } = await documentXml(draft, false);
  const rows = table(xml);

  it('is one A4 portrait section with the print’s margins', () => {
    expect(xml.match(/<w:pgSz [^>]*\/>/g)).toHaveLength(1);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"(?! w:orient="landscape")/);
    expect(xml).toMatch(/<w:pgMar w:top="1020" w:right="907" w:bottom="1134" w:left="907"/);
  });

  it('opens with the 附件 mark, the title and the name and date line', () => {
    const body = xml.slice(0, xml.indexOf('<w:tbl>'));
    const texts = (body.match(/<w:t[ >][^<]*/g) ?? []).map((t) => t.replace(/^<w:t[^>]*>/, ''));
    expect(texts).toEqual(['附件2（二）', spec.title, '申报达标的党支部名称：', '　物理系党支部　', '申报时间：2022年5月6日']);
    expect(body).toMatch(/<w:u w:val="single"\/>[\s\S]*?物理系党支部/);
    expect(body).toMatch(/<w:tab w:val="right" w:pos="10092"\/>/);
    expect(body).toMatch(/<w:tab\/><w:t xml:space="preserve">申报时间/);
  });

  it('repeats the header row on every page and never splits a row', () => {
    const tr = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    expect(tr).toHaveLength(1 + items.length + 1);
    expect(tr[0]).toContain('<w:tblHeader/>');
    expect(tr.slice(1).every((r) => !r.includes('<w:tblHeader'))).toBe(true);
    expect(tr.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(rows[0]).toEqual(['项目', '具体标准', '自评是否达标', '上级验收是否达标']);
    expect(tr[0]).toMatch(/<w:gridSpan w:val="2"\/>[\s\S]*具体标准/);
  });

  it('puts each answer in its own column of its item’s row', () => {
    for (const [i, item] of items.entries()) {
      const row = rows[1 + i];
      expect(row.slice(1, 3), item.name).toEqual([item.name, item.text]);
      expect(row[3], item.name).toBe(i === 4 ? '未达标' : '达标');
      expect(row[4], item.name).toBe(i === 0 ? '达标' : i === 1 ? '未达标' : '');
    }
    expect(xml).not.toContain('学习记录见附件三'); // no 说明 column unless the print has one
  });

  it('merges 项目 down each category, as the paper form does', () => {
    const tr = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    let n = 1;
    for (const c of spec.categories) {
      expect(rows[n][0]).toBe(c.name);
      expect(tr[n]).toMatch(/^[\s\S]*?<w:tc>[\s\S]*?<w:vMerge w:val="restart"\/>/);
      for (let k = 1; k < c.items.length; k++) {
        expect(rows[n + k][0]).toBe('');
        expect(tr[n + k]).toMatch(/^[\s\S]*?<w:tc>[\s\S]*?<w:vMerge w:val="continue"\/>/);
      }
      n += c.items.length;
    }
  });

  it('ends with the 验收结果 row, its lines kept, and the secretary’s signature line', () => {
    const last = (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).at(-1)!;
    expect(rows.at(-1)).toEqual(['验收结果', '经验收，基本达标第二行']);
    expect(last.match(/<w:p>|<w:p /g)).toHaveLength(3); // label, and one paragraph per typed line
    const after = xml.slice(xml.indexOf('</w:tbl>'));
    expect(after).toContain('党总支书记（签字）：　　　　　　　　（盖章）');
    expect(after).toMatch(/<w:br\/><w:t xml:space="preserve">　　　　年　　月　　日/);
    expect(after).toContain('<w:jc w:val="right"/>');
  });

  it('names official faces for Chinese and Times New Roman for Latin and digits', () => {
    const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    const fontOf = (text: string) => runs.find((r) => r.includes(`>${text}<`))?.match(/w:eastAsia="([^"]+)"/)?.[1];
    expect(fontOf('附件2（二）')).toBe('黑体');
    expect(fontOf(spec.title)).toBe('方正小标宋简体');
    expect(fontOf('项目')).toBe('黑体');
    expect(fontOf(items[2].text)).toBe('仿宋_GB2312');
    expect(runs.filter((r) => r.includes('<w:t')).every((r) => r.includes('w:ascii="Times New Roman"'))).toBe(true);
  });

  it('numbers pages “1 / 2” in the footer, as the print does', () => {
    const footer = Object.entries(zip).find(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(footer).toBeDefined();
    expect(strFromU8(footer![1])).toMatch(/PAGE[\s\S]*?\/ [\s\S]*?NUMPAGES/);
  });
});

describe('the Word file, other cases', () => {
  it('adds the 说明 column with the notes when the print includes it', async () => {
    const { xml } = await documentXml(draft, true);
    const rows = table(xml);
    expect(rows[0]).toEqual(['项目', '具体标准', '自评是否达标', '上级验收是否达标', '说明']);
    expect(rows[2][5]).toBe('学习记录见附件三');
    expect(rows.at(-1)).toHaveLength(2);
    expect(xml).toMatch(/<w:gridSpan w:val="4"\/>/); // 验收结果's text spans the four answer columns
  });

  it('writes a blank form with underlined blanks for the name and the date left to fill', async () => {
    const { xml } = await documentXml(emptyDraft('zhibu', 'e'), false);
    expect(xml).toContain('>申报时间：　　年　　月　　日<');
    expect(xml).toMatch(/<w:u w:val="single"\/>[\s\S]*?<w:t xml:space="preserve">　{12}</);
    expect(table(xml).slice(1, -1).every((row) => row[3] === '' && row[4] === '')).toBe(true);
  });

  it('drops characters XML cannot hold instead of writing a file Word refuses', async () => {
    const { xml } = await documentXml({ ...draft, orgName: '\ud800乙\u0001党支部', result: 'a\u000bb\udc00c😀' }, false);
    expect(xml).toContain('>　乙党支部　<');
    expect(xml).toContain('>abc😀<');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/);
  });
});
