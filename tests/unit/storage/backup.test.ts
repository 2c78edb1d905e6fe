import { describe, expect, it } from 'vitest';
import { backupFileName, backupJson } from '../../../src/lib/storage/backup';
import { notBackupHint, readBackup } from '../../../src/lib/storage/backup-read';
import { toCsv } from '../../../src/lib/storage/csv';
import { checklistBackup, checklistRows, emptyDraft, formDate, wrongForm, type FormSpec } from '../../../src/lib/checklist/checklist';

const good = { ...emptyDraft('zhibu', 'x1'), orgName: '物理系党支部', answers: { 'zhibu.dues': { self: '达标' as const } } };
const file = backupJson(checklistBackup, good, '2026-11-27T01:00:00.000Z');
const read = (text: string, size = text.length) => readBackup(text, size, checklistBackup);
const message = (text: string, size?: number) => {
  const r = read(text, size);
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
};

describe('backup import', () => {
  it('round-trips a draft with its save time', () => {
    expect(read(file)).toEqual({ ok: true, data: good, savedAt: '2026-11-27T01:00:00.000Z' });
  });
  it('refuses each kind of bad file with its own Chinese reason', () => {
    expect(message('')).toMatch(/文件是空的/);
    expect(message('  \n')).toMatch(/文件是空的/);
    expect(message('{"app":')).toMatch(/不是有效的 JSON/);
    expect(message('[1,2]')).toMatch(/不是本网站导出的自评登记表备份/);
    expect(message(file.replace('"checklist"', '"case"'))).toMatch(/这是案例文本的备份文件/);
    expect(message(file.replace(/"schemaVersion": \d/, '"schemaVersion": 3'))).toMatch(/更新版本.*版本 3/);
    expect(message(file.replace('"达标"', '"ok"'))).toMatch(/内容有误.*answers\.zhibu\.dues\.self/);
    expect(message(file.replace('"orgName": "物理系党支部"', '"orgName": 42'))).toMatch(/内容有误.*orgName/);
    expect(message(file, 5_000_000)).toMatch(/文件太大（5\.0 MB）/);
  });
  it('names files after the organisation, safely', () => {
    expect(backupFileName('物理系/党支部 一', '自评登记表', '2026-11-27T01:00:00Z', 'json')).toBe('物理系_党支部_一-自评登记表-2026-11-27.json');
    expect(backupFileName(' ', '自评登记表', '2026-11-27', 'csv')).toBe('未命名-自评登记表-2026-11-27.csv');
  });
});

describe('CSV export', () => {
  const form: FormSpec = {
    form: 'zhibu', ordinal: '（二）', org: '党支部', title: '党支部标准化建设考核验收登记表', nameLabel: '申报达标的党支部名称', dateLabel: '申报时间', resultLabel: '验收结果',
    categories: [{ id: 'c', name: '制度建设', items: [{ id: 'zhibu.dues', name: '党费收缴管理', text: '按时足额缴纳，每年公示。' }, { id: 'zhibu.x', name: '其他', text: '“三会一课"' }] }],
  };
  it('starts with a BOM, quotes what needs quoting and defuses formulas', () => {
    const csv = toCsv(checklistRows(form, { ...good, result: '=1+1', answers: { 'zhibu.dues': { self: '达标', note: '见台账, 第3页' } } }));
    expect(csv.startsWith('\uFEFF党支部标准化建设考核验收登记表\r\n')).toBe(true);
    expect(csv).toContain('申报达标的党支部名称,物理系党支部\r\n');
    expect(csv).toContain('制度建设,党费收缴管理,按时足额缴纳，每年公示。,达标,,"见台账, 第3页"\r\n');
    expect(csv).toContain('制度建设,其他,"“三会一课"""');
    expect(csv).toContain("验收结果,'=1+1\r\n");
  });
  it('refuses the other organisation type’s form', () => {
    expect(wrongForm(form, good)).toBeNull();
    expect(wrongForm(form, { ...good, form: 'zongzhi' })).toBe('这是党总支登记表的备份文件，请到党总支登记表页面导入。');
  });
  it('prints the date the paper form’s way', () => {
    expect(formDate('2022-05-06')).toBe('2022年5月6日');
    expect(formDate('')).toBe('　　年　　月　　日');
  });
});

describe('files that are not backups', () => {
  it('are named by what they are, with the file to choose instead', () => {
    for (const [name, kind] of [['登记表.csv', '表格（CSV）文件'], ['登记表.DOCX', ' Word 文件'], ['公示.xlsx', ' Excel 表格文件'], ['a.pdf ', ' PDF 文件']]) {
      expect(notBackupHint(name)).toMatch(new RegExp(`^这是${kind.replace(/[()（）]/g, '.')}.*导入请选择用“导出备份文件”保存的 \\.json 文件。$`));
    }
    expect(notBackupHint('backup.json')).toBe('');
    expect(notBackupHint('csv')).toBe('');
  });
});
