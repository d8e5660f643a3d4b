// Everyone can use it: elderly-friendly mode, dark theme, forced colours, print — and axe in each state.
import { test, expect } from './support/test.mjs';
import AxeBuilder from '@axe-core/playwright';

const count = (page) => page.getByTestId('result-count');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page, tags = WCAG) {
  const results = await new AxeBuilder({ page }).include('.zg').withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target).join(' ')}`);
}

test('elderly-friendly mode: large text, 44px targets, 7:1 contrast, simple layout, remembered', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('显示 15 / 15 个问题');
  const toggle = page.getByTestId('elderly-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const root = page.locator('.zg');
  await expect(root).toHaveClass(/zg-elderly/);
  const style = await page.getByTestId('problem').first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
  });
  expect(style.size).toBeGreaterThanOrEqual(18);
  expect(style.line).toBeGreaterThanOrEqual(1.5);
  const smallest = await page.locator('.zg button:visible, .zg summary:visible').evaluateAll((els) =>
    Math.min(...els.map((el) => el.getBoundingClientRect().height)));
  expect(smallest).toBeGreaterThanOrEqual(44);
  await expect(page.locator('.zg-filters')).toBeHidden();
  await expect(page.getByTestId('chart-status')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // The enhanced (AAA, 7:1) contrast rule on the whole widget.
  const enhanced = await new AxeBuilder({ page }).include('.zg').withRules(['color-contrast-enhanced']).analyze();
  expect(enhanced.violations.map((v) => v.nodes.map((n) => n.target).join(' '))).toEqual([]);
  await page.reload();
  await expect(page.locator('.zg')).toHaveClass(/zg-elderly/);
  await page.getByTestId('elderly-toggle').click();
  await page.reload();
  await expect(page.locator('.zg')).not.toHaveClass(/zg-elderly/);
});

test('the dark theme follows the system setting and passes axe', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?zg.s=jiben-wancheng');
  await expect(page.locator('.zg')).toHaveClass(/zg-theme-dark/);
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
  expect(await page.locator('.zg').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(13, 17, 23)');
  expect(await axeViolations(page)).toEqual([]);
});

test('forced colours keep the pressed state visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/?zg.s=wancheng');
  const toggles = page.getByTestId('status-filter').getByRole('button');
  const [pressed, plain] = await Promise.all([
    toggles.filter({ hasText: /^✓ 完成/ }).evaluate((el) => getComputedStyle(el).backgroundColor),
    toggles.filter({ hasText: /^✓ 基本完成/ }).evaluate((el) => getComputedStyle(el).backgroundColor),
  ]);
  expect(pressed).not.toBe(plain);
});

test('print shows the header, summary, charts and full measures, without controls', async ({ page }) => {
  await page.goto('/?zg.c=c5');
  await expect(count(page)).toHaveText('显示 1 / 15 个问题');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.zg-toolbar')).toBeHidden();
  await expect(page.locator('.zg-filters')).toBeHidden();
  await expect(page.getByTestId('report-title')).toBeVisible();
  await expect(page.locator('.zg-summary')).toBeVisible();
  await expect(page.getByTestId('chart-status').locator('.zg-chart-labels svg')).toBeVisible();
  await expect(page.getByTestId('problem').locator('.zg-print-only')).toContainText('全区安置交付率达 74%');
  expect(await page.getByTestId('problem').evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
});
