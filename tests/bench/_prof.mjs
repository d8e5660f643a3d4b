import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
const data = process.argv[2];
await cdp.send('Debugger.enable');
await page.goto(`http://127.0.0.1:4181/${data ? '?data=' + data : ''}`);
await page.waitForSelector('[data-testid=status-filter] button', { timeout: 60000 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(async () => {
  const button = document.querySelector('[data-testid=status-filter] button');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let i = 0; i < 6; i++) { button.click(); await frame(); }
});
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
for (const [id, t] of counts) { const n = byId.get(id); const name = n.callFrame.functionName || n.callFrame.url || '(anon)'; self.set(name, (self.get(name) || 0) + t); }
// inclusive: walk parents
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map();
for (const [id, t] of counts) { const seen = new Set(); let cur = id; while (cur) { const name = byId.get(cur).callFrame.functionName || '(anon)'; if (!seen.has(name)) { incl.set(name, (incl.get(name)||0)+t); seen.add(name);} cur = parent.get(cur); } }
const top = (m) => [...m].sort((a,b)=>b[1]-a[1]).slice(0,30).map(([n,t]) => `${(t/1000).toFixed(1)}ms ${n.slice(0,150)}`).join('\n');
console.log('SELF\n' + top(self)); console.log('\nINCLUSIVE\n' + top(incl));
await browser.close();
