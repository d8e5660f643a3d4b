// What a visitor does with the reference report: filter, search, open a problem, share the view.
import { test, expect } from './support/test.mjs';
import AxeBuilder from '@axe-core/playwright';

const count = (page) => page.getByTestId('result-count');
const statusToggle = (page, name) => page.getByTestId('status-filter').getByRole('button', { name });
const categoryToggle = (page, name) => page.getByTestId('category-filter').getByRole('button', { name });

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).include('.zg').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

test('a status toggle filters the list, the summary and the URL, and its chip removes it', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('显示 15 / 15 个问题');
  await statusToggle(page, /^基本完成/).click();
  await expect(statusToggle(page, /^基本完成/)).toHaveAttribute('aria-pressed', 'true');
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
  await expect(page.getByTestId('problem')).toHaveCount(4);
  await expect(page.getByTestId('total')).toContainText('4 / 15');
  await expect(page).toHaveURL(/zg\.s=jiben-wancheng/);
  await page.getByTestId('filter-bar').getByRole('button', { name: '移除筛选：基本完成' }).click();
  await expect(count(page)).toHaveText('显示 15 / 15 个问题');
  await expect(page.getByTestId('filter-bar')).toHaveCount(0);
  await expect(page).not.toHaveURL(/zg\./);
});

test('categories and statuses combine; clear all resets them', async ({ page }) => {
  await page.goto('/');
  await categoryToggle(page, /管理体制机制不够完善/).click();
  await categoryToggle(page, /土地、厂房节约集约利用水平不高/).click();
  await expect(count(page)).toHaveText('显示 7 / 15 个问题');
  await statusToggle(page, /^完成/).click();
  await expect(count(page)).toHaveText('显示 1 / 15 个问题');
  await expect(page.getByTestId('problem')).toContainText('关于平台公司人员招录程序不够规范的问题');
  await page.getByRole('button', { name: '清除全部筛选' }).click();
  await expect(count(page)).toHaveText('显示 15 / 15 个问题');
});

test('search matches Chinese substrings and highlights them in the detail', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('搜索').fill('700套');
  await expect(count(page)).toHaveText('显示 1 / 15 个问题');
  const card = page.getByTestId('problem');
  await card.getByRole('button', { name: /关于仍有部分安置房未如期交付的问题/ }).click();
  const detail = page.getByTestId('detail');
  await expect(detail.locator('mark')).toHaveText('700 套');
  await expect(detail.locator('.zg-metric').first()).toBeVisible();
  await expect(detail.getByTestId('deadline').first()).toContainText('2024 年 5 月底前');
  await expect(detail.getByTestId('deadline').first()).toContainText('截至通报日期未到期');
  await expect(page).toHaveURL(/zg\.q=700%E5%A5%97/);
  await expect(page).toHaveURL(/zg\.p=p07/);
});

test('no match names the filters to remove', async ({ page }) => {
  await page.goto('/');
  await statusToggle(page, /^完成/).click();
  await page.getByLabel('搜索').fill('安置房');
  await expect(page.getByTestId('empty')).toContainText('没有符合条件的问题。');
  await expect(page.getByTestId('empty')).toContainText('可以试着移除：整改状态筛选、搜索词');
  await expect(count(page)).toHaveText('显示 0 / 15 个问题');
});

test('a shared link reopens the same view and the host page keeps its own keys, hash and history state', async ({ page }) => {
  await page.goto('/?host=keep&zg.c=c7&zg.s=jiben-wancheng&zg.sort=status&zg.p=p12#section-2');
  await expect(count(page)).toHaveText('显示 1 / 15 个问题');
  await expect(page.getByTestId('detail')).toContainText('借用的聘用人员已全部清理规范到位');
  await expect(page.getByTestId('status-filter').getByRole('button', { pressed: true })).toHaveCount(1);
  await page.evaluate(() => history.replaceState({ spa: 'route-1' }, '', location.href));
  const before = await page.evaluate(() => history.length);
  await statusToggle(page, /^基本完成/).click();
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
  // The address follows the view a moment after the click (基本完成 was on, so its key goes).
  await expect(page).not.toHaveURL(/zg\.s=/);
  const after = await page.evaluate(() => ({ length: history.length, state: history.state, search: location.search, hash: location.hash }));
  expect(after.length).toBe(before);
  expect(after.state).toEqual({ spa: 'route-1' });
  expect(after.hash).toBe('#section-2');
  expect(after.search.startsWith('?host=keep&')).toBe(true);
  await page.reload();
  await expect(count(page)).toHaveText('显示 4 / 15 个问题', { timeout: 10_000 });
  await expect(page.getByTestId('detail')).toBeVisible();
});

