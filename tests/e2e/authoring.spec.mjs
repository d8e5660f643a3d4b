// The authoring page: report text in, dataset and preview out, nothing uploaded, the draft kept.
import { test, expect } from './support/test.mjs';
import { readFile } from 'node:fs/promises';

const source = () => readFile(new URL('../../data/source/shaoyang-jingkaiqu-2023-12-22.txt', import.meta.url), 'utf8');

test('pasting the reference report recognises it, previews it, and downloads a valid dataset', async ({ page }) => {
  const requests = [];
  await page.goto('/import.html');
  await expect(page.getByRole('heading', { name: '把通报文本转为数据' })).toBeVisible();
  page.on('request', (request) => requests.push(request.url()));
  await page.getByLabel('通报全文').fill(await source());
  await expect(page.getByTestId('import-counts')).toContainText('识别出 7 个方面、15 个问题；0 段未能归类');
  await expect(page.getByTestId('problem')).toHaveCount(15);
  await expect(page.getByTestId('report-title')).toHaveText('中共邵阳经济技术开发区工作委员会关于巡视整改进展情况的通报');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  const dataset = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(dataset.format_version).toBe(1);
  expect(dataset.problems).toHaveLength(15);
  expect(dataset.declared.problems).toBe(15);
  expect(requests).toEqual([]);
});

test('unplaced lines are listed with their line numbers, and the draft survives a reload until cleared', async ({ page }) => {
  await page.goto('/import.html');
  const text = '某单位关于巡视整改进展情况的通报\n\n（一）反馈问题：作风建设不够扎实\n\n这一方面的说明文字无处安放。\n\n1.关于会议过多的问题。\n\n整改结果：完成\n\n整改情况：精简会议。\n';
  await page.getByLabel('通报全文').fill(text);
  await expect(page.getByTestId('import-counts')).toContainText('识别出 1 个方面、1 个问题；1 段未能归类');
  await expect(page.getByTestId('import-unplaced')).toContainText('第5行 这一方面的说明文字无处安放。');
  await page.reload();
  await expect(page.getByLabel('通报全文')).toHaveValue(text);
  await page.getByRole('button', { name: '清除草稿' }).click();
  await expect(page.getByLabel('通报全文')).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('通报全文')).toHaveValue('');
  await expect(page.getByText('还没有识别出问题：请粘贴通报全文。')).toBeVisible();
});

test('the importer is its own wasm: the widget page never downloads it', async ({ page }) => {
  const loaded = [];
  page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
  await page.goto('/');
  await expect(page.getByTestId('problem')).toHaveCount(15);
  expect(loaded).toContain('/zhenggai-widget_bg.wasm');
  expect(loaded.filter((path) => path.includes('importer'))).toEqual([]);
  expect(await page.evaluate(() => typeof window.wasmBindings?.mountImporter)).toBe('undefined');
  expect(await page.evaluate(() => typeof window.wasmBindings?.mount)).toBe('function');
});

// The reference report as a government site serves it: each line a paragraph inside the page's navigation,
// breadcrumb, publication line, font-size and print controls, scripts and footer.
const asWebPage = (text) => {
  const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const paragraphs = text.split('\n').map((line) => `<p style="text-indent:2em">${escape(line)}</p>`).join('\n');
  return `<html><body><nav><a href="/">首页</a> | <a>政务公开</a></nav>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a>通知公告</a></div>
<div class="info">发布时间：2023-12-22 10:00 &nbsp; 来源：本站 &nbsp; 浏览次数：<span>1024</span></div>
<div class="tools">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a> <a>关闭</a></div>
<div class="content">${paragraphs}</div><script>document.title = 'x'</script>
<div class="share">分享到：<a>微信</a> <a>微博</a></div><footer>主办单位：某某人民政府 版权所有</footer></body></html>`;
};

async function downloadedDataset(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

test('pasting a web page as rich text gives the same dataset as its plain text, furniture dropped', async ({ page }) => {
  const text = await source();
  await page.goto('/import.html');
  await page.getByLabel('通报全文').fill(text);
  await expect(page.getByTestId('import-counts')).toContainText('识别出 7 个方面、15 个问题；0 段未能归类');
  const fromText = await downloadedDataset(page);

  await page.getByRole('button', { name: '清除草稿' }).click();
  await expect(page.getByLabel('通报全文')).toHaveValue('');
  // What a browser puts on the clipboard when a visitor copies the page: the markup, and its plain text.
  await page.getByLabel('通报全文').evaluate((area, html) => {
    area.focus();
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'the plain flavour must not be the one used');
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, asWebPage(text));
  const pasted = await page.getByLabel('通报全文').inputValue();
  expect(pasted).toContain('当前位置：首页 > 通知公告');
  expect(pasted).not.toContain('政务公开');
  expect(pasted).not.toContain('document.title');
  expect(pasted).not.toContain('<p');
  await expect(page.getByTestId('import-counts')).toContainText('识别出 7 个方面、15 个问题；0 段未能归类');
  expect(await downloadedDataset(page)).toEqual(fromText);
});

test('with nothing pasted yet the page invites a paste and reports nothing', async ({ page }) => {
  await page.goto('/import.html');
  await expect(page.getByText('还没有识别出问题：请粘贴通报全文。')).toBeVisible();
  await expect(page.getByTestId('import-report')).toHaveCount(0);
  await page.getByLabel('通报全文').fill('   \n  ');
  await expect(page.getByTestId('import-report')).toHaveCount(0);
});

test('a Word file opens as its text, with its automatic list numbers; a damaged one says why', async ({ page }) => {
  await page.goto('/import.html');
  await page.getByLabel('打开文本、网页或 Word 文件（.txt、.html、.docx）').setInputFiles('tests/docx/numbered.docx');
  await expect(page.getByTestId('import-counts')).toContainText('识别出 2 个方面、4 个问题；0 段未能归类');
  const text = await page.getByLabel('通报全文').inputValue();
  expect(text).toBe(await readFile(new URL('../docx/numbered.txt', import.meta.url), 'utf8'));
  await expect(page.getByTestId('problem')).toHaveCount(4);
  await page.getByLabel('打开文本、网页或 Word 文件（.txt、.html、.docx）').setInputFiles({
    name: 'old.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 damaged'),
  });
  await expect(page.getByTestId('import-file-error')).toContainText('无法读取这个 Word 文件');
  await expect(page.getByLabel('通报全文')).toHaveValue(text);
});

