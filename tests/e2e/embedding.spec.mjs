// Embedding in pages we do not control: isolation, several instances, strict CSP, iframe, fallback, API.
import { test, expect } from './support/test.mjs';

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
  // The frame's page shows its snapshot first; the widget takes over once the built-in report has arrived.
  await expect(frame.locator('.zg-snapshot')).toHaveCount(0, { timeout: 20_000 });
  await expect(frame.getByTestId('problem')).toHaveCount(15);
  await expect.poll(async () => page.locator('#zhenggai-frame').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(1000);
  // The host follows the frame's height message by message: the two agree once the last one has arrived.
  const gap = async () => {
    const inner = await page.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await page.locator('#zhenggai-frame').evaluate((el) => el.clientHeight);
    return Math.abs(outer - inner);
  };
  await expect.poll(gap).toBeLessThanOrEqual(2);
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
  await expect(page.locator('#script-snippet')).toHaveValue(/<zhenggai-board data-src="https:\/\/example\.gov\.cn\/report\.json" data-lang="zh" data-theme="light" data-height="800"><\/zhenggai-board>/);
  await expect(page.locator('#script-snippet')).toHaveValue(/<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/zhenggai\.js"><\/script>/);
  await expect(page.locator('#iframe-snippet')).toHaveValue(/<iframe id="zhenggai-frame" title="巡视整改进展看板" src="http:\/\/127\.0\.0\.1:\d+\/index\.html\?data=https%3A%2F%2Fexample\.gov\.cn%2Freport\.json&amp;lang=zh&amp;theme=light"/);
  await expect(page.locator('#iframe-snippet')).toHaveValue(/host-frame\.js" data-frame="zhenggai-frame"><\/script>/);
  await expect(page.locator('#snapshot-command')).toHaveValue(/^zhenggai snapshot 'report\.json' --embed 'http:\/\/127\.0\.0\.1:\d+\/' -o snapshot\.html$/);
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
    await expect(page.locator('#script-snippet')).toHaveValue(new RegExp(`<zhenggai-board[^>]* data-theme="${value}"`));
  }
});

// Every option of the widget's table, set as an attribute of <zhenggai-board>, has its effect; the list of options
// comes from the widget itself, so that an option added to the table without a check here fails this test.
test('every documented attribute on <zhenggai-board> has its effect', async ({ page }) => {
  await page.goto('/embed.html');
  const table = await page.evaluate(async () => (await import('/zhenggai.js')).mountOptionTable());
  const checked = ['src', 'compare', 'lang', 'ns', 'filters', 'theme', 'elderly', 'timeout', 'height', 'allow-data-param'];
  expect(table.map((option) => option.attribute).sort()).toEqual([...checked].sort());
  await page.goto('/embed.html?data=/fixtures/round.json&zg.q=x');
  await page.evaluate(() => {
    window.__zgErrors = [];
    document.addEventListener('zhenggai:error', (event) => window.__zgErrors.push(event.detail.message));
    document.getElementById('preview').remove();
    const board = document.createElement('zhenggai-board');
    board.id = 'all';
    const set = {
      src: '/fixtures/round-later.json', compare: '/fixtures/round.json', lang: 'en', ns: 'b1.', filters: 'q=财政',
      theme: 'dark', elderly: '', height: '600', 'allow-data-param': 'false',
    };
    for (const [name, value] of Object.entries(set)) board.setAttribute(name, value);
    const stalled = document.createElement('zhenggai-board');
    stalled.id = 'stalled';
    stalled.setAttribute('data-src', '/corpus-net/hang');
    stalled.setAttribute('data-timeout', '2');
    stalled.setAttribute('data-ns', 'b2.');
    document.body.append(board, stalled);
  });
  const board = page.locator('#all');
  // src: the later round, not ?data= (allow-data-param is off on a host page); compare: progress over time.
  await expect(board.getByTestId('result-count')).toContainText('problems');
  await expect(board.getByTestId('progress')).toBeVisible();
  // lang: English. ns and filters: the initial search under the board's own prefix.
  await expect(board.getByRole('heading', { name: 'Charts' })).toBeVisible();
  await expect(board.getByTestId('filter-bar')).toContainText('Search：财政');
  await expect(page).toHaveURL(/b1\.q=%E8%B4%A2%E6%94%BF/);
  // theme and elderly: the classes of the widget root (elderly is high-contrast light whatever the theme).
  await expect(board.locator('.zg')).toHaveClass(/zg-theme-dark/);
  await expect(board.locator('.zg')).toHaveClass(/zg-elderly/);
  // height: the element's own maximum height, scrolling inside.
  expect(await board.evaluate((el) => getComputedStyle(el).maxHeight)).toBe('600px');
  expect(await board.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY)).toBe('auto');
  // timeout: a server that never answers is given up after 2 s.
  await expect(page.locator('#stalled').getByTestId('load-error')).toBeVisible({ timeout: 6_000 });
  // The host page hears the visitor's words, not a debug form of the error.
  const heard = await page.evaluate(() => window.__zgErrors);
  expect(heard).toHaveLength(1);
  expect(heard[0]).toContain(await page.locator('#stalled').getByTestId('load-error').locator('p').first().textContent());
  expect(heard[0]).not.toMatch(/Timeout|\{/);
  // Changing an attribute mounts the widget again with it.
  await page.evaluate(() => document.getElementById('all').setAttribute('lang', 'zh'));
  await expect(board.getByRole('heading', { name: '图表' })).toBeVisible();
});

