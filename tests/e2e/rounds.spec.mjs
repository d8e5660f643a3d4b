// A whole inspection round (tests/e2e/fixtures/round.json: `zhenggai synth --units 12 --problems 240 --seed 7`):
// the units ranked by completion rate, drilling down to one unit and back, finding a unit by name, and the
// deadline timeline with its overdue filter.
import { test, expect } from './support/test.mjs';
import AxeBuilder from '@axe-core/playwright';

const ROUND = '/?data=/fixtures/round.json';
const count = (page) => page.getByTestId('result-count');
const percent = (text) => Number(text.replace('%', ''));

test('units are ranked by completion rate, in the table and the chart', async ({ page }) => {
  await page.goto(ROUND);
  await expect(count(page)).toHaveText('显示 240 / 240 个问题');
  const table = page.getByTestId('unit-progress').locator('tbody tr');
  await expect(table).toHaveCount(12);
  const rates = await table.locator('td:nth-child(6)').allTextContents();
  const sorted = [...rates].map(percent).sort((a, b) => b - a);
  expect(rates.map(percent)).toEqual(sorted);
  expect(new Set(rates).size).toBeGreaterThan(1);
  // Totals add up to the round.
  const totals = (await table.locator('td:nth-child(3)').allTextContents()).map(Number);
  expect(totals.reduce((a, b) => a + b, 0)).toBe(240);
  // The chart draws the same ranking, one toggle per unit, with the unit's rate in its name.
  const bars = page.getByTestId('chart-unit').locator('rect.zg-hit');
  await expect(bars).toHaveCount(12);
  const first = await table.first().locator('th').textContent();
  await expect(bars.first()).toHaveAttribute('aria-label', new RegExp(`^${first} · ${Math.round(percent(rates[0]))}%`));
});

test('drilling down to one unit and back to the round', async ({ page }) => {
  await page.goto(ROUND);
  const row = page.getByTestId('unit-progress').locator('tbody tr').nth(2);
  const name = (await row.locator('th').textContent()).trim();
  const total = await row.locator('td:nth-child(3)').textContent();
  await row.getByRole('button', { name: `只看${name}` }).click();
  await expect(page.getByTestId('drilled-unit')).toContainText(`正在查看：${name}`);
  await expect(page.getByTestId('drilled-unit')).toContainText('第 3 / 12 名');
  await expect(count(page)).toHaveText(`显示 ${total} / 240 个问题`);
  await expect(page).toHaveURL(/zg\.u=u0\d\d/);
  // The ranking stays in view while drilled down, and a reload keeps the unit.
  await expect(page.getByTestId('unit-progress').locator('tbody tr')).toHaveCount(12);
  await page.reload();
  await expect(page.getByTestId('drilled-unit')).toContainText(name);
  await page.getByRole('button', { name: '返回全部单位' }).click();
  await expect(page.getByTestId('drilled-unit')).toHaveCount(0);
  await expect(count(page)).toHaveText('显示 240 / 240 个问题');
});

test('charts and the units table scrolled off screen catch up with a filter click right after its paint', async ({ page }) => {
  await page.goto(ROUND);
  await expect(count(page)).toHaveText('显示 240 / 240 个问题');
  const seen = await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const filter = document.querySelector('[data-testid=status-filter] button');
    // The filter in the middle of the screen, the charts and the table above it (sections take their real
    // height as they come near the screen: scroll until it stays).
    for (let i = 0; i < 10; i += 1) {
      filter.scrollIntoView({ block: 'center' });
      await frame();
    }
    const above = ['.zg-charts', '.zg-units'].every((s) => document.querySelector(s).getBoundingClientRect().bottom < 0);
    const shown = () => [
      document.querySelector('[data-testid=chart-status] .zg-chart-bars').innerHTML,
      document.querySelector('[data-testid=unit-progress] tbody').textContent,
    ];
    const before = shown();
    filter.click();
    // In the frame that answers the click (after its reactive updates, before its paint)…
    const inThatFrame = await new Promise((resolve) => requestAnimationFrame(() => resolve(shown())));
    // …and in the task after that paint.
    await frame();
    return { above, before, inThatFrame, after: shown(), count: document.querySelector('[data-testid=result-count]').textContent };
  });
  expect(seen.above).toBe(true);
  expect(seen.count).not.toContain('240 / 240');
  expect(seen.inThatFrame).toEqual(seen.before);
  expect(seen.after[0]).not.toEqual(seen.before[0]);
  expect(seen.after[1]).not.toEqual(seen.before[1]);
  // Scrolled back to, they show the filtered counts as if they had been on screen all along.
  await page.getByTestId('chart-status').scrollIntoViewIfNeeded();
  const pressed = page.getByTestId('status-filter').getByRole('button').first();
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');
  const name = (await pressed.locator('.zg-toggle-label').textContent()).trim();
  const passing = Number(/^显示 (\d+)/.exec(seen.count)[1]);
  await expect(page.getByTestId('chart-status').getByRole('button', { name: `${name}：${passing} 个问题` })).toBeVisible();
});

