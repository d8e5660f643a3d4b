import { chromium } from 'playwright-core';
const [,, url, out, w, h, full, ...actions] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url);
await page.waitForSelector('[data-testid=result-count], .zg-declared', { timeout: 15000 }).catch(() => {});
await page.waitForTimeout(800);
for (const a of actions) {
  if (a.startsWith('click:')) { await page.locator(a.slice(6)).first().click(); await page.waitForTimeout(500); }
  if (a.startsWith('scroll:')) { await page.evaluate((y) => window.scrollTo(0, Number(y)), a.slice(7)); await page.waitForTimeout(300); }
}
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
