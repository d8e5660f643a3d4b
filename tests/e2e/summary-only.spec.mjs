// A summary-only report: a real round-level text (data/source/corpus/20-…, imported by `zhenggai import`) that
// lists no problems, only its figures. The dashboard shows those figures, marked as the report's own, and nothing
// that pretends to filter problems.
import { test, expect } from './support/test.mjs';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('a summary-only dataset shows its declared figures, marked as declared, with no filters or list', async ({ page }) => {
  await page.goto('/?data=/fixtures/summary-only.json');
  const section = page.getByTestId('declared-summary');
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { level: 2 })).toContainText('按通报声明');
  await expect(page.getByTestId('declared-note')).toContainText('没有逐条列出问题');
  await expect(section.getByTestId('total')).toContainText('697');
  await expect(section.getByTestId('kind-total')).toHaveCount(3);
  await expect(section.getByTestId('kind-total').first()).toContainText('688');
  await expect(section.getByTestId('declared-rate')).toContainText('98.71%');
  await expect(section.getByTestId('declared-units')).toContainText('40');
  await expect(section.getByTestId('declared-documents')).toContainText('589');
  // The chart is a picture of the declared counts, described for screen readers, with its table beside it.
  const chart = page.getByTestId('declared-chart');
  await expect(chart.locator('[role="img"]')).toHaveAttribute('aria-label', /697/);
  await expect(chart.locator('svg')).toHaveCount(1);
  await expect(chart.locator('tbody tr')).toHaveCount(3);
  // Nothing to filter: no filter panel, no list, no clickable bars.
  await expect(page.locator('.zg-filters')).toHaveCount(0);
  await expect(page.getByTestId('result-count')).toHaveCount(0);
  await expect(page.locator('.zg-hit')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).include('.zg').withTags(WCAG).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  // In English too.
  await page.getByRole('button', { name: /English|英文/ }).click();
  await expect(section.getByRole('heading', { level: 2 })).toContainText('As declared by the report');
  await expect(page.getByTestId('declared-note')).toContainText('lists no problems');
});

test('markup in a summary-only dataset is shown as text, never run', async ({ page }) => {
  await page.goto('/?data=/fixtures/summary-only-hostile.json');
  const section = page.getByTestId('declared-summary');
  await expect(section).toBeVisible();
  await section.locator('summary').click();
  await expect(section).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(section.locator('table')).toContainText('完成整改<img');
  expect(await page.locator('img, script:not([src]):not([type])').evaluateAll((els) => els.filter((el) => el.closest('.zg')).length)).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
