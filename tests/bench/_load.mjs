import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
const origin = 'http://127.0.0.1:4180';
const server = spawn(process.execPath, ['tests/e2e/serve.mjs'], { env: { ...process.env, PORT: '4180', GZIP: '1' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const PROBE = `
  window.__bench = {};
  new MutationObserver((_, observer) => {
    if (window.__bench.inserted || !document.querySelector('.zg-chart-svg svg')) return;
    window.__bench.inserted = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__bench.painted = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
`;
for (let i = 0; i < Number(process.argv[3] || 3); i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(`${origin}/?data=${encodeURIComponent(process.argv[2])}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.painted, null, { timeout: 120000, polling: 50 });
  const r = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource').find((e) => e.name.includes('bench'));
    return { painted: window.__bench.painted, inserted: window.__bench.inserted, fetchStart: res?.fetchStart, responseEnd: res?.responseEnd };
  });
  console.log(JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]))));
  await context.close();
}
await browser.close(); server.kill();
