// Where a load's time goes, inside Chromium: records a trace of loading a dataset through ?data= and prints, from
// navigation on, when the dataset's request started and its last byte arrived, every main-thread task over 15 ms
// (with the events that took most of it), and when the first chart was in the page.
//
//   node tests/bench/load-trace.mjs                              the 100k round (target/bench/, see bench.mjs)
//   node tests/bench/load-trace.mjs /bench/round-10k.json        another dataset address served by serve.mjs
//   RUNS=3 node tests/bench/load-trace.mjs                       three loads, one after the other
//   MBIT=20 node tests/bench/load-trace.mjs                      over Chromium's emulation of a 20 Mbit/s line
//   PROFILE=1 node tests/bench/load-trace.mjs                    also a CPU profile: the 30 hottest functions
//
// Uses the same server and build as bench.mjs (port 4180, DIST=… for another build). Function names in the CPU
// profile need a build that keeps the wasm name section (see docs/benchmarks.md).
import { launchChromium, selfTimes, startServer } from './harness.mjs';

const port = 4180;
const origin = `http://127.0.0.1:${port}`;
const data = process.argv[2] ?? '/bench/round-100k.json';
const runs = Number(process.env.RUNS ?? 1);

const server = await startServer(port, [data]);
const browser = await launchChromium();
try {
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    if (process.env.MBIT) {
      await cdp.send('Network.enable');
      const downloadThroughput = (Number(process.env.MBIT) * 1e6) / 8;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput, uploadThroughput: 5e6 / 8 });
    }
    if (process.env.PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    // When the first chart enters the document (as bench.mjs's probe, without waiting for its paint).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.zg-chart-svg svg')) return;
        window.__firstChart = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute'] });
    await page.goto(`${origin}/?data=${encodeURIComponent(data)}`);
    await page.waitForSelector('.zg-chart-bars svg', { timeout: 120_000 });
    const inPage = await page.evaluate(() => window.__firstChart);
    await page.waitForTimeout(300);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const navigation = Math.max(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
    const at = (ts) => `${Math.round((ts - navigation) / 1000)}`.padStart(6);
    const lines = [];
    const request = events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.endsWith(data));
    const id = request?.args.data.requestId;
    if (request) lines.push([request.ts, `the dataset requested`]);
    const finish = events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === id);
    if (finish?.args.data.finishTime) lines.push([finish.args.data.finishTime * 1e6, 'the dataset\'s last byte']);
    const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= navigation && mainThreads.has(`${e.pid}:${e.tid}`));
    let busy = 0;
    for (const task of tasks) {
      busy += task.dur;
      if (task.dur < 15_000) continue;
      const inside = events
        .filter((e) => e.ph === 'X' && e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e.dur >= 3_000)
        .map((e) => `${e.name} ${Math.round(e.dur / 1000)}`);
      lines.push([task.ts, `task ${Math.round(task.dur / 1000)} ms: ${inside.slice(0, 6).join(', ')}`]);
    }
    lines.sort((a, b) => a[0] - b[0]);
    console.log(`load ${run + 1} of ${data}${process.env.MBIT ? ` at ${process.env.MBIT} Mbit/s` : ''} (ms from navigation):`);
    for (const [ts, line] of lines) console.log(`${at(ts)}  ${line}`);
    console.log(`${`${Math.round(inPage)}`.padStart(6)}  the first chart in the page; main thread busy ${Math.round(busy / 1000)} ms in all`);
    if (process.env.PROFILE) {
      const { profile } = await cdp.send('Profiler.stop');
      console.log('hottest functions (self time, ms):');
      for (const [name, total] of selfTimes(profile).slice(0, 30)) console.log(`  ${total.toFixed(1).padStart(7)}  ${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
