// The first widget page: the default dataset, ?data= loading, and clear messages when loading fails.
import { test, expect } from './support/test.mjs';

test('shows the reference report and its 15 problems', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('report-title')).toHaveText('中共邵阳经济技术开发区工作委员会关于巡视整改进展情况的通报');
  await expect(page.getByTestId('problem')).toHaveCount(15);
  await expect(page.getByText('显示 15 / 15 个问题')).toBeVisible();
  await expect(page.getByTestId('problem').first()).toContainText('关于产业项目与合同约定投资强度、税收贡献有差距的问题');
  await expect(page.getByTestId('problem').first()).toContainText('长期整改 I');
});

test('a ?data= address that does not exist gives a plain error with a retry', async ({ page }) => {
  await page.goto('/?data=/fixtures/missing.json');
  const error = page.getByTestId('load-error');
  await expect(error).toContainText('数据加载失败');
  await expect(error).toContainText('服务器返回错误 404');
  await expect(error.getByRole('button', { name: '重试' })).toBeVisible();
});

test('a javascript: data address is refused, never fetched', async ({ page }) => {
  await page.goto('/?data=javascript:alert(1)');
  await expect(page.getByTestId('load-error')).toContainText('只能使用 http 或 https 地址');
});

test('an invalid dataset shows the validation message with its JSON path', async ({ page }) => {
  await page.goto('/?data=/fixtures/invalid-reference.json');
  const error = page.getByTestId('load-error');
  await expect(error).toContainText('数据文件有误，无法显示');
  await expect(error).toContainText('$.problems[0].category');
  await expect(error).toContainText('引用了不存在的问题类别（方面）“c9”');
});

test('markup in the data is shown as text and never runs', async ({ page }) => {
  await page.goto('/?data=/fixtures/html-payload.json');
  await expect(page.getByTestId('report-title')).toHaveText('<img src=x onerror="window.__zgPwned=1">标题');
  await expect(page.getByTestId('problem')).toContainText('<script>window.__zgPwned=1</script>方面');
  expect(await page.evaluate(() => window.__zgPwned)).toBeUndefined();
  expect(await page.locator('.zg img, .zg script, .zg svg[onload], .zg a[href^="javascript"]').count()).toBe(0);
});