// For each choice in the generator, the snippet it writes, pasted into a page of its own, gives that choice.
test('the snippet the generator writes for each choice gives that choice', async ({ page, context }) => {
  const choices = [
    { label: '界面语言', select: 'English', check: async (board) => expect(board.getByRole('heading', { name: 'Charts' })).toBeVisible() },
    { label: '配色', select: '深色', check: async (board) => expect(board.locator('.zg')).toHaveClass(/zg-theme-dark/) },
    { label: '配色', select: '浅色', check: async (board) => expect(board.locator('.zg')).toHaveClass(/zg-theme-light/) },
    { label: '默认开启适老化模式（大字、高对比）', tick: true, check: async (board) => expect(board.locator('.zg')).toHaveClass(/zg-elderly/) },
    { label: '初始筛选（如 s=wancheng&c=c1）', fill: 's=wancheng', check: async (board) => expect(board.getByTestId('result-count')).toHaveText('显示 1 / 15 个问题') },
    { label: '链接参数前缀（同一页面有多个看板时各不相同）', fill: 'mine.', check: async (board, shown) => {
      await board.getByTestId('status-filter').getByRole('button', { name: /^完成/ }).click({ force: true });
      await expect(shown).toHaveURL(/mine\.s=wancheng/);
    } },
    { label: '最大高度（像素，留空为不限）', fill: '500', check: async (board) => expect.poll(() => board.evaluate((el) => getComputedStyle(el).maxHeight)).toBe('500px') },
    { label: '数据地址（JSON）', fill: '/fixtures/other-report.json', check: async (board) => expect(board.getByTestId('report-title')).toHaveText('另一份通报（测试数据）') },
  ];
  for (const choice of choices) {
    await page.goto('/embed.html');
    const field = page.getByLabel(choice.label);
    if (choice.select) await field.selectOption({ label: choice.select });
    if (choice.fill) await field.fill(choice.fill);
    if (choice.tick) await field.check();
    const snippet = page.locator('#script-snippet');
    await expect(snippet).not.toHaveValue('');
    await page.waitForTimeout(500);
    const html = await snippet.inputValue();
    const shown = await context.newPage();
    await shown.route('**/snippet.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!DOCTYPE html><meta charset="utf-8"><body>${html}</body>` }));
    await shown.goto('/snippet.html');
    const board = shown.locator('zhenggai-board');
    await expect(board.getByTestId('report-title')).toBeVisible();
    await choice.check(board, shown);
    await shown.close();
  }
});

test('the iframe snippet carries the generator choices to the standalone page', async ({ page, context }) => {
  await page.goto('/embed.html');
  await page.getByLabel('数据地址（JSON）').fill('/fixtures/other-report.json');
  await page.getByLabel('界面语言').selectOption({ label: 'English' });
  await page.getByLabel('配色').selectOption({ label: '深色' });
  await page.getByLabel('默认开启适老化模式（大字、高对比）').check();
  await page.getByLabel('初始筛选（如 s=wancheng&c=c1）').fill('q=x');
  await expect(page.locator('#iframe-snippet')).toHaveValue(/elderly=1/);
  const html = await page.locator('#iframe-snippet').inputValue();
  const shown = await context.newPage();
  await shown.route('**/frame-snippet.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!DOCTYPE html><meta charset="utf-8"><body>${html}</body>` }));
  await shown.goto('/frame-snippet.html');
  const frame = shown.frameLocator('#zhenggai-frame');
  await expect(frame.getByTestId('report-title')).toHaveText('另一份通报（测试数据）');
  await expect(frame.getByRole('heading', { name: 'Charts' })).toBeVisible();
  await expect(frame.locator('.zg')).toHaveClass(/zg-theme-dark/);
  await expect(frame.locator('.zg')).toHaveClass(/zg-elderly/);
  await expect(frame.getByTestId('filter-bar')).toContainText('x');
});
