// The layout for exploring: on a wide screen the charts share a row and the filters sit beside the list; on a
// phone the filters open from a button; after a selection the visitor sees what changed without scrolling; and
// switching the language keeps everything the visitor had open.
import { test, expect } from './support/test.mjs';
import AxeBuilder from '@axe-core/playwright';

const count = (page) => page.getByTestId('result-count');

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).include('.zg').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

const box = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
});

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the charts share a row and the filter panel sits beside the list, staying in view', async ({ page }) => {
    await page.goto('/');
    await expect(count(page)).toHaveText('显示 15 / 15 个问题');
    const [status, category] = [await box(page.getByTestId('chart-status')), await box(page.getByTestId('chart-category'))];
    expect(Math.abs(status.top - category.top)).toBeLessThan(2);
    expect(status.right).toBeLessThan(category.left);
    // The charts are drawn at their own width, not scaled from the full row.
    const drawn = await page.getByTestId('chart-status').locator('.zg-chart-labels svg').getAttribute('width');
    expect(Number(drawn)).toBeLessThan(status.right - status.left);
    expect(Number(drawn)).toBeGreaterThan((status.right - status.left) * 0.85);

    const panel = page.locator('.zg-filters-panel');
    const list = page.locator('.zg-problems');
    await expect(page.getByTestId('filters-toggle')).toBeHidden();
    const [p, l] = [await box(panel), await box(list)];
    expect(p.right).toBeLessThan(l.left);
    // Scrolled to the end of the list, the panel is still on screen beside it.
    await page.getByTestId('problem').last().scrollIntoViewIfNeeded();
    const stuck = await box(panel);
    expect(stuck.top).toBeGreaterThanOrEqual(-1);
    expect(stuck.top).toBeLessThan(768);
    await page.getByTestId('status-filter').getByRole('button', { name: /^完成/ }).click();
    await expect(count(page)).toHaveText('显示 1 / 15 个问题');
    await expectNoAxeViolations(page);
  });

  test('a click in a chart shows at once what it selected, how many match, and the way to them', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('filter-bar')).toHaveCount(0);
    await page.getByTestId('chart-status').getByRole('button', { name: /^基本完成/ }).click();
    const bar = page.getByTestId('filter-bar');
    await expect(bar).toBeVisible();
    await expect(page.getByTestId('filter-bar-count')).toHaveText('4 / 15 个问题');
    // On screen without scrolling: the list itself is far below.
    const seen = await box(bar);
    expect(seen.bottom).toBeLessThanOrEqual(768 + 1);
    expect(seen.top).toBeGreaterThan(0);
    expect((await box(page.locator('.zg-problems'))).top).toBeGreaterThan(768);
    await page.getByTestId('show-results').click();
    await expect(page.locator('.zg-problems h2')).toBeFocused();
    expect((await box(page.locator('.zg-problems h2'))).top).toBeLessThan(768);
    await expect(page.getByTestId('problem')).toHaveCount(4);
    await expectNoAxeViolations(page);
  });

  test('the timeline shows its counts and the nearest deadlines; the rest behind a switch', async ({ page }) => {
    await page.goto('/');
    const timeline = page.getByTestId('deadline-timeline');
    await expect(timeline.getByTestId('deadline-counts')).toHaveText('共 5 项整改时限，通报时已逾期 0 项，至今已逾期 5 项。');
    await expect(timeline.getByTestId('timeline-entry')).toHaveCount(3);
    // Every deadline of the reference report is past today: the nearest are the latest three.
    await expect(timeline.getByTestId('timeline-entry').first()).toContainText('2024年5月');
    const all = timeline.getByTestId('timeline-all');
    await expect(all).toHaveText('显示全部 5 项时限');
    await all.click();
    await expect(timeline.getByTestId('timeline-entry')).toHaveCount(5);
    await expect(all).toHaveAttribute('aria-expanded', 'true');
    await expect(timeline.getByTestId('timeline-entry').first()).toContainText('2023年12月');
  });

  test('switching the language keeps what the visitor had open, and the focus', async ({ page }) => {
    await page.goto('/?data=/fixtures/round.json');
    await expect(count(page)).toContainText('/ 240');
    const categoryChart = page.getByTestId('chart-category');
    await categoryChart.getByText('查看数据表').click();
    await page.getByTestId('timeline-all').click();
    await page.getByRole('button', { name: '再显示 50 个' }).first().click();
    await expect(page.getByTestId('problem')).toHaveCount(100);
    await page.getByTestId('unit-filter').getByRole('button').first().click();
    await page.getByTestId('unit-filter').getByRole('button').first().click();
    await expect(page.getByTestId('problem')).toHaveCount(50);
    await page.getByRole('button', { name: '再显示 50 个' }).first().click();
    await expect(page.getByTestId('problem')).toHaveCount(100);
    const language = page.getByRole('button', { name: 'Switch to English' });
    await language.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Charts' })).toBeVisible();
    await expect(page.getByRole('button', { name: '切换到中文' })).toBeFocused();
    await expect(categoryChart.locator('details.zg-chart-table')).toHaveJSProperty('open', true);
    await expect(categoryChart.getByRole('table')).toBeVisible();
    await expect(page.getByTestId('timeline-all')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('problem')).toHaveCount(100);
    await page.getByTestId('status-filter').getByRole('button').first().click();
    await expect(page.getByTestId('status-filter').getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
    await expect(count(page)).toContainText('of 240 problems');
  });
});

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('one column; the filters open from a button at the top of the list', async ({ page }) => {
    await page.goto('/');
    await expect(count(page)).toHaveText('显示 15 / 15 个问题');
    const toggle = page.getByTestId('filters-toggle');
    await expect(toggle).toHaveText('筛选和搜索');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('status-filter')).toBeHidden();
    const [status, category] = [await box(page.getByTestId('chart-status')), await box(page.getByTestId('chart-category'))];
    expect(category.top).toBeGreaterThan(status.bottom);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByTestId('status-filter').getByRole('button', { name: /^基本完成/ }).click();
    await expect(count(page)).toHaveText('显示 4 / 15 个问题');
    await expect(toggle).toHaveText('筛选和搜索（1 项）');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});
