// Where the dataset comes from: data-src, ?data= only where allowed, local files, pasted text, progress.
import { test, expect } from './support/test.mjs';
import { readFile } from 'node:fs/promises';

/** Serves dist/index.html with the mount element's attributes rewritten. */
async function withMountAttributes(page, rewrite) {
  const html = await readFile(new URL('../../dist/index.html', import.meta.url), 'utf8');
  await page.route((url) => url.pathname === '/', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: rewrite(html) }));
}

test('data-src names the dataset', async ({ page }) => {
  await withMountAttributes(page, (html) => html.replace('data-allow-data-param', 'data-src="/fixtures/other-report.json"'));
  await page.goto('/');
  await expect(page.getByTestId('report-title')).toHaveText('另一份通报（测试数据）');
});

test('?data= is ignored where the page does not allow it', async ({ page }) => {
  await withMountAttributes(page, (html) => html.replace('data-allow-data-param', ''));
  await page.goto('/?data=/fixtures/other-report.json');
  await expect(page.getByTestId('report-title')).toHaveText('中共邵阳经济技术开发区工作委员会关于巡视整改进展情况的通报');
});

/** The script files that started each fetch whose URL contains `fragment`, from Chromium's own record. */
async function initiatorsOf(page, fragment) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const initiators = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.type !== 'Fetch' || !event.request.url.includes(fragment)) return;
    const frames = event.initiator.stack?.callFrames ?? [];
    initiators.push([...new Set(frames.map((frame) => frame.url.split('/').pop()))].join(' '));
  });
  return initiators;
}

/** Holds every request whose URL contains `fragment` for `ms` milliseconds: to decide a race for the test. */
async function delay(page, fragment, ms) {
  await page.route((url) => url.href.includes(fragment), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test('the dataset download starts beside the wasm\'s, and the widget takes it over', async ({ page }) => {
  // early-download.js normally runs long before the wasm is ready; on a busy machine it may not, so the wasm is
  // held back here to test what normally happens (the next test holds the other one back).
  await delay(page, 'zhenggai-widget_bg.wasm', 400);
  // The standalone page, with ?data=: one request, started by early-download.js, not by the widget's glue.
  const standalone = await initiatorsOf(page, 'other-report.json');
  await page.goto('/?data=/fixtures/other-report.json');
  await expect(page.getByTestId('report-title')).toHaveText('另一份通报（测试数据）');
  expect(standalone).toEqual([expect.stringMatching(/^early-download\.js\?page/)]);
  expect(standalone[0]).not.toContain('zhenggai-widget');

  // The embed loader, with data-src: the same.
  const embedded = await initiatorsOf(page, 'other-report.json');
  await page.goto('/fixtures/hostile.html');
  await expect(page.locator('#a').getByTestId('report-title')).toHaveText('另一份通报（测试数据）');
  expect(embedded).toEqual([expect.stringMatching(/^early-download\.js zhenggai\.js$/)]);
});

test('an early-download.js that comes after the wasm starts nothing: the dataset is downloaded once', async ({ page }) => {
  await delay(page, 'early-download.js', 1500);
  const standalone = await initiatorsOf(page, 'other-report.json');
  const late = page.waitForResponse((response) => response.url().includes('early-download.js'));
  await page.goto('/?data=/fixtures/other-report.json');
  await expect(page.getByTestId('report-title')).toHaveText('另一份通报（测试数据）');
  // Let the held module arrive and run.
  await late;
  await page.waitForTimeout(300);
  expect(standalone).toEqual([expect.stringMatching(/zhenggai-widget/)]);
});

test('a large download shows its progress, then the report', async ({ page }) => {
  await page.goto('/?data=/slow/fixtures/other-report.json');
  await expect(page.getByTestId('loading').locator('progress')).toBeVisible();
  await expect(page.getByTestId('loading')).toContainText(/已下载 \d+\.\d MB \/ \d+\.\d MB/);
  await expect(page.getByTestId('report-title')).toHaveText('另一份通报（测试数据）', { timeout: 10_000 });
});

test('a compressed download counts what arrives, never more than a total', async ({ page }) => {
  // Content-Length is the compressed size here: the widget must not say "12.0 MB of 3.0 MB".
  const seen = [];
  await page.exposeFunction('recordProgress', (text) => seen.push(text));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const loading = document.querySelector('[data-testid=loading]');
      if (loading?.querySelector('progress')) window.recordProgress(loading.textContent);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('/?data=/slow-gzip/fixtures/round-30.json');
  await expect(page.getByTestId('report-title')).toBeVisible({ timeout: 10_000 });
  expect(seen.length).toBeGreaterThan(0);
  for (const text of seen) {
    const [done, total] = [...text.matchAll(/(\d+\.\d) MB/g)].map((m) => Number(m[1]));
    if (total !== undefined) expect(done, text).toBeLessThanOrEqual(total);
  }
});

test('a JSON file opened in the picker is shown, and never uploaded', async ({ page }) => {
  const requests = [];
  await page.goto('/');
  await expect(page.getByTestId('problem')).toHaveCount(15);
  page.on('request', (request) => requests.push(request.url()));
  await page.getByTestId('dataset-picker').getByText('加载其他数据').click();
  await page.getByLabel('打开 JSON 文件').setInputFiles(new URL('./fixtures/other-report.json', import.meta.url).pathname);
  await expect(page.getByTestId('report-title')).toHaveText('另一份通报（测试数据）');
  expect(requests).toEqual([]);
  await page.getByRole('button', { name: '恢复内置的示例通报' }).click();
  await expect(page.getByTestId('report-title')).toHaveText('中共邵阳经济技术开发区工作委员会关于巡视整改进展情况的通报');
});

test('pasted text is validated like any dataset', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('dataset-picker').getByText('加载其他数据').click();
  await page.getByLabel('粘贴数据集 JSON').fill('{"format_version": 1, "report": ');
  await page.getByRole('button', { name: '显示粘贴的数据' }).click();
  await expect(page.getByTestId('load-error')).toContainText('JSON 不完整');
  const other = await readFile(new URL('./fixtures/other-report.json', import.meta.url), 'utf8');
  await page.getByLabel('粘贴数据集 JSON').fill(other);
  await page.getByRole('button', { name: '显示粘贴的数据' }).click();
  await expect(page.getByTestId('report-title')).toHaveText('另一份通报（测试数据）');
});

test('a dropped file is read locally', async ({ page }) => {
  await page.goto('/');
  const text = await readFile(new URL('./fixtures/other-report.json', import.meta.url), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'other.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.getByTestId('dataset-picker').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('report-title')).toHaveText('另一份通报（测试数据）');
});
