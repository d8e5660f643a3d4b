// Exports and chart accessibility: CSV with a BOM, JSON in the dataset format, charts as SVG and 2× PNG,
// chart descriptions for screen readers, arrow keys between bars.
import { test, expect } from './support/test.mjs';
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';

/** Decodes a PNG far enough to prove it is whole: header, then the inflated pixel rows of the right length. */
function decodePng(bytes) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('ascii');
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8); // bit depth
      channels = { 2: 3, 6: 4 }[body[9]];
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(data));
  expect(pixels.length).toBe(height * (1 + width * channels));
  return { width, height };
}

const count = (page) => page.getByTestId('result-count');

async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('the CSV export has a BOM, the documented header, and one row per filtered problem', async ({ page }) => {
  await page.goto('/?zg.s=jiben-wancheng');
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
  const { name, bytes } = await downloadOf(page, () => page.getByTestId('export-csv').click());
  expect(name).toBe('zhenggai-problems.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const lines = text.split('\r\n').filter((line) => line.startsWith('p'));
  expect(text.split('\r\n')[0]).toBe('问题编号,序号,单位,问题类别,问题,整改状态,状态类别,整改情况,数据,制度文件,整改时限');
  expect(lines.map((line) => line.split(',')[0])).toEqual(['p03', 'p04', 'p06', 'p12']);
});

test('the JSON export is a valid dataset of the filtered problems', async ({ page }) => {
  await page.goto('/?zg.c=c7');
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
  const { bytes } = await downloadOf(page, () => page.getByTestId('export-json').click());
  const dataset = JSON.parse(bytes.toString('utf8'));
  expect(dataset.format_version).toBe(1);
  expect(dataset.problems.map((p) => p.id)).toEqual(['p11', 'p12', 'p13', 'p14']);
  expect(dataset.declared).toBeUndefined();
});

test('a chart downloads as SVG and as a PNG at twice its size', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByTestId('chart-category');
  const size = await chart.locator('.zg-chart-labels svg').evaluate((svg) => [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))]);
  const svg = await downloadOf(page, () => chart.getByRole('button', { name: '下载图表（SVG）' }).click());
  expect(svg.name).toBe('zhenggai-categories.svg');
  const text = svg.bytes.toString('utf8');
  // One document with both layers: the labels and the bars with their fill patterns.
  expect(text).toContain('招商引资项目质量不够高');
  expect(text.match(/<svg[ >]/g)).toHaveLength(1);
  expect(text).toMatch(/<pattern id="[^"]*-bars-pattern-\d+"/);
  expect(text).toMatch(/fill="url\(#[^"]*-bars-pattern-\d+\)"/);
  const png = await downloadOf(page, () => chart.getByRole('button', { name: '下载图表（PNG，2倍清晰度）' }).click());
  expect(png.name).toBe('zhenggai-categories.png');
  const decoded = decodePng(png.bytes);
  expect([decoded.width, decoded.height]).toEqual([size[0] * 2, size[1] * 2]);
});

test('each chart is an image described in words, and arrow keys move between its bars', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('img', { name: '15个问题中，完成1个，基本完成4个，长期整改 I9个，长期整改 II1个。' })).toBeVisible();
  const chart = page.getByTestId('chart-status');
  await chart.getByRole('button', { name: '完成：1 个问题' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(chart.getByRole('button', { name: '基本完成：4 个问题' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(chart.getByRole('button', { name: '基本完成：4 个问题' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('显示 4 / 15 个问题');
});
