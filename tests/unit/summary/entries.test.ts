import { describe, expect, it } from 'vitest';
import { entryId, sourceFiles, type SummaryEntry } from '../../../src/lib/summary/entries';
import { importFiles, importSummary, type FileIn } from '../../../src/lib/summary/import';
import { summaryStore, withUnsaved } from '../../../src/lib/summary/store';
import { backupFile, batch, patterned, savedAt } from '../../summary-files';
import { memoryStorage } from '../storage/memory-storage';

const file = (f: { name: string; text: string }): FileIn => ({ ...f, size: f.text.length });
const none = new Map<string, SummaryEntry>();
const run = (files: FileIn[], current = none) => importFiles(current, files);

describe('per-file validation', () => {
  const source = backupFile(patterned('zhibu', 5), savedAt(5));
  const good = file(source);
  const bad: [string, FileIn, RegExp][] = [
    ['empty', { name: 'a.json', text: '', size: 0 }, /文件是空的/],
    ['blank', { name: 'a.json', text: ' \n', size: 2 }, /文件是空的/],
    ['damaged JSON', { name: 'a.json', text: source.text.slice(0, 80), size: 80 }, /不是有效的 JSON/],
    ['not a backup', file({ name: 'a.json', text: '{"hello":"world"}' }), /不是本网站导出的自评登记表备份文件/],
    ['another tool', file({ name: 'a.json', text: source.text.replace('"checklist"', '"case"') }), /这是案例文本的备份文件/],
    ['newer version', file({ name: 'a.json', text: source.text.replace('"schemaVersion": 2', '"schemaVersion": 4') }), /更新版本的网站（版本 4）/],
    ['wrong types', file({ name: 'a.json', text: source.text.replace('"达标"', '"yes"') }), /内容有误/],
    ['too large', { name: 'a.json', text: '', size: 2_000_000 }, /文件太大/],
    ['unreadable', { name: 'folder', text: null, size: 0 }, /无法读取这个文件/],
    ['the form page’s CSV', file({ name: '物理系党支部-党支部自评登记表.csv', text: '\uFEFF党支部标准化建设考核验收登记表\r\n' }), /^这是表格（CSV）文件.*导出备份文件/],
    ['the Word export', { name: '登记表.docx', text: 'PK\u0003\u0004', size: 4 }, /^这是 Word 文件/],
    ['no organisation name', file(backupFile({ ...patterned('zhibu', 0), orgName: '  ' }, savedAt(0))), /没有填写党支部名称/],
  ];
  for (const [what, f, reason] of bad) {
    it(`refuses ${what} with a Chinese reason and takes nothing from it`, () => {
      const r = run([f]);
      expect(r.outcomes).toEqual([{ file: f.name, kind: 'refused', message: expect.stringMatching(reason) }]);
      expect(r.entries.size).toBe(0);
      expect(r.changed).toEqual([]);
    });
  }

  it('takes a good file whole, with its file name and save time', () => {
    const r = run([good]);
    const [entry] = r.changed;
    expect(r.outcomes.map((o) => o.kind)).toEqual(['added']);
    expect(entry).toEqual({ id: entryId(patterned('zhibu', 5)), fileName: good.name, savedAt: savedAt(5), draft: patterned('zhibu', 5) });
    expect(r.entries.get(entry.id)).toBe(entry);
  });

  it('takes both forms into one set, each organisation once', () => {
    const r = run([...batch('zhibu', 3), ...batch('zongzhi', 2)].map(file));
    expect(r.entries.size).toBe(5);
    expect([...r.entries.values()].map((e) => e.draft.form)).toEqual(['zhibu', 'zhibu', 'zhibu', 'zongzhi', 'zongzhi']);
  });
});

