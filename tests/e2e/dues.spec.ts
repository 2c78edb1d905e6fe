// 党费 (/dues/): the calculator through its interface contract (人员类别, 计算基数, <output>).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The machine these run on is shared and slow; axe alone can take half a minute.
test.describe.configure({ timeout: 120_000 });

async function openCalculator(page: Page) {
  await page.goto('/dues/');
  const output = page.locator('output');
  await expect(output).toContainText('填写计算基数后');
  return output;
}

test('the calculator gives the monthly dues and the rate through its named controls', async ({ page }) => {
  const output = await openCalculator(page);
  const category = page.getByLabel('人员类别', { exact: true });
  const base = page.getByRole('spinbutton', { name: '计算基数', exact: true });
  await expect(category.locator('option')).toContainText(['在职', '离退休', '年薪制', '个体经营', '学生', '下岗失业', '依靠抚恤或救济', '领取最低生活保障金', '农民']);

  for (const [kind, input, dues, rate] of [
    ['在职', '5100', '76.50', '1.5%'],
    ['在职', '4900', '49.00', '1%'],
    ['在职', '3000', '15.00', '0.5%'],
    ['在职', '10000.01', '200.00', '2%'],
    ['离退休', '5000', '25.00', '0.5%'],
    ['离退休', '5000.01', '50.00', '1%'],
  ]) {
    await category.selectOption(kind);
    await base.fill(input);
    await expect(output).toContainText(`每月应交党费 ${dues} 元`);
    await expect(output).toContainText(rate);
  }
  await expect(page.getByRole('status')).toContainText('每月应交党费 50.00 元');

  await category.selectOption('学生');
  await expect(output).toContainText('每月应交党费 0.20 元');

  await category.selectOption('农民');
  const amount = page.getByRole('spinbutton', { name: '每月交纳金额', exact: true });
  await amount.fill('1.5');
  await expect(output).toContainText('0.20–1.00 元');
  await amount.fill('0.5');
  await expect(output).toContainText('每月应交党费 0.50 元');

  await category.selectOption('在职');
  await base.fill('-3');
  await expect(output).toContainText('不能是负数');
});

test('the base can be built from a pay slip, shown line by line', async ({ page }) => {
  const output = await openCalculator(page);
  await page.locator('summary', { hasText: '按工资明细计算基数' }).click();
  await page.getByLabel('项目1名称').fill('岗位工资');
  await page.getByLabel('项目1金额（元）').fill('4000');
  await page.getByLabel('项目2名称').fill('薪级工资');
  await page.getByLabel('项目2金额（元）').fill('2300');
  await page.getByLabel('个人所得税金额（元）').fill('60');
  await page.getByLabel('扣除养老保险').check();
  await page.getByLabel('养老保险金额（元）').fill('500');
  const lines = page.locator('.dues-lines tr');
  await expect(lines).toHaveText(['岗位工资4000.00 元', '薪级工资2300.00 元', '工资收入合计6300.00 元', '减：个人所得税60.00 元', '减：养老保险500.00 元', '计算基数5740.00 元']);
  await expect(page.getByRole('spinbutton', { name: '计算基数', exact: true })).toHaveValue('5740.00');
  await expect(output).toContainText('每月应交党费 86.10 元'); // 5740 × 1.5 %
  await page.getByLabel('扣除养老保险').uncheck();
  await expect(output).toContainText('每月应交党费 93.60 元'); // 6240 × 1.5 %
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('the page states the rules, the rounding and where the figures stay', async ({ page }) => {
  await page.goto('/dues/');
  const main = page.locator('main');
  await expect(main).toContainText('中组发〔2008〕3号《关于中国共产党党费收缴、使用和管理的规定》');
  await expect(main).toContainText('四舍五入');
  await expect(main).toContainText('不会上传');
  await expect(main.getByRole('table').first()).toContainText('5000 元以上至 10000 元（含）');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
