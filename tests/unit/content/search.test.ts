import { describe, expect, it } from 'vitest';
import { bestSection, holdsPhrase, queryFromUrl, segmentQuery, titlesFirst, typingStartsEntry, urlForQuery } from '../../../src/lib/content/search';

describe('segmentQuery', () => {
  it('splits a Chinese run into words', () => {
    expect(segmentQuery('支部委员会')).toBe('支部 委员 会');
    expect(segmentQuery('党员大会')).toBe('党员 大会');
  });
  it('keeps the user’s own spaces and drops punctuation', () => {
    expect(segmentQuery('  党费，公示 ')).toBe('党 费 公示');
    expect(segmentQuery('“三会一课”')).toBe('三 会 一课');
  });
  it('keeps Latin words and numbers whole', () => {
    expect(segmentQuery('Times New Roman')).toBe('Times New Roman');
    expect(segmentQuery('24学时')).toMatch(/^24 学时$/);
  });
  it('returns nothing for an empty or punctuation-only query', () => {
    expect(segmentQuery('')).toBe('');
    expect(segmentQuery('，。')).toBe('');
  });
});

describe('search URLs', () => {
  it('round-trips the query and kind', () => {
    const url = urlForQuery(' 党费 公示 ', '标准');
    expect(url).toBe('/search/?q=%E5%85%9A%E8%B4%B9+%E5%85%AC%E7%A4%BA&kind=%E6%A0%87%E5%87%86');
    expect(queryFromUrl(`http://x${url}`)).toBe('党费 公示');
    expect(urlForQuery('')).toBe('/search/');
    expect(queryFromUrl('http://x/search/')).toBe('');
  });
});

describe('typingStartsEntry', () => {
  it('refining the typed search replaces its entry; a different one gets its own', () => {
    expect(typingStartsEntry('党费', '党费公示', false)).toBe(false);
    expect(typingStartsEntry('党费公示', '党费', false)).toBe(false);
    expect(typingStartsEntry('换届', '台账', false)).toBe(true);
  });
  it('a settled search is never typed over: the first change is pushed', () => {
    expect(typingStartsEntry('党费', '党费公示', true)).toBe(true);
    expect(typingStartsEntry('党费', '党费', true)).toBe(false);
  });
});

describe('landing on the right section', () => {
  const sub = (url: string, excerpt: string, hits: number) => ({ url, excerpt, locations: Array(hits).fill(0) });
  it('prefers a section that holds the whole query over one with more single-word hits', () => {
    const subs = [
      sub('/s/#recruitment', '<mark>带头</mark><mark>人</mark>、<mark>人</mark>才', 5),
      sub('/s/#backbone', '培育“<mark>双</mark><mark>带头</mark><mark>人</mark>”', 3),
    ];
    expect(bestSection(subs, '双带头人')?.url).toBe('/s/#backbone');
  });
  it('otherwise takes the most hits, and never a section without an anchor or a hit', () => {
    expect(bestSection([sub('/s/', 'x', 9), sub('/s/#a', 'x', 1), sub('/s/#b', 'x', 2), sub('/s/#c', 'x', 0)], '党费')?.url).toBe('/s/#b');
    expect(bestSection([sub('/s/', '党费', 3)], '党费')).toBeNull();
  });
  it('checks every part of a multi-word query', () => {
    expect(holdsPhrase('<mark>党费</mark>收缴…<mark>公示</mark>', '党费 公示')).toBe(true);
    expect(holdsPhrase('<mark>党费</mark>收缴', '党费 公示')).toBe(false);
  });
});

describe('titlesFirst', () => {
  const r = (title: string) => ({ meta: { title } });
  const results = [r('四月工作任务的通知'), r('党支部标准'), r('四月工作台账'), r('登记表汇总')];

  it('puts pages titled with the query first and keeps the order otherwise', () => {
    expect(titlesFirst(results, '台账').map((x) => x.meta.title)).toEqual(['四月工作台账', '四月工作任务的通知', '党支部标准', '登记表汇总']);
    expect(titlesFirst(results, ' 登记表 汇总 ').map((x) => x.meta.title)[0]).toBe('登记表汇总');
  });

  it('leaves the order alone when no title matches, or the query is empty', () => {
    expect(titlesFirst(results, '党费')).toEqual(results);
    expect(titlesFirst(results, '  ')).toEqual(results);
  });
});