test('a round: several reports opened at once, each listed with its warnings, merged, previewed, kept over a reload', async ({ page }) => {
  await page.goto('/import.html');
  const round = page.getByTestId('round');
  await round.getByLabel('打开本轮各单位的通报（可多选）').setInputFiles([
    'tests/docx/numbered.docx',
    'tests/e2e/fixtures/merge/jiaotong.txt',
    'data/source/shaoyang-jingkaiqu-2023-12-22.txt',
  ]);
  await expect(round.getByTestId('round-report')).toHaveCount(3);
  await expect(round.getByTestId('round-count')).toHaveText('已打开 3 份通报：');
  // Listed (and given their ids' prefixes) in the order they were chosen, whichever was read first.
  await expect(round.getByTestId('round-report').first()).toContainText('numbered.docx');
  await expect(round.getByTestId('round-report').last()).toContainText('shaoyang-jingkaiqu-2023-12-22.txt');
  await expect(round.getByTestId('round-report').filter({ hasText: 'numbered.docx' })).toContainText('某县自然资源局：4 个问题');
  await expect(round.getByTestId('round-decisions')).toContainText('编号加前缀');
  // The preview ranks the three units.
  await expect(round.getByTestId('unit-progress').locator('tbody tr')).toHaveCount(3);
  await expect(round.getByTestId('result-count')).toHaveText('显示 22 / 22 个问题');
  await round.getByLabel('本轮标题（留空则取第一份通报的标题）').fill('某县第二轮巡察整改进展情况');
  await expect(round.getByTestId('report-title')).toHaveText('某县第二轮巡察整改进展情况');
  const [download] = await Promise.all([page.waitForEvent('download'), round.getByTestId('round-download').click()]);
  const dataset = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(dataset.units.map((u) => u.name).sort()).toEqual(['某县交通运输局', '某县自然资源局', '邵阳经济技术开发区'].sort());
  expect(dataset.problems).toHaveLength(22);
  expect(dataset.report.title).toBe('某县第二轮巡察整改进展情况');
  // Kept over a reload; removed one by one.
  await page.reload();
  await expect(round.getByTestId('round-report')).toHaveCount(3);
  await expect(round.getByLabel('本轮标题（留空则取第一份通报的标题）')).toHaveValue('某县第二轮巡察整改进展情况');
  await round.getByRole('button', { name: '移除 jiaotong.txt' }).click();
  await expect(round.getByTestId('round-report')).toHaveCount(2);
  // The same unit twice cannot be merged: the page says so and what to do.
  await round.getByLabel('打开本轮各单位的通报（可多选）').setInputFiles('tests/docx/numbered.txt');
  await expect(round.getByTestId('round-error')).toContainText('同时出现在');
  await expect(round.getByTestId('round-download')).toBeDisabled();
  await round.getByTestId('round-clear').click();
  await expect(round.getByTestId('round-count')).toHaveText('还没有打开通报。');
});

test('in a round the editor settles what a report left open: a status word\'s meaning, a problem\'s category; files can be dropped', async ({ page }) => {
  await page.goto('/import.html');
  const round = page.getByTestId('round');
  await round.getByLabel('打开本轮各单位的通报（可多选）').setInputFiles([
    'data/source/shaoyang-jingkaiqu-2023-12-22.txt',
    'tests/e2e/fixtures/merge/guessed.txt',
  ]);
  await expect(round.getByTestId('round-report')).toHaveCount(2);
  // 挂牌督办 is no known status word: its kind was guessed; the editor says it means done.
  await round.getByTestId('round-fix-kind').selectOption({ label: '已完成' });
  // The reference's p15 is printed under no category; the editor puts it in the last one.
  const category = round.getByTestId('round-fix-category');
  await category.selectOption({ index: 6 });
  const chosen = await category.locator('option:checked').textContent();
  // A third report, dropped on the section.
  await round.evaluate(async (section, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    section.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, await readFile(new URL('./fixtures/merge/jiaotong.txt', import.meta.url), 'utf8'));
  await expect(round.getByTestId('round-report')).toHaveCount(3);
  const [download] = await Promise.all([page.waitForEvent('download'), round.getByTestId('round-download').click()]);
  const dataset = JSON.parse(await readFile(await download.path(), 'utf8'));
  const guessed = dataset.statuses.find((s) => s.label === '挂牌督办');
  expect(guessed.kind).toBe('done');
  const p15 = dataset.problems.find((p) => p.id === '1-p15');
  expect(dataset.categories.find((c) => c.id === p15.category).title).toBe(chosen.trim());
  expect(p15.editorial_note).toContain('编辑已将其归入');
  // The decisions survive a reload with the reports.
  await page.reload();
  await expect(round.getByTestId('round-fix-kind').locator('option:checked')).toHaveText('已完成');
});
