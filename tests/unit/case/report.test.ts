import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  addPhoto, addPractice, caseBlocks, caseDraft, chineseNumber, docxFileName, emptyCase, missingFields, movePractice,
  removePhoto, removePractice, setCaption, setField, repeatedGeneral, stripOrdinal, unitLine, updatePractice, withOrganisation, type CaseDraft,
} from '../../../src/lib/case/report';

const headings = ['一、案例简介', '二、主要做法', '三、工作成效', '四、经验启示与探讨'] as const;
const photo = { id: 'p1', name: 'IMG_0001.jpg', width: 1920, height: 1200, caption: '' };

function filled(): CaseDraft {
  let d = emptyCase('d1', 'a');
  d = setField(d, 'title', ' 三会一课 ');
  d = setField(d, 'zongzhi', '经济管理学院');
  d = setField(d, 'zhibu', '教工第一');
  d = setField(d, 'intro', '第一段\n\n  第二段  ');
  d = updatePractice(d, 'a', { heading: '（一）建立台账', text: '做法甲' });
  d = addPractice(d, 'b');
  d = updatePractice(d, 'b', { heading: '定期讲评', text: '做法乙' });
  d = setField(d, 'results', '成效');
  return setField(d, 'lessons', '启示');
}

describe('case draft updates', () => {
  it('never changes the draft they are given', () => {
    const d = emptyCase('d1', 'a');
    const before = structuredClone(d);
    setField(d, 'title', 'x');
    addPractice(d, 'b');
    updatePractice(d, 'a', { heading: 'h' });
    addPhoto(d, photo);
    expect(d).toEqual(before);
  });

  it('adds, reorders and removes practices; moves at either end are no-ops', () => {
    let d = addPractice(addPractice(emptyCase('d1', 'a'), 'b'), 'c');
    d = movePractice(d, 'c', -1);
    expect(d.practices.map((p) => p.id)).toEqual(['a', 'c', 'b']);
    expect(movePractice(d, 'a', -1)).toBe(d);
    expect(movePractice(d, 'b', 1)).toBe(d);
    expect(movePractice(d, 'nope', 1)).toBe(d);
    expect(removePractice(d, 'c').practices.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('keeps photo captions with the photo and removes the right one', () => {
    let d = addPhoto(addPhoto(emptyCase('d1', 'a'), photo), { ...photo, id: 'p2', name: 'b.jpg' });
    d = setCaption(d, 'p2', '支部书记讲党课');
    expect(d.photos.map((p) => p.caption)).toEqual(['', '支部书记讲党课']);
    expect(removePhoto(d, 'p1').photos.map((p) => p.name)).toEqual(['b.jpg']);
  });

  it('validates with the schema it is stored under', () => {
    expect(v.safeParse(caseDraft, filled()).success).toBe(true);
    expect(v.safeParse(caseDraft, { ...filled(), practices: [{ id: 'x', heading: 1, text: '' }] }).success).toBe(false);
    expect(v.safeParse(caseDraft, { ...filled(), photos: [{ ...photo, width: 0 }] }).success).toBe(false);
  });
});

describe('the remembered organisation', () => {
  it('goes into the field of its kind, and nowhere when its kind is not chosen', () => {
    const d = emptyCase('d1', 'a');
    expect(withOrganisation(d, { name: '物理系党支部', kind: '党支部' })).toMatchObject({ zhibu: '物理系党支部', zongzhi: '' });
    expect(withOrganisation(d, { name: '理学院党总支', kind: '党总支' })).toMatchObject({ zhibu: '', zongzhi: '理学院党总支' });
    expect(withOrganisation(d, { name: '理学院', kind: '' })).toEqual(d);
  });
});

describe('the document', () => {
  it.each([[1, '一'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [35, '三十五'], [99, '九十九']])('numbers %i as %s', (n, s) =>
    expect(chineseNumber(n)).toBe(s));

  it('refuses numbers it cannot write', () => {
    expect(() => chineseNumber(0)).toThrow();
    expect(() => chineseNumber(100)).toThrow();
  });

  it.each([['（一）建立台账', '建立台账'], ['(二) 讲评', '讲评'], ['三、示范', '示范'], ['十二．总结', '总结'], ['一流支部', '一流支部'], ['  台账 ', '台账']])(
    'strips a typed number from %s', (typed, words) => expect(stripOrdinal(typed)).toBe(words));

  it.each([
    ['经济管理学院', '教工第一', '经济管理学院党总支教工第一党支部'],
    ['经济管理学院党总支', '教工第一党支部', '经济管理学院党总支教工第一党支部'],
    ['机关总支', '学生第二支部', '机关总支学生第二支部'],
    ['', '教工第一', '教工第一党支部'],
    [' ', '', ''],
  ])('writes the unit line from %s and %s', (a, b, line) => expect(unitLine(a, b)).toBe(line));

  it('lays out every field in the template order with automatic numbering', () => {
    expect(caseBlocks(filled(), headings)).toEqual([
      { kind: 'title', text: '三会一课' },
      { kind: 'unit', text: '经济管理学院党总支教工第一党支部', blankLineAfter: true },
      { kind: 'h1', text: '一、案例简介' },
      { kind: 'body', text: '第一段' },
      { kind: 'body', text: '第二段' },
      { kind: 'h1', text: '二、主要做法' },
      { kind: 'h2', text: '（一）建立台账' },
      { kind: 'body', text: '做法甲' },
      { kind: 'h2', text: '（二）定期讲评' },
      { kind: 'body', text: '做法乙' },
      { kind: 'h1', text: '三、工作成效' },
      { kind: 'body', text: '成效' },
      { kind: 'h1', text: '四、经验启示与探讨' },
      { kind: 'body', text: '启示' },
    ]);
  });

  it('renumbers after a reorder and skips empty practices', () => {
    let d = movePractice(filled(), 'b', -1);
    d = addPractice(d, 'empty');
    const h2 = caseBlocks(d, headings).filter((b) => b.kind === 'h2').map((b) => b.text);
    expect(h2).toEqual(['（一）定期讲评', '（二）建立台账']);
  });

  it('puts the empty line after the title when there is no unit line', () => {
    const d = setField(setField(filled(), 'zongzhi', ''), 'zhibu', '');
    expect(caseBlocks(d, headings).slice(0, 2)).toEqual([{ kind: 'title', text: '三会一课', blankLineAfter: true }, { kind: 'h1', text: '一、案例简介' }]);
  });

  it.each([
    ['财经学院党总支', '财经学院党总支会计教工党支部', '会计教工党支部'],
    ['财经学院', '财经学院党总支会计教工党支部', '会计教工党支部'],
    [' 机关总支 ', '机关总支 学生第二支部', '学生第二支部'],
    ['财经学院党总支', '会计教工党支部', null],
    ['财经学院', '财经学院会计教工党支部', null],
    ['财经学院党总支', '财经学院党总支', null],
    ['', '财经学院党总支会计教工党支部', null],
  ])('finds the 党总支 %s repeated in %s', (zongzhi, zhibu, fixed) => expect(repeatedGeneral(zongzhi, zhibu)).toBe(fixed));

  it('prints photo captions as a numbered list, marking a missing one', () => {
    let d = addPhoto(addPhoto(filled(), photo), { ...photo, id: 'p2', name: 'b.jpg' });
    d = setCaption(d, 'p1', '支部书记讲党课');
    expect(caseBlocks(d, headings).slice(-3)).toEqual([
      { kind: 'h1', text: '附：照片说明' },
      { kind: 'body', text: '图1　支部书记讲党课' },
      { kind: 'body', text: '图2　（未填写说明）' },
    ]);
    expect(missingFields(d)).toEqual(['图2的说明']);
  });

  it('lists what is still empty', () => {
    expect(missingFields(emptyCase('d', 'a'))).toEqual(['案例名称', '所在党总支', '所在党支部', '案例简介', '主要做法', '工作成效', '经验启示与探讨']);
    expect(missingFields(filled())).toEqual([]);
  });

  it.each([['三会一课', '三会一课.docx'], ['a/b:c*?"<>|d', 'abcd.docx'], ['   ', '典型案例.docx'], ['x'.repeat(100), `${'x'.repeat(80)}.docx`]])(
    'names the Word file after %s', (title, name) => expect(docxFileName(title)).toBe(name));
});
