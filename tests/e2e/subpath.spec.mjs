// A web team serves dist/ from a folder of its site (https://example.gov.cn/portal/zhenggai/, as
// docs/embedding.md suggests), not from its root: every page and embed must find its files there.
import { test, expect } from './support/test.mjs';
import { readFile } from 'node:fs/promises';

const base = '/portal/zhenggai/';

/** Every response that failed, and every request that left the sub-path for the site's root. */
function watch(page) {
  const problems = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (response.status() >= 400) problems.push(`${response.status()} ${pathname}`);
    if (!pathname.startsWith(base) && !pathname.startsWith('/fixtures/') && pathname !== '/favicon.ico') {
      problems.push(`outside the sub-path: ${pathname}`);
    }
  });
  return problems;
}

test('the standalone page works from a sub-path, with its link state', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${base}index.html`);
  await expect(page.getByTestId('problem')).toHaveCount(15);
  await page.getByTestId('status-filter').getByRole('button', { name: /^完成/ }).click();
  await expect(page.getByTestId('result-count')).toHaveText('显示 1 / 15 个问题');
  await expect(page).toHaveURL(/\/portal\/zhenggai\/index\.html\?zg\.v=1&zg\.s=wancheng$/);
  await page.reload();
  await expect(page.getByTestId('result-count')).toHaveText('显示 1 / 15 个问题');
  // The folder's own address serves the same page.
  await page.goto(base);
  await expect(page.getByTestId('problem')).toHaveCount(15);
  expect(problems).toEqual([]);
});

test('the iframe embed from a sub-path loads and sizes itself', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/fixtures/subpath-frame-host.html');
  const frame = page.frameLocator('#zhenggai-frame');
  await expect(frame.getByTestId('problem')).toHaveCount(15);
  await expect.poll(async () => page.locator('#zhenggai-frame').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});

test('the custom element loaded from a sub-path finds its wasm and CSS beside the loader', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/fixtures/subpath-element-host.html');
  await expect(page.locator('#board').getByTestId('problem')).toHaveCount(15);
  expect(problems).toEqual([]);
});

test('the snippet generator under a sub-path writes snippets that point there', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${base}embed.html`);
  await page.getByLabel('数据地址（JSON）').fill('https://example.gov.cn/report.json');
  await expect(page.locator('#script-snippet')).toHaveValue(/<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/portal\/zhenggai\/zhenggai\.js"><\/script>/);
  await expect(page.locator('#iframe-snippet')).toHaveValue(/src="http:\/\/127\.0\.0\.1:\d+\/portal\/zhenggai\/index\.html\?data=/);
  await expect(page.locator('#iframe-snippet')).toHaveValue(/src="http:\/\/127\.0\.0\.1:\d+\/portal\/zhenggai\/host-frame\.js"/);
  // The snapshot: the generator's own wasm found beside it, the stylesheet linked from there.
  await page.getByLabel('数据地址（JSON）').fill('');
  await page.getByRole('button', { name: '按数据地址生成静态首屏' }).click();
  await expect(page.locator('#snapshot-status')).toHaveText(/^已生成静态首屏/, { timeout: 20_000 });
  await expect(page.locator('#snapshot-snippet')).toHaveValue(/^<template shadowrootmode="open"><link rel="stylesheet" href="http:\/\/127\.0\.0\.1:\d+\/portal\/zhenggai\/zhenggai\.css">/);
  expect(problems).toEqual([]);
});

test('the authoring page works from a sub-path', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${base}import.html`);
  const text = await readFile(new URL('../../data/source/shaoyang-jingkaiqu-2023-12-22.txt', import.meta.url), 'utf8');
  await page.getByLabel('通报全文').fill(text);
  await expect(page.getByTestId('import-counts')).toContainText('识别出 7 个方面、15 个问题；0 段未能归类');
  await expect(page.getByTestId('problem')).toHaveCount(15);
  expect(problems).toEqual([]);
});
