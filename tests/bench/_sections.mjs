import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
const origin = 'http://127.0.0.1:4180';
const server = spawn(process.execPath, ['tests/e2e/serve.mjs'], { env: { ...process.env, PORT: '4180', GZIP: '1' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${origin}/?data=${encodeURIComponent(process.argv[2])}`);
await page.waitForSelector('[data-testid=status-filter] button', { timeout: 120000 });
await page.waitForTimeout(1500);
for (const hide of process.env.CSS ? JSON.parse(process.env.CSS) : ['', '.zg-problems', '.zg-timeline, .zg-deadlines', '.zg-chart', '.zg-units', '.zg-summary', '.zg-filters, fieldset', 'body *:not(html):not(body):not(main):not(.zg-app)']) {
  const r = await page.evaluate(async (hide) => {
    const style = document.createElement('style');
    if (hide) style.textContent = hide.includes('{') ? hide : `${hide} { display: none !important }`;
    document.head.append(style);
    const button = document.querySelector('[data-testid=status-filter] button');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await frame();
    const out = [];
    for (let i = 0; i < 20; i += 1) {
      const start = performance.now();
      button.click();
      await frame();
      out.push(performance.now() - start);
    }
    style.remove();
    out.sort((a, b) => a - b);
    return out[10].toFixed(1);
  }, hide);
  console.log(`${hide || '(nothing hidden)'}: ${r} ms`);
}
await browser.close(); server.kill();
