import { describe, expect, it } from 'vitest';
import { caseTemplate, notice, standardForm, study, type StandardForm } from '../../../src/lib/content/schemas';
import { list, readFrontmatter, readYaml } from '../../content';

const forms = Object.fromEntries(
  list('standards', '.yaml').map((f) => {
    const form = standardForm.parse(readYaml(f));
    return [form.form, form];
  }),
) as Record<'zongzhi' | 'zhibu', StandardForm>;
const items = (f: StandardForm) => f.categories.flatMap((c) => c.items);

describe('the content as shipped', () => {
  it('has both 登记表 with 5 categories and 20 items each', () => {
    expect(Object.keys(forms).sort()).toEqual(['zhibu', 'zongzhi']);
    for (const f of Object.values(forms)) {
      expect(f.categories.map((c) => c.name)).toEqual(['班子队伍建设', '党员教育管理', '党内组织生活', '发挥作用途径', '基本工作保障']);
      expect(items(f)).toHaveLength(20);
    }
  });

  it('groups the 党支部 table like the 党总支 table (the source shifted its labels)', () => {
    const names = (f: StandardForm) => f.categories.map((c) => c.items.map((i) => i.name));
    expect(names(forms.zhibu)).toEqual([
      ['班子配备职数', '班子任期', '骨干队伍', '自身建设', '支部书记述职'],
      ['发展党员工作', '党员教育培训', '党费收缴管理', '组织关系管理', '党内激励关怀'],
      ['“三会一课”', '民主评议党员', '双重组织生活会', '主题党日活动', '谈心谈话'],
      ['服务中心工作', '加强党内监督'],
      ['经费保障', '支部活动场地', '党建工作台账'],
    ]);
    expect(names(forms.zongzhi)).toEqual([
      ['班子配备职数', '班子任期', '骨干队伍', '总支书记述职'],
      ['发展党员工作', '党员教育培训', '党费收缴管理', '组织关系管理', '党内激励关怀'],
      ['“三会一课”', '民主评议党员', '组织生活会', '主题党日活动', '谈心谈话'],
      ['服务中心工作', '加强党内监督', '民主议事机制'],
      ['经费保障', '支部活动场地', '党建工作台账'],
    ]);
  });

  it('gives all 40 items unique ASCII ids', () => {
    const ids = [...items(forms.zongzhi), ...items(forms.zhibu)].map((i) => i.id);
    expect(new Set(ids).size).toBe(40);
    for (const id of ids) expect(id).toMatch(/^(zongzhi|zhibu)\.[a-z0-9-]+$/);
  });

  it('parses the notice, study pages and case template', () => {
    for (const f of list('notices', '.mdx')) notice.parse(readFrontmatter(f));
    expect(list('study', '.md').length).toBeGreaterThanOrEqual(5);
    for (const f of list('study', '.md')) study.parse(readFrontmatter(f));
    const t = caseTemplate.parse(readFrontmatter('templates/case.mdx'));
    expect(t.marginsMm).toEqual({ top: 37, bottom: 35, left: 28, right: 26 });
    expect(t.lineSpacingPt).toBe(28);
  });

  it('has the April 2022 notice with both deadlines on 2022-05-06 and nine tasks', () => {
    const n = notice.parse(readFrontmatter('notices/2022-04.mdx'));
    expect(n.deadlines.map((d) => [d.id, d.due, d.submitTo])).toEqual([
      ['case-report', '2022-05-06', '组织人事处'],
      ['registration-form', '2022-05-06', '组织人事处'],
    ]);
    expect(n.tasks.map((t) => t.section)).toEqual(['理论学习', ...Array(3).fill('组织生活'), ...Array(5).fill('重点工作')]);
  });
});

describe('schema errors name the field', () => {
  const good = () => structuredClone(readFrontmatter('notices/2022-04.mdx')) as Record<string, any>;
  const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    r.error?.issues.map((i) => i.path.join('.'));

  it('rejects a missing field', () => {
    const n = good();
    delete n.title;
    expect(paths(notice.safeParse(n))).toEqual(['title']);
  });

  it('rejects an impossible date', () => {
    const n = good();
    n.deadlines[1].due = '2022-02-30';
    const r = notice.safeParse(n);
    expect(paths(r)).toEqual(['deadlines.1.due']);
    expect(r.error!.issues[0].message).toContain('YYYY-MM-DD');
  });

  it('rejects a task that points at no deadline', () => {
    const n = good();
    n.tasks[0].deadline = 'nope';
    expect(paths(notice.safeParse(n))).toEqual(['tasks.0.deadline']);
  });

  it('rejects duplicate standard item ids, naming the second one', () => {
    const f = structuredClone(readYaml('standards/zhibu.yaml')) as Record<string, any>;
    f.categories[2].items[1].id = f.categories[0].items[0].id;
    const r = standardForm.safeParse(f);
    expect(paths(r)).toEqual(['categories.2.items.1.id']);
    expect(r.error!.issues[0].message).toContain('zhibu.committee-size');
  });

  it('rejects an item id from the other form', () => {
    const f = structuredClone(readYaml('standards/zongzhi.yaml')) as Record<string, any>;
    f.categories[0].items[0].id = 'zhibu.x';
    expect(paths(standardForm.safeParse(f))).toEqual(['categories.0.items.0.id']);
  });
});