describe('the same organisation twice', () => {
  const older = patterned('zhibu', 5);
  const newer = { ...older, answers: {}, result: '已修改' };
  const oldFile = file({ ...backupFile(older, savedAt(1)), name: 'old.json' });
  const newFile = file({ ...backupFile(newer, savedAt(9)), name: 'new.json' });

  it('keeps the newer when the older comes second, and says so', () => {
    const r = run([newFile, oldFile]);
    expect(r.outcomes.map((o) => o.kind)).toEqual(['added', 'kept']);
    expect(r.outcomes[1].message).toMatch(/^「测试党支部006」已有的自评（保存于 .*）和上级验收和验收结果（验收组织未注明，保存于 .*）都不比这个文件中的旧，没有改动。$/);
    expect([...r.entries.values()].map((e) => e.draft.result)).toEqual(['已修改']);
    expect(r.changed.map((e) => e.fileName)).toEqual(['new.json']);
  });

  it('takes both newer parts when the newer comes second, in one batch or a later one', () => {
    const once = run([oldFile, newFile]);
    expect(once.outcomes.map((o) => o.kind)).toEqual(['added', 'combined']);
    expect(once.changed.map((e) => e.fileName)).toEqual(['new.json']);
    const later = run([newFile], run([oldFile]).entries);
    expect(later.outcomes[0]).toMatchObject({ kind: 'combined', message: expect.stringMatching(/^「测试党支部006」的自评（保存于 .*）和上级验收和验收结果（.*）都换成了这个文件中较新的版本。$/) });
    expect([...later.entries.values()].map((e) => e.fileName)).toEqual(['new.json']);
    expect([...later.entries.values()].map(sourceFiles)).toEqual(['new.json']);
  });

  it('recognises the same file imported again, and names typed differently as one organisation', () => {
    const again = run([oldFile], run([oldFile]).entries);
    expect(again.outcomes[0].kind).toBe('same');
    expect(again.changed).toEqual([]);
    const spaced = file(backupFile({ ...older, orgName: ' 测试党支部 ００６ ' }, savedAt(20)));
    const r = run([oldFile, spaced]);
    expect(r.entries.size).toBe(1);
    expect(r.outcomes[1].kind).toBe('combined');
  });

  it('of two different forms saved at the same moment keeps the first’s parts, adding only a part the first lacks', () => {
    const twin = file({ ...backupFile(newer, savedAt(1)), name: 'twin.json' });
    const r = run([oldFile, twin]);
    // The twin's 验收结果 is a review part the first file does not have; its 自评 ties and loses.
    expect(r.outcomes[1]).toMatchObject({ kind: 'combined', message: expect.stringMatching(/采用了这个文件中的上级验收和验收结果.*保留了已有的较新自评/) });
    const [e] = r.entries.values();
    expect(e.fileName).toBe('old.json');
    // Each part credited to its file, in the organisation view and the CSV alike.
    expect(e.reviewFileName).toBe('twin.json');
    expect(sourceFiles(e)).toBe('old.json（自评）、twin.json（上级验收）');
    expect(e.draft.answers).toEqual(older.answers);
    expect(e.draft.result).toBe('已修改');
    const selfOnlyTwin = file({ ...backupFile({ ...older, answers: {} }, savedAt(1)), name: 'twin2.json' });
    expect(run([oldFile, selfOnlyTwin]).outcomes[1]).toMatchObject({ kind: 'kept', message: expect.stringContaining('都不比这个文件中的旧，没有改动') });
  });

  it('does not mix the two forms: a 党总支 and a 党支部 with one name are two organisations', () => {
    const zongzhi = { ...patterned('zongzhi', 0), orgName: older.orgName };
    expect(run([oldFile, file(backupFile(zongzhi, savedAt(3)))]).entries.size).toBe(2);
  });
});

describe('import summary line', () => {
  it('counts what was added, updated and left out', () => {
    const files = [...batch('zhibu', 4).map(file), { name: 'x.json', text: '{', size: 1 }];
    const r = run([...files, file(backupFile(patterned('zhibu', 0), savedAt(30)))]);
    expect(importSummary(r.outcomes)).toBe('共 6 个文件：新增 4 份登记表，合并 1 份（见下），1 个文件未导入（原因见下）。');
    expect(importSummary(run(batch('zhibu', 2).map(file)).outcomes)).toBe('共 2 个文件：新增 2 份登记表。');
  });
});

describe('stored set', () => {
  const entries = [...run(batch('zhibu', 3).map(file)).entries.values()];

  it('keeps one record per organisation and reads them back', () => {
    const storage = memoryStorage();
    expect(summaryStore(storage).save(entries)).toEqual({ failed: [], message: null });
    expect(storage.map.size).toBe(3);
    const { entries: back, problems } = summaryStore(storage).load();
    expect([...back.values()].sort((a, b) => a.draft.orgName.localeCompare(b.draft.orgName))).toEqual(entries);
    expect(problems).toEqual([]);
  });

  it('reports failed writes and which entries they were', () => {
    const storage = memoryStorage('QuotaExceededError');
    expect(summaryStore(storage).save(entries)).toEqual({ failed: entries.map((e) => e.id), message: '浏览器存储空间已满' });
    expect(summaryStore(null).save(entries).message).toBe('此浏览器无法使用本地存储');
  });

  it('sets a damaged record aside, keeps the rest, and clearing leaves the damaged one for the user', () => {
    const storage = memoryStorage();
    summaryStore(storage).save(entries);
    storage.setItem(`handbook:summary:${entries[1].id}`, '{"schemaVersion":1,');
    const { entries: back, problems } = summaryStore(storage).load();
    expect(back.size).toBe(2);
    expect(problems).toEqual([{ key: expect.stringMatching(/^handbook:summary:.*:corrupt:/), message: expect.stringContaining('不是有效的 JSON') }]);
    expect(storage.map.get(problems[0].key)).toBe('{"schemaVersion":1,');
    summaryStore(storage).clear();
    expect([...storage.map.keys()]).toEqual([problems[0].key]);
  });

  it('reports the bytes it uses and clears only entries saved before a cutoff', () => {
    const storage = memoryStorage();
    const store = summaryStore(storage);
    store.save(entries);
    const bytes = [...storage.map].reduce((n, [k, v]) => n + (k.length + v.length) * 2, 0);
    expect(store.usage()).toBe(bytes);
    storage.setItem('handbook:checklist:x', 'not the summary');
    expect(store.usage()).toBe(bytes);
    // batch() saves organisation i at minute i: a cutoff at minute 1 takes only the first.
    expect(store.clearBefore(new Date(savedAt(1)))).toEqual([entries[0].id]);
    expect(store.load().entries.size).toBe(2);
  });

  it('after another tab’s change, still shows what this page could not store unless storage has newer', () => {
    const [a, b] = entries;
    const memory = new Map([[a.id, a], [b.id, b]]);
    expect([...withUnsaved(new Map(), memory, new Set([b.id])).keys()]).toEqual([b.id]);
    const newerB = { ...b, savedAt: savedAt(59) };
    expect(withUnsaved(new Map([[b.id, newerB]]), memory, new Set([b.id])).get(b.id)).toBe(newerB);
  });
});
