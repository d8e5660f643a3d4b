// Where a filter click's time goes, inside Chromium: records a trace around 20 clicks on the first status filter
// and prints, per click, the time spent in our script, style, layout, paint and the rest, summed by event name.
//
//   node tests/bench/trace.mjs /bench/round-100k.json      a dataset address served by tests/e2e/serve.mjs
//   node tests/bench/trace.mjs                              the built-in report
//   PROFILE=1 node tests/bench/trace.mjs …                  also a CPU profile: the 25 hottest functions (self time)
//   HIDE='.zg-chart-svg' node tests/bench/trace.mjs …       the same with those elements hidden (display: none):
//                                                           what their style, layout and paint cost per click
//
// Uses the same server and build as bench.mjs (dist/ at /, target/bench/ at /bench/, port 4180, DIST=… for another
// build). Function names in the CPU profile need a build that keeps the wasm name section (see docs/benchmarks.md).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = 4180;
const origin = `http://127.0.0.1:${port}`;
const data = process.argv[2] ?? null;
const CLICKS = 20;

// A server left running on the port would answer instead, with its own build (see bench.mjs).
if (await fetch(`${origin}/`).then(() => true, () => false)) {
  console.error(`something already answers on port ${port} (a server left running?): stop it first`);
  process.exit(1);
}
const server = spawn(process.execPath, [join(root, 'tests/e2e/serve.mjs')], {
  env: { ...process.env, PORT: String(port), GZIP: '1' },
  stdio: 'ignore',
});
for (let i = 0; i < 100; i += 1) {
  try {
    if ((await fetch(`${origin}/`)).ok) break;
  } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(data ? `${origin}/?data=${encodeURIComponent(data)}` : `${origin}/`);
  await page.waitForSelector('[data-testid=status-filter] button', { timeout: 120_000 });
  await page.waitForTimeout(2000);
  if (process.env.HIDE) await page.addStyleTag({ content: `${process.env.HIDE} { display: none !important }` });
  const cdp = await page.context().newCDPSession(page);
  if (process.env.PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8.execute'] });
  const times = await page.evaluate(async (clicks) => {
    const button = document.querySelector('[data-testid=status-filter] button');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    // As a visitor would, with the filter on screen (scrolled again until it stays: see bench.mjs).
    for (let i = 0; i < 10; i += 1) {
      button.scrollIntoView({ block: 'center' });
      for (let k = 0; k < 3; k += 1) await frame();
      const { top, bottom } = button.getBoundingClientRect();
      if (Math.abs((top + bottom) / 2 - innerHeight / 2) < 2) break;
    }
    const out = [];
    for (let i = 0; i < clicks; i += 1) {
      const start = performance.now();
      button.click();
      await frame();
      out.push(performance.now() - start);
    }
    return out;
  }, CLICKS);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const sums = new Map();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    if (!['FunctionCall', 'EventDispatch', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'ParseHTML', 'HitTest', 'IntersectionObserverController::computeIntersections', 'Commit'].includes(e.name)) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const main = ['FunctionCall', 'Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Layerize'].reduce((sum, name) => sum + (sums.get(name) ?? 0), 0);
  console.log(`${data ?? 'built-in report'}${process.env.HIDE ? `, hiding ${process.env.HIDE}` : ''}: ${CLICKS} clicks, median ${sorted[CLICKS >> 1].toFixed(1)} ms; main-thread work ${(main / CLICKS).toFixed(1)} ms per click`);
  console.log('per click, ms (events nest: FunctionCall inside EventDispatch etc.):');
  for (const [name, total] of [...sums].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(22)} ${(total / CLICKS).toFixed(1)}`);
  if (process.env.PROFILE) {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const name = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`;
      self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    console.log('hottest functions (self time per click, ms):');
    for (const [name, total] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(total / CLICKS).toFixed(2).padStart(7)}  ${name}`);
  }
} finally {
  await browser.close();
  server.kill();
}