test('the unit filter finds a unit by part of its name', async ({ page }) => {
  await page.goto(ROUND);
  const group = page.getByTestId('unit-filter');
  await expect(group.getByRole('button')).toHaveCount(12);
  await group.getByLabel('查找单位').fill('财政');
  const visible = group.locator('button:visible');
  await expect(visible).toHaveCount(3);
  for (const label of await visible.allTextContents()) expect(label).toContain('财政局');
  await visible.first().click();
  await group.getByLabel('查找单位').fill('');
  await expect(group.locator('button:visible')).toHaveCount(12);
  await expect(group.locator('[aria-pressed="true"]')).toHaveCount(1);
});

test('the deadline timeline lists commitments by date and filters to the overdue ones', async ({ page }) => {
  await page.goto(ROUND);
  const timeline = page.getByTestId('deadline-timeline');
  const counts = await timeline.getByTestId('deadline-counts').textContent();
  const [, total, atReport, today] = /共 (\d+) 项整改时限，通报时已逾期 (\d+) 项，至今已逾期 (\d+) 项/.exec(counts).map(Number);
  expect(total).toBeGreaterThan(20);
  expect(atReport).toBeGreaterThan(0);
  expect(today).toBeGreaterThanOrEqual(atReport);
  // At first the three nearest to today; then all of them, a page at a time.
  await expect(timeline.getByTestId('timeline-entry')).toHaveCount(3);
  await timeline.getByTestId('timeline-all').click();
  await expect(timeline.getByTestId('timeline-entry')).toHaveCount(20);
  // Earliest first, by the day each period ends ("2024-05" ends on the 31st).
  const ends = (await timeline.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime'))))
    .map((d) => {
      const [y, m, day] = d.split('-').map(Number);
      if (day) return d;
      const last = new Date(Date.UTC(y, m || 12, 0)); // day 0 of the next month: the period's last day
      return last.toISOString().slice(0, 10);
    });
  expect(ends.length).toBe(20);
  expect([...ends].sort()).toEqual(ends);

  await timeline.getByTestId('overdue-only').check();
  await expect(page).toHaveURL(/zg\.od=1/);
  await expect(timeline.getByTestId('deadline-counts')).toContainText(`至今已逾期 ${today} 项`);
  const shown = await count(page).textContent();
  const overdueProblems = Number(/显示 (\d+) \//.exec(shown)[1]);
  expect(overdueProblems).toBeGreaterThan(0);
  expect(overdueProblems).toBeLessThan(240);
  // Every listed problem's deadlines are shown; the overdue badges name the moment they lapsed.
  for (const badge of await timeline.locator('.zg-due-overdue').allTextContents()) {
    expect(['通报时已逾期', '至今已逾期']).toContain(badge);
  }
  // The filter shows as a removable chip, and the detail opens from the timeline.
  await page.getByTestId('filter-bar').getByRole('button', { name: '移除筛选：只看已逾期的整改时限' }).click();
  await expect(count(page)).toHaveText('显示 240 / 240 个问题');
  await timeline.getByRole('button', { name: '查看问题' }).first().click();
  await expect(timeline.getByTestId('detail')).toBeVisible();
});

test('the round view passes axe', async ({ page }) => {
  await page.goto(`${ROUND}&zg.v=1&zg.u=u003`);
  await expect(page.getByTestId('drilled-unit')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.zg').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('progress over time: the latest report compared with an earlier one of the same round', async ({ page }) => {
  // round-later.json is `zhenggai synth … --seed 7 --later`: the same 240 problems six months on.
  await page.goto('/?data=/fixtures/round-later.json&compare=/fixtures/round.json');
  const panel = page.getByTestId('progress');
  const summary = panel.getByTestId('progress-summary');
  await expect(summary).toContainText('两份通报共有 240 个相同问题');
  const [, changed, forward, back] = /其中 (\d+) 个状态有变化：推进 (\d+) 个，倒退 (\d+) 个/.exec(await summary.textContent()).map(Number);
  expect(changed).toBeGreaterThan(0);
  expect(forward).toBe(changed);
  expect(back).toBe(0);
  // The table of moves accounts for all 240 problems; the list shows the changed ones, 30 at a time.
  const cells = (await panel.getByTestId('transitions').locator('tbody td').allTextContents()).map(Number);
  expect(cells.reduce((a, b) => a + b, 0)).toBe(240);
  await expect(panel.getByTestId('changed-problem')).toHaveCount(Math.min(30, changed));
  await expect(panel.getByTestId('changed-problem').first()).toContainText('→');
  await expect(panel.getByTestId('chart-progress').locator('[role=img]')).toHaveAttribute('aria-label', /早前通报.*最新通报/);
  // Given the other way round, the panel still compares earlier → latest.
  await page.goto('/?data=/fixtures/round.json&compare=/fixtures/round-later.json');
  await expect(page.getByTestId('progress-summary')).toContainText(`推进 ${forward} 个`);
  const results = await new AxeBuilder({ page }).include('.zg').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('progress over time: an unreachable earlier report is said so, and the dashboard still works', async ({ page }) => {
  await page.goto('/?data=/fixtures/round-later.json&compare=/fixtures/missing.json');
  await expect(page.getByTestId('progress').getByRole('alert')).toContainText('无法载入用于对比的通报');
  await expect(page.getByTestId('progress').getByRole('alert')).toContainText('404');
  await expect(page.getByTestId('result-count')).toHaveText('显示 240 / 240 个问题');
});

test('a round of many units shows the first units of the ranking, the chart and the filter until asked for all', async ({ page }) => {
  // round-30.json: `zhenggai synth --units 30 --problems 90 --seed 3`.
  await page.goto('/?data=/fixtures/round-30.json');
  const rows = page.getByTestId('unit-progress').locator('tbody tr');
  await expect(rows).toHaveCount(20);
  await page.getByTestId('standings-show-all').click();
  await expect(rows).toHaveCount(30);
  await expect(page.getByTestId('standings-show-all')).toHaveText('只显示前 20 个单位');
  const bars = page.getByTestId('chart-unit').locator('rect.zg-hit');
  await expect(bars).toHaveCount(15);
  await page.getByTestId('units-show-all').click();
  await expect(bars).toHaveCount(30);
  // The unit filter offers a search box from 9 units up, and shows its first 20 units until asked for all; the
  // box finds the others, and a selected unit stays shown.
  const filter = page.getByTestId('unit-filter');
  await expect(filter.getByLabel('查找单位')).toBeVisible();
  const unitButtons = filter.locator('.zg-toggle:visible');
  await expect(unitButtons).toHaveCount(20);
  const showAllUnits = filter.getByTestId('unit-filter-show-all');
  await showAllUnits.click();
  await expect(unitButtons).toHaveCount(30);
  await expect(showAllUnits).toHaveText('只显示前 20 个单位');
  const lastUnit = (await unitButtons.last().locator('.zg-toggle-label').textContent()).trim();
  await showAllUnits.click();
  await expect(unitButtons).toHaveCount(20);
  await filter.getByLabel('查找单位').fill(lastUnit);
  await expect(unitButtons).toHaveCount(1);
  await unitButtons.first().click();
  await filter.getByLabel('查找单位').fill('');
  await expect(unitButtons).toHaveCount(21);
  await expect(filter.locator('[aria-pressed="true"]')).toContainText(lastUnit);
});

// tests/e2e/fixtures/merged-round.json: `zhenggai merge` of the reference report, two imported units' reports with
// other status words, and a synthetic round (tests/e2e/fixtures/merge/README.md).
test('a round merged from units\' reports ranks the units and shows each unit its own status words', async ({ page }) => {
  await page.goto('/?data=/fixtures/merged-round.json');
  await expect(count(page)).toHaveText('显示 41 / 41 个问题');
  const table = page.getByTestId('unit-progress').locator('tbody tr');
  await expect(table).toHaveCount(6);
  const rates = (await table.locator('td:nth-child(6)').allTextContents()).map(percent);
  expect(rates).toEqual([...rates].sort((a, b) => b - a));
  const words = async (unit) => {
    await page.getByTestId('unit-progress').getByRole('button', { name: `只看${unit}` }).click();
    await expect(page.getByTestId('drilled-unit')).toContainText(`正在查看：${unit}`);
    await expect(count(page)).toHaveText('显示 3 / 41 个问题');
    const labels = [...new Set(await page.getByTestId('status-badge').allTextContents())].sort();
    await page.getByRole('button', { name: '返回全部单位' }).click();
    return labels;
  };
  expect(await words('某县自然资源局')).toEqual(['已完成', '正在整改']);
  expect(await words('某县交通运输局')).toEqual(['基本完成', '完成']);
  const results = await new AxeBuilder({ page }).include('.zg').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a merged round counts its statuses by kind, and a kind\'s bar selects every unit\'s word for it', async ({ page }) => {
  await page.goto('/?data=/fixtures/merged-round.json');
  const bars = page.getByTestId('chart-status').locator('rect.zg-hit');
  await expect(bars).toHaveCount(4);
  await expect(bars.first()).toHaveAttribute('aria-label', /^已完成[：:]\s*18/);
  await bars.first().click();
  await expect(count(page)).toHaveText('显示 18 / 41 个问题');
  await expect(bars.first()).toHaveAttribute('aria-pressed', 'true');
  // Both units' words for "done" are selected in the filters, each unit's own word still on its problems.
  const filters = page.getByTestId('status-filter');
  await expect(filters.getByRole('button', { name: /^完成/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(filters.getByRole('button', { name: /^已完成/ })).toHaveAttribute('aria-pressed', 'true');
  await bars.first().click();
  await expect(count(page)).toHaveText('显示 41 / 41 个问题');
});
