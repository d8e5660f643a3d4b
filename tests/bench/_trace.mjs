import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
const data = process.argv[2];
await page.goto(`http://127.0.0.1:4181/${data ? '?data=' + data : ''}`);
await page.waitForSelector('[data-testid=status-filter] button', { timeout: 60000 });
await browser.startTracing(page, { path: '/tmp/prof/trace.json', categories: ['devtools.timeline', 'v8.execute', 'blink'] });
await page.evaluate(async () => {
  const button = document.querySelector('[data-testid=status-filter] button');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let i = 0; i < 20; i++) { button.click(); await frame(); }
});
await browser.stopTracing();
const events = JSON.parse(readFileSync('/tmp/prof/trace.json', 'utf8')).traceEvents;
const sum = new Map();
for (const e of events) if (e.ph === 'X' && e.dur) sum.set(e.name, (sum.get(e.name) || 0) + e.dur);
console.log([...sum].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([n,t]) => `${(t/1000/20).toFixed(2)}ms/click ${n}`).join('\n'));
await browser.close();
