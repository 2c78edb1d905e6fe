import { describe, expect, it } from 'vitest';
import { notice, type Notice } from '../../../src/lib/content/schemas';
import { allPast, deadlineRows, ledgerTasks, nextDeadline } from '../../../src/lib/content/tasks';
import { countdownText, daysLeft, localIsoDate } from '../../../src/lib/content/countdown';
import { readFrontmatter } from '../../content';

const april = notice.parse(readFrontmatter('notices/2022-04.mdx'));

describe('ledger tasks derived from the notice frontmatter', () => {
  const tasks = ledgerTasks(april);

  it('lists every task of the notice: one study item, three for 组织生活, five 重点工作', () => {
    expect(tasks.map((t) => t.section)).toEqual(['理论学习', ...Array(3).fill('组织生活'), ...Array(5).fill('重点工作')]);
    expect(tasks.map((t) => t.title)).toContain('召开一次党员大会');
    expect(tasks.find((t) => t.id === 'recruitment-plan')?.who).toBe('党总支');
  });

  it('links each task to its paragraph and carries the deadline it leads to', () => {
    const training = tasks.find((t) => t.id === 'activist-training')!;
    expect(training.href).toBe('/notices/2022-04/#activist-training');
    expect(training.due).toEqual({ date: '2022-05-06', text: '2022年5月6日', what: '党员教育、培训和管理的好做法、好经验（典型案例）' });
    expect(tasks.find((t) => t.id === 'party-meeting')?.due).toBeUndefined();
  });

  it('orders by section, keeping the notice order within one', () => {
    const t = (id: string, section: Notice['tasks'][number]['section']) => ({ id, section, title: id, who: '全体' as const, anchor: id });
    const n = { month: '2022-05', deadlines: [], tasks: [t('k1', '重点工作'), t('s1', '理论学习'), t('k2', '重点工作'), t('o1', '组织生活')] };
    expect(ledgerTasks(n).map((x) => x.id)).toEqual(['s1', 'o1', 'k1', 'k2']);
  });
});

describe('deadlines derived from the notice frontmatter', () => {
  it('writes the date out, keeps format, link and tools, and names the tasks behind each', () => {
    const rows = deadlineRows(april);
    expect(rows.map((d) => [d.id, d.dueText, d.submitTo])).toEqual([
      ['case-report', '2022年5月6日', '组织人事处'],
      ['registration-form', '2022年5月6日', '组织人事处'],
    ]);
    expect(rows[0].link).toBe('/templates/case/');
    expect(rows[1].tools.map((t) => t.href)).toEqual(['/checklist/zongzhi/', '/checklist/zhibu/']);
    expect(rows[0].tasks).toEqual([{ title: '开展入党积极分子“大培训”', href: '/notices/2022-04/#activist-training' }]);
    expect(rows[1].tasks.map((t) => t.title)).toEqual(['组织党支部标准化建设大比武活动']);
  });

  it('sorts soonest first and finds what is still open', () => {
    const d = (id: string, due: string) => ({ ...april.deadlines[0], id, due });
    const list = [d('late', '2022-06-01'), d('early', '2022-05-06')];
    expect(deadlineRows({ ...april, deadlines: list, tasks: [] }).map((x) => x.id)).toEqual(['early', 'late']);
    expect(nextDeadline(list, '2022-05-06')?.id).toBe('early');
    expect(nextDeadline(list, '2022-05-07')?.id).toBe('late');
    expect(nextDeadline(list, '2022-06-02')).toBeUndefined();
    expect(allPast(list, '2022-06-01')).toBe(false);
    expect(allPast(list, '2022-06-02')).toBe(true);
  });
});

describe('countdown', () => {
  it('counts whole calendar days to the deadline', () => {
    expect(daysLeft('2022-05-06', '2022-05-01')).toBe(5);
    expect(daysLeft('2022-05-06', '2022-04-26')).toBe(10);
    expect(daysLeft('2023-01-01', '2022-12-31')).toBe(1);
    expect(countdownText('2022-05-06', '2022-05-01')).toBe('还剩 5 天');
    expect(countdownText('2022-05-06', '2022-05-06')).toBe('今天截止');
    expect(countdownText('2022-05-06', '2022-05-07')).toBe('已截止');
  });

  it('takes the reader’s local date, not the UTC one', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      // 16:30 UTC on 5 May is 00:30 on 6 May in Beijing.
      expect(localIsoDate(new Date(Date.UTC(2022, 4, 5, 16, 30)))).toBe('2022-05-06');
      process.env.TZ = 'America/Los_Angeles';
      expect(localIsoDate(new Date(Date.UTC(2022, 4, 6, 3, 0)))).toBe('2022-05-05');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
