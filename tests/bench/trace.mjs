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
import { centreOnScreen, launchChromium, selfTimes, startServer } from './harness.mjs';

const port = 4180;
const origin = `http://127.0.0.1:${port}`;
const data = process.argv[2] ?? null;
const CLICKS = 20;

const server = await startServer(port, data ? [data] : []);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(data ? `${origin}/?data=${encodeURIComponent(data)}` : `${origin}/`);
  await page.waitForSelector('[data-testid=status-filter] button', { timeout: 120_000 });
  await page.waitForTimeout(2000);
  if (process.env.HIDE) await page.addStyleTag({ content: `${process.env.HIDE} { display: none !important }` });
  // As a visitor would, with the filter on screen (see bench.mjs).
  await centreOnScreen(page, '[data-testid=status-filter] button');
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
    console.log('hottest functions (self time per click, ms):');
    for (const [name, total] of selfTimes(profile).slice(0, 25)) console.log(`  ${(total / CLICKS).toFixed(2).padStart(7)}  ${name}`);
  }
} finally {
  await browser.close();
  server.kill();
}
