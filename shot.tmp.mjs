import { chromium } from '@playwright/test';
const [,, url, out, w, h, full] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