test('tampered link values are ignored, never fatal', async ({ page }) => {
  await page.goto('/?zg.c=nope,c99&zg.sort=sideways&zg.q=%E0%A4%A&zg.p=%3Cscript%3E&zg.s=wancheng&zg.s=jiben-wancheng');
  await expect(page.getByTestId('problem')).toHaveCount(1);
  await expect(count(page)).toHaveText('显示 1 / 15 个问题');
  await page.goto('/?zg.v=99&zg.s=wancheng');
  await expect(count(page)).toHaveText('显示 15 / 15 个问题');
});

test('keyboard only: filter, then list, then detail', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('显示 15 / 15 个问题');
  const target = statusToggle(page, /^长期整改 II/);
  let guard = 0;
  while (!(await target.evaluate((el) => el === document.activeElement)) && guard++ < 60) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('显示 1 / 15 个问题');
  const cardButton = page.getByTestId('problem').getByRole('button');
  guard = 0;
  while (!(await cardButton.evaluate((el) => el === document.activeElement)) && guard++ < 60) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(cardButton).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('detail')).toContainText('编者注');
});

test('copy link confirms with a message', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await statusToggle(page, /^完成/).click();
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-status')).toHaveText('链接已复制，可粘贴分享。');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?zg\.v=1&zg\.s=wancheng$/);
});

test('English on request: the interface switches, the data and the view stay', async ({ page }) => {
  await page.goto('/?zg.s=wancheng');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(count(page)).toHaveText('Showing 1 of 15 problems');
  await expect(page.getByRole('heading', { name: 'Problems' })).toBeVisible();
  await expect(page.getByTestId('problem')).toContainText('关于平台公司人员招录程序不够规范的问题');
  await expect(page.locator('.zg')).toHaveAttribute('lang', 'en');
});

test('summary shows totals by kind, declared figures and the consistency check', async ({ page }) => {
  await page.goto('/');
  const summary = page.locator('.zg-summary');
  await expect(summary).toContainText('长期整改10 (67%)');
  await expect(summary).toContainText('信访件办结13 / 13');
  await expect(summary).toContainText('制度性文件21');
  await expect(page.getByTestId('consistency')).toHaveText('通报声明的问题数与逐条统计一致。');
});

