import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
const [,, url, out, w, h, mode] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url);
if (mode === 'paste') {
  const text = await readFile('data/source/corpus/53-hunan-yiyang-heshan-jiaotong-xuncha-2025.txt', 'utf8');
  const body = text.split('\n---\n')[1];
  const html = `<nav>首页 | 政务公开</nav><div>当前位置：首页 &gt; 通知公告</div><div>发布时间：2025-08-01 来源：本站 浏览次数：88</div>${body.split('\n').map((l) => `<p>${l.replaceAll('&','&amp;').replaceAll('<','&lt;')}</p>`).join('')}<footer>版权所有</footer>`;
  await page.getByLabel('通报全文').evaluate((area, html) => { area.focus(); const d = new DataTransfer(); d.setData('text/html', html); area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: d, bubbles: true, cancelable: true })); }, html);
}
if (mode === 'elderly') { await page.waitForTimeout(800); await page.getByTestId('elderly-toggle').click(); }
if (mode === 'en') { await page.waitForTimeout(800); await page.getByRole('button', { name: 'English' }).click(); }
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: mode !== 'paste' });
await browser.close();
