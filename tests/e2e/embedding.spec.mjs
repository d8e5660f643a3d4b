// Embedding in pages we do not control: isolation, several instances, strict CSP, iframe, fallback, API.
import { test, expect } from '@playwright/test';

test('a hostile host page: both widgets render, stay isolated and independent, and the host state is untouched', async ({ page, baseURL }) => {
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/fixtures/hostile.html?page=2&sort=host#top');
  const a = page.locator('#a');
  const b = page.locator('#b');
  await expect(a.getByTestId('report-title')).toHaveText('另一份通报（测试数据）');
  await expect(b.getByTestId('result-count')).toHaveText('Showing 1 of 15 problems');
  await expect(a.getByTestId('result-count')).toHaveText('显示 15 / 15 个问题');

  // The host's CSS does not reach inside; ours does not leak out.
  expect(await a.locator('.zg').evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
  expect(await a.locator('.zg-toggle').first().evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
  expect(await page.locator('#host-heading').evaluate((el) => getComputedStyle(el).fontSize)).toBe('30px');
  expect(await page.locator('#host-after').evaluate((el) => getComputedStyle(el).fontFamily)).not.toContain('PingFang');

  // Filters are independent, and each writes only its own keys.
  await a.getByTestId('status-filter').getByRole('button', { name: /^基本完成/ }).click();
  await expect(a.getByTestId('result-count')).toHaveText('显示 4 / 15 个问题');
  await expect(b.getByTestId('result-count')).toHaveText('Showing 1 of 15 problems');
  await expect(page).toHaveURL(/a\.s=jiben-wancheng/);
  const host = await page.evaluate(() => ({ search: location.search, hash: location.hash, state: history.state }));
  expect(host.search).toMatch(/^\?page=2&sort=host&/);
  expect(host.search).toContain('a.s=jiben-wancheng');
  expect(host.search).toContain('b.s=wancheng');
  expect(host.hash).toBe('#top');
  expect(host.state).toEqual({ spa: 'host-route' });

  // Events reach the host page with the shareable URL.
  const events = await page.evaluate(() => window.__zgEvents);
  expect(events.filter((e) => e.name === 'zhenggai:ready').map((e) => e.target).sort()).toEqual(['a', 'b']);
  const last = events.filter((e) => e.name === 'zhenggai:filterchange' && e.target === 'a').at(-1);
  expect(last.detail.query).toBe('a.v=1&a.s=jiben-wancheng');
  expect(last.detail.url).toContain('a.s=jiben-wancheng');

  // Reloading the shared URL restores both views.
  await page.reload();
  await expect(page.locator('#a').getByTestId('result-count')).toHaveText('显示 4 / 15 个问题');
  await expect(page.locator('#b').getByTestId('result-count')).toHaveText('Showing 1 of 15 problems');

  // Only our own origin was asked for anything, and the wasm module was fetched once for both widgets.
  const origin = new URL(baseURL).origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(requests.filter((url) => url.endsWith('.wasm')).length).toBe(2); // once per page load, two loads
});

test('under a strict CSP the script embed renders and works with zero violations', async ({ page }) => {
  const response = await page.goto('/fixtures/csp/');
  expect(response.headers()['content-security-policy']).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  const board = page.locator('#board');
  await expect(board.getByTestId('problem')).toHaveCount(15);
  await board.getByTestId('chart-status').getByRole('button', { name: '基本完成：4 个问题' }).click();
  await expect(board.getByTestId('result-count')).toHaveText('显示 4 / 15 个问题');
  await board.getByLabel('搜索').fill('平台公司');
  await board.getByTestId('problem').first().getByRole('button').click();
  await expect(board.getByTestId('detail')).toBeVisible();
  await board.getByRole('button', { name: 'Switch to English' }).click();
  await expect(board.getByTestId('result-count')).toContainText('Showing');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('where the CSP forbids WebAssembly the box shows a visible note', async ({ page }) => {
  await page.goto('/fixtures/nowasm/');
  const note = page.locator('#board .zg-embed-failed');
  await expect(note).toBeVisible();
  await expect(note).toContainText('整改看板无法在此浏览器或页面中运行');
});

test('the iframe embed sizes itself and keeps its view in the host URL', async ({ page }) => {
  await page.goto('/fixtures/frame-host.html?host=1');
  const frame = page.frameLocator('#zhenggai-frame');
  await expect(frame.getByTestId('problem')).toHaveCount(15);
  await expect.poll(async () => page.locator('#zhenggai-frame').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(1000);
  const inner = await page.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = await page.locator('#zhenggai-frame').evaluate((el) => el.clientHeight);
  expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
  // The frame is narrower than the wide layout: the filters open from the button at the top of the list.
  await frame.getByTestId('filters-toggle').click();
  await frame.getByTestId('status-filter').getByRole('button', { name: /^完成/ }).click();
  await expect(frame.getByTestId('result-count')).toHaveText('显示 1 / 15 个问题');
  await expect(page).toHaveURL(/\?host=1&zg\.v=1&zg\.s=wancheng$/);
  await page.reload();
  await expect(page.frameLocator('#zhenggai-frame').getByTestId('result-count')).toHaveText('显示 1 / 15 个问题');
});

test('the JavaScript API mounts, reports changes, refuses bad arguments, and destroys', async ({ page }) => {
  await page.goto('/fixtures/lifecycle.html');
  await page.waitForFunction(() => window.__lifecycle?.ready);
  const box = page.locator('#box');
  await expect(box.getByTestId('result-count')).toHaveText('Showing 1 of 15 problems');
  expect(await page.evaluate(() => window.__lifecycle.version)).toMatch(/^\d+\.\d+\.\d+$/);
  expect(await page.evaluate(() => window.__lifecycle.badArgument)).toContain('must be an HTML element');
  await box.getByTestId('status-filter').getByRole('button', { name: /^基本完成/ }).click();
  await expect.poll(() => page.evaluate(() => window.__lifecycle.events.at(-1))).toBe('api.v=1&api.s=jiben-wancheng%2Cwancheng');
  await page.evaluate(() => { window.__lifecycle.widget.destroy(); window.__lifecycle.widget.destroy(); });
  await expect(box.locator('.zg')).toHaveCount(0);
  expect(await page.evaluate(() => document.getElementById('box').innerHTML)).toBe('');
});

test('the embed generator produces both snippets', async ({ page }) => {
  await page.goto('/embed.html');
  await page.getByLabel('数据地址（JSON）').fill('https://example.gov.cn/report.json');
  await page.getByLabel('最大高度（像素，留空为不限）').fill('800');
  await expect(page.locator('#script-snippet')).toHaveValue(/<zhenggai-board data-src="https:\/\/example\.gov\.cn\/report\.json" height="800" theme="light"><\/zhenggai-board>/);
  await expect(page.locator('#script-snippet')).toHaveValue(/<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/zhenggai\.js"><\/script>/);
  await expect(page.locator('#iframe-snippet')).toHaveValue(/<iframe id="zhenggai-frame" title="巡视整改进展看板" src="http:\/\/127\.0\.0\.1:\d+\/index\.html\?data=https%3A%2F%2Fexample\.gov\.cn%2Freport\.json"/);
  await expect(page.locator('#iframe-snippet')).toHaveValue(/host-frame\.js" data-frame="zhenggai-frame"><\/script>/);
});

test('data-elderly on the element turns the elderly-friendly mode on; a widget without a theme is light even on a dark system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/embed.html');
  await page.evaluate(() => {
    const plain = document.createElement('zhenggai-board');
    plain.id = 'plain';
    const elderly = document.createElement('zhenggai-board');
    elderly.id = 'elderly';
    elderly.setAttribute('data-elderly', '');
    document.body.append(plain, elderly);
  });
  await expect(page.locator('#plain').getByTestId('problem')).toHaveCount(15);
  await expect(page.locator('#plain .zg')).toHaveClass(/zg-theme-light/);
  await expect(page.locator('#plain .zg')).not.toHaveClass(/zg-elderly/);
  await expect(page.locator('#elderly .zg')).toHaveClass(/zg-elderly/);
});

test('the generator writes the theme the web team picked, light included', async ({ page }) => {
  await page.goto('/embed.html');
  for (const [choice, value] of [['浅色', 'light'], ['深色', 'dark'], ['跟随系统', 'auto']]) {
    await page.getByLabel('配色').selectOption({ label: choice });
    await expect(page.locator('#script-snippet')).toHaveValue(new RegExp(`<zhenggai-board[^>]* theme="${value}"`));
  }
});