test('accessibility: no axe violations by default, filtered, and with a detail open', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('显示 15 / 15 个问题');
  await expectNoAxeViolations(page);
  await statusToggle(page, /^基本完成/).click();
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
  await expectNoAxeViolations(page);
  await page.getByTestId('problem').first().getByRole('button').click();
  await expect(page.getByTestId('detail')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('charts: clicking a status bar or a category bar sets that filter; Enter and Space do too', async ({ page }) => {
  await page.goto('/');
  const statusChart = page.getByTestId('chart-status');
  await expect(statusChart.locator('.zg-chart-labels svg')).toBeVisible();
  await statusChart.getByRole('button', { name: '基本完成：4 个问题' }).click();
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
  await expect(statusToggle(page, /^基本完成/)).toHaveAttribute('aria-pressed', 'true');
  await expect(statusChart.getByRole('button', { name: /^基本完成/ })).toHaveAttribute('aria-pressed', 'true');
  const categoryChart = page.getByTestId('chart-category');
  await categoryChart.getByRole('button', { name: /^管理体制机制不够完善/ }).focus();
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('显示 1 / 15 个问题');
  await expect(page).toHaveURL(/zg\.c=c7/);
  await categoryChart.getByRole('button', { name: /^管理体制机制不够完善/ }).focus();
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
});

test('a filter change redraws the bars of a chart and leaves its labels in place', async ({ page }) => {
  await page.goto('/');
  const categoryChart = page.getByTestId('chart-category');
  const labels = categoryChart.locator('.zg-chart-labels svg');
  const bars = categoryChart.locator('.zg-chart-bars svg');
  await expect(labels).toContainText('招商引资项目质量不够高');
  await labels.evaluate((svg) => { svg.dataset.before = 'yes'; });
  await bars.evaluate((svg) => { svg.dataset.before = 'yes'; });
  const land = categoryChart.getByRole('button', { name: /^土地、厂房节约集约利用水平不高/ });
  await expect(land).toHaveAttribute('aria-label', '土地、厂房节约集约利用水平不高：3 个问题');
  await land.evaluate((rect) => { rect.dataset.before = 'yes'; });
  await statusToggle(page, /^基本完成/).click();
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
  await expect(bars).not.toHaveAttribute('data-before', 'yes');
  await expect(labels).toHaveAttribute('data-before', 'yes');
  // The toggles over the bars stay where they were, and say the new counts.
  await expect(land).toHaveAttribute('aria-label', '土地、厂房节约集约利用水平不高：0 个问题');
  await expect(land).toHaveAttribute('data-before', 'yes');
});

test('cross-filtering: a chart\'s own selection emphasises its bars and keeps their counts; the rest follows', async ({ page }) => {
  await page.goto('/');
  const statusChart = page.getByTestId('chart-status');
  const bar = (name) => statusChart.getByRole('button', { name });
  await expect(bar(/^完成/)).toHaveAttribute('aria-label', '完成：1 个问题');
  await bar(/^基本完成/).click();
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
  // The chart clicked in keeps every count; the selected bar says so, the others are not pressed.
  await expect(bar(/^基本完成/)).toHaveAttribute('aria-label', '基本完成：4 个问题，已选中');
  await expect(bar(/^基本完成/)).toHaveAttribute('aria-pressed', 'true');
  await expect(bar(/^完成/)).toHaveAttribute('aria-label', '完成：1 个问题');
  await expect(bar(/^完成/)).toHaveAttribute('aria-pressed', 'false');
  await expect(bar(/^长期整改 I：/)).toHaveAttribute('aria-label', '长期整改 I：9 个问题');
  // The other bars are drawn faded, the selected one outlined.
  const drawn = await statusChart.locator('.zg-chart-bars svg').innerHTML();
  expect(drawn).toContain('opacity="0.3"');
  // The other chart, the cards and the list follow the selection.
  const categoryChart = page.getByTestId('chart-category');
  await categoryChart.getByText('查看数据表').click();
  const total = async () => (await categoryChart.locator('tbody tr td:last-child').allTextContents()).map(Number).reduce((a, b) => a + b, 0);
  await expect.poll(total).toBe(4);
  await expect(page.getByTestId('problem')).toHaveCount(4);
  // A second status adds to the selection; clicking a selected bar again takes it off.
  await bar(/^完成/).click();
  await expect(count(page)).toHaveText('显示 5 / 15 个问题');
  await bar(/^基本完成/).click();
  await expect(count(page)).toHaveText('显示 1 / 15 个问题');
  await bar(/^完成/).click();
  await expect(count(page)).toHaveText('显示 15 / 15 个问题');
  expect(await statusChart.locator('.zg-chart-bars svg').innerHTML()).not.toContain('opacity="0.3"');
  await expectNoAxeViolations(page);
});

test('charts have data tables with the same numbers, and labels drawn as escaped text', async ({ page }) => {
  await page.goto('/');
  const categoryChart = page.getByTestId('chart-category');
  await categoryChart.getByText('查看数据表').click();
  const row = categoryChart.getByRole('row', { name: /土地、厂房节约集约利用水平不高/ });
  await expect(row).toContainText('3');
  await expect(categoryChart.locator('.zg-chart-svg text').first()).toBeVisible();
  await page.goto('/?data=/fixtures/html-payload.json');
  const drawn = page.getByTestId('chart-category').locator('.zg-chart-svg');
  await expect(drawn).toContainText('<script>', { useInnerText: false });
  expect(await drawn.locator('script, img, foreignObject').count()).toBe(0);
  expect(await page.evaluate(() => window.__zgPwned)).toBeUndefined();
});

test('the charts never add elements to the page body (plotters does not measure text)', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('显示 15 / 15 个问题');
  const bodyChildren = await page.evaluate(() => [...document.body.children].map((e) => e.tagName + '#' + e.id));
  await statusToggle(page, /^完成/).click();
  await expect(count(page)).toHaveText('显示 1 / 15 个问题');
  expect(await page.evaluate(() => [...document.body.children].map((e) => e.tagName + '#' + e.id))).toEqual(bodyChildren);
  expect(await page.locator('body > span').count()).toBe(0);
});

test('layout holds from a 320 px phone to 200% zoom without sideways scrolling', async ({ browser }) => {
  for (const viewport of [{ width: 320, height: 800 }, { width: 640, height: 800 }]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByTestId('problem')).toHaveCount(15);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at ${viewport.width}px`).toBeLessThanOrEqual(0);
    await context.close();
  }
});

test('a 10,000-problem dataset renders a page of cards and filters without freezing', async ({ page }) => {
  const reference = JSON.parse(await (await import('node:fs/promises')).readFile(new URL('../../data/shaoyang-jingkaiqu-2023-12-22.json', import.meta.url), 'utf8'));
  const problems = [];
  for (let i = 0; i < 10_005; i++) {
    const base = reference.problems[i % reference.problems.length];
    problems.push({ ...base, id: `q${i}`, number: String(i + 1) });
  }
  const big = { ...reference, problems, declared: undefined };
  await page.route((url) => url.pathname === '/big.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }));
  await page.goto('/?data=/big.json');
  await expect(count(page)).toHaveText('显示 10005 / 10005 个问题', { timeout: 15_000 });
  await expect(page.getByTestId('problem')).toHaveCount(50);
  await page.getByRole('button', { name: '再显示 50 个' }).click();
  await expect(page.getByTestId('problem')).toHaveCount(100);
  await statusToggle(page, /^完成/).click();
  await expect(count(page)).toHaveText('显示 667 / 10005 个问题');
  await expect(page.getByTestId('problem')).toHaveCount(50);
  const probe = await page.evaluate(() => new Promise((resolve) => { const start = performance.now(); setTimeout(() => resolve(performance.now() - start), 0); }));
  expect(probe).toBeLessThan(1000);
  // With the list's top on screen, a filter change draws a screenful of cards in the frame that answers the
  // click, and the rest of the page in the task after that frame is painted (src/draw_in_steps.rs; a web.rs
  // test covers a list off screen and one the visitor has scrolled into).
  const [drawnAtOnce, drawnAfter] = await page.evaluate(async () => {
    const cards = () => document.querySelectorAll('[data-testid=problem]').length;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // The count just above the list at the top of the screen. Sections take their real height as they come near
    // the screen: scroll until it stays.
    const count = document.querySelector('[data-testid=result-count]');
    for (let i = 0; i < 10; i += 1) {
      count.scrollIntoView({ block: 'start' });
      await frame();
      await frame();
      if (Math.abs(count.getBoundingClientRect().top) < 2) break;
    }
    [...document.querySelectorAll('[data-testid=status-filter] button')].find((b) => b.querySelector('.zg-toggle-label')?.textContent === '完成').click();
    await new Promise((resolve) => setTimeout(resolve, 0)); // queued before the catch-up, so it runs first
    const atOnce = cards();
    for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return [atOnce, cards()];
  });
  expect(drawnAtOnce).toBe(8);
  expect(drawnAfter).toBe(50);
  await expect(count(page)).toHaveText('显示 10005 / 10005 个问题');
});

test('in English the timeline keeps a space between each label and its date', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  const first = page.locator('.zg-timeline li').first();
  await expect(first).toContainText('Inspection on site');
  const gap = await first.evaluate((li) => {
    const [label, date] = li.querySelectorAll('span');
    return date.getBoundingClientRect().left - label.getBoundingClientRect().right;
  });
  expect(gap).toBeGreaterThan(3);
});
