import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
const data = process.argv[2];
await page.goto(`http://127.0.0.1:4180/${data ? '?data=' + data : ''}`);
await page.waitForSelector('[data-testid=status-filter] button', { timeout: 60000 });
const r = await page.evaluate(async () => {
  const button = document.querySelector('[data-testid=status-filter] button');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await frame();
  const out = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    button.click();
    const t1 = performance.now();
    await Promise.resolve(); await new Promise(r => setTimeout(r, 0));
    const t2 = performance.now();
    await frame();
    const t3 = performance.now();
    out.push([t1 - t0, t2 - t1, t3 - t2].map(x => Math.round(x)));
  }
  return { out, nodes: document.querySelectorAll('*').length };
});
console.log(JSON.stringify(r));
await browser.close();
