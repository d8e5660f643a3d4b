// The widget's benchmarks in headless Chromium (method and results: docs/benchmarks.md).
//
//   node tests/bench/bench.mjs            every measurement (about 5 minutes on 2 cores)
//   node tests/bench/bench.mjs --quick    fewer runs and no 100k round, to check the script itself
//   node tests/bench/bench.mjs --filter-only    only the filter clicks
//   DIST=/tmp/dist-old node tests/bench/bench.mjs     measures another build (for before/after records)
//
// Needs a release build in dist/ (`make build`) and the native CLI (built here if missing). Writes the results
// to target/bench/results.json and prints them as Markdown tables.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { centreOnScreen, launchChromium, root, startServer, transferSizes } from './harness.mjs';

const quick = process.argv.includes('--quick');
// --filter-only: only the filter clicks (while working on them); the printed tables then lack the loads.
const filterOnly = process.argv.includes('--filter-only');
const port = Number(process.env.BENCH_PORT || 4180);
const origin = `http://127.0.0.1:${port}`;
const benchDir = join(root, 'target', 'bench');
const cli = join(root, 'target', 'native', 'zhenggai');
const dist = process.env.DIST ? resolve(process.env.DIST) : join(root, 'dist');

// The rounds: [name, units, problems]. Seed 1, the seed's own status vocabulary.
const ROUNDS = quick ? [['1k', 10, 1000], ['10k', 100, 10000]] : [['1k', 10, 1000], ['10k', 100, 10000], ['100k', 500, 100000]];
const LOAD_RUNS = quick ? 2 : 5;
const FILTER_CLICKS = quick ? 10 : 40;
// A "normal connection" for the reference report: 10 Mbit/s down, 40 ms round trip.
const NORMAL_CONNECTION = { offline: false, latency: 40, downloadThroughput: (10e6 / 8), uploadThroughput: (5e6 / 8) };

function fail(message) {
  console.error(message);
  process.exit(1);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value) => `${Math.round(value)} ms`;

/** Raw, gzip -9 and brotli -11 sizes of the files a host page downloads. */
function widgetTransfer() {
  // early-download.js is fetched by the loader for a widget with data-src (builds before 2026-11-27 lack it).
  const files = ['zhenggai.js', 'zhenggai-widget.js', 'zhenggai-widget_bg.wasm', 'zhenggai.css', 'early-download.js']
    .filter((name) => name !== 'early-download.js' || existsSync(join(dist, name)));
  const rows = files.map((name) => {
    const path = join(dist, name);
    if (!existsSync(path)) fail(`${path} is missing: run \`make build\` first`);
    return { file: name, ...transferSizes(path) };
  });
  const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total: { file: 'total', ...total } };
}

/** Writes the synthetic rounds with the CLI (building it first if needed). */
function writeRounds() {
  if (!existsSync(cli)) {
    console.log('building the CLI (cargo build --profile native -p zhenggai-cli)…');
    const build = spawnSync('cargo', ['build', '--profile', 'native', '-p', 'zhenggai-cli'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) fail('could not build the CLI');
  }
  mkdirSync(benchDir, { recursive: true });
  const sizes = {};
  for (const [name, units, problems] of ROUNDS) {
    const out = join(benchDir, `round-${name}.json`);
    const run = spawnSync(cli, ['synth', '--units', String(units), '--problems', String(problems), '--seed', '1', '-o', out], { encoding: 'utf8' });
    if (run.status !== 0) fail(`zhenggai synth failed: ${run.stderr}`);
    sizes[name] = readFileSync(out).length;
  }
  return sizes;
}

// Installed before the page's own scripts: records when the first chart's SVG is in the document, then when the
// frame that shows it has been painted (a task queued from requestAnimationFrame runs after that frame's paint).
const FIRST_CHART_PROBE = `
  window.__bench = {};
  new MutationObserver((_, observer) => {
    if (window.__bench.inserted || !document.querySelector('.zg-chart-svg svg')) return;
    window.__bench.inserted = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__bench.painted = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Navigation → first chart painted, the dataset's last byte → first chart painted, and memory after load, for one
 * dataset address (null: the built-in report).
 */
async function loadOnce(browser, data, network) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await page.addInitScript(FIRST_CHART_PROBE);
  const url = data ? `${origin}/?data=${encodeURIComponent(data)}` : `${origin}/`;
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.painted, null, { timeout: 120_000, polling: 50 });
  const painted = await page.evaluate(() => window.__bench.painted);
  // When the dataset's last byte arrived (the browser's own timing of the request): what is left after it is the
  // widget's work on the data, the part that the network no longer hides.
  const lastByte = data
    ? await page.evaluate((address) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(address))?.responseEnd ?? null, data)
    : null;
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
  const jsHeap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const wasm = await page.evaluate(() => (window.wasmBindings?.memoryBytes ? window.wasmBindings.memoryBytes() : 0));
  const problems = await page.evaluate(() => document.querySelector('[data-testid=result-count]')?.textContent ?? '');
  await context.close();
  return { painted, lastByte, jsHeap, wasm, problems };
}

/**
 * Click on a status filter → next paint, `clicks` times (turning it on and off), on a loaded page, at two moments
 * of the frame: just after a frame has been painted (the worst case: the next frame is a whole frame away) and at
 * a random moment of the frame (as a person's click, which knows nothing of the screen's refresh). The same waits
 * without a click give the frame floor of each.
 */
async function filterToPaint(browser, data) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(data ? `${origin}/?data=${encodeURIComponent(data)}` : `${origin}/`);
  await page.waitForSelector('[data-testid=status-filter] button', { timeout: 120_000 });
  // The search index is built in the background after the first paint; let it finish first.
  await page.waitForTimeout(1000);
  await centreOnScreen(page, '[data-testid=status-filter] button');
  const out = await page.evaluate(async (clicks) => {
    const button = document.querySelector('[data-testid=status-filter] button');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    // A moment drawn uniformly from one frame (16.7 ms at 60 Hz), counted from just after a paint.
    const randomMoment = () => new Promise((r) => setTimeout(r, Math.random() * 16.7));
    // The page of cards is complete when it holds min(50, the number of problems that pass the filters).
    const passing = () => Number(/([\d,]+)\s*\//.exec(document.querySelector('[data-testid=result-count]').textContent)[1].replace(/,/g, ''));
    const complete = () => document.querySelectorAll('[data-testid=problem]').length === Math.min(50, passing());
    const settle = async () => {
      do await frame(); while (!complete());
      await frame();
    };
    const result = { times: [], complete: [], random: [], floor: [], randomFloor: [] };
    for (let i = 0; i < clicks; i += 1) {
      const start = performance.now();
      button.click();
      await frame();
      result.times.push(performance.now() - start);
      while (!complete()) await frame();
      result.complete.push(performance.now() - start);
      await settle();
    }
    for (let i = 0; i < clicks; i += 1) {
      await randomMoment();
      const start = performance.now();
      button.click();
      await frame();
      result.random.push(performance.now() - start);
      await settle();
    }
    for (let i = 0; i < clicks; i += 1) {
      let start = performance.now();
      await frame();
      result.floor.push(performance.now() - start);
      await randomMoment();
      start = performance.now();
      await frame();
      result.randomFloor.push(performance.now() - start);
      await frame();
    }
    return result;
  }, FILTER_CLICKS);
  await context.close();
  return {
    median: median(out.times),
    p95: percentile(out.times, 95),
    max: Math.max(...out.times),
    completeMedian: median(out.complete),
    completeP95: percentile(out.complete, 95),
    randomMedian: median(out.random),
    randomP95: percentile(out.random, 95),
    floorMedian: median(out.floor),
    randomFloorMedian: median(out.randomFloor),
    clicks: out.times.length,
  };
}

async function main() {
  const transfer = widgetTransfer();
  const roundBytes = writeRounds();
  const server = await startServer(port, ROUNDS.map(([name]) => `/bench/round-${name}.json`));
  const browser = await launchChromium();
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memory: mb(totalmem()), chromium: browser.version() },
    quick,
    transfer,
    load: [],
    filter: [],
  };
  try {
    const datasets = [['reference (built in)', null, null], ...ROUNDS.map(([name]) => [`round ${name}`, `/bench/round-${name}.json`, roundBytes[name]])];
    for (const [label, data, bytes] of filterOnly ? [] : datasets) {
      const runs = [];
      for (let i = 0; i < LOAD_RUNS; i += 1) runs.push(await loadOnce(browser, data));
      const row = {
        dataset: label,
        bytes,
        firstChart: median(runs.map((r) => r.painted)),
        firstChartMax: Math.max(...runs.map((r) => r.painted)),
        afterLastByte: data ? median(runs.map((r) => r.painted - (r.lastByte ?? Number.NaN))) : null,
        wasmMemory: Math.max(...runs.map((r) => r.wasm)),
        jsHeap: median(runs.map((r) => r.jsHeap)),
        shown: runs[0].problems,
        runs: runs.length,
      };
      results.load.push(row);
      console.log(`load ${label}: first chart ${ms(row.firstChart)} (max ${ms(row.firstChartMax)})${data ? `, ${ms(row.afterLastByte)} after the last byte` : ''}, wasm ${mb(row.wasmMemory)}, JS heap ${mb(row.jsHeap)}`);
    }
    const throttled = [];
    for (let i = 0; i < (filterOnly ? 0 : LOAD_RUNS); i += 1) throttled.push(await loadOnce(browser, null, NORMAL_CONNECTION));
    results.normalConnection = { network: NORMAL_CONNECTION, firstChart: median(throttled.map((r) => r.painted)), firstChartMax: Math.max(...throttled.map((r) => r.painted)) };
    console.log(`reference on 10 Mbit/s, 40 ms: first chart ${ms(results.normalConnection.firstChart)}`);
    for (const [name] of ROUNDS) {
      const row = { dataset: `round ${name}`, ...(await filterToPaint(browser, `/bench/round-${name}.json`)) };
      results.filter.push(row);
      console.log(`filter → paint, ${name}: at a random moment median ${row.randomMedian.toFixed(1)} ms (floor ${row.randomFloorMedian.toFixed(1)}); just after a frame median ${row.median.toFixed(1)} ms (floor ${row.floorMedian.toFixed(1)}), p95 ${row.p95.toFixed(1)} ms; list complete: median ${row.completeMedian.toFixed(1)} ms`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  console.log('\n### Transfer (what a host page downloads)\n');
  console.log('| file | raw | gzip -9 | brotli -11 |\n|---|---|---|---|');
  for (const r of [...transfer.rows, transfer.total]) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  if (!filterOnly) {
    console.log('\n### Load: navigation → first chart painted (median of runs), the dataset\'s last byte → first chart, memory after load\n');
    console.log('| dataset | file | first chart | slowest run | after the last byte | wasm memory | JS heap | runs |\n|---|---|---|---|---|---|---|---|');
    for (const r of results.load) console.log(`| ${r.dataset} | ${r.bytes ? mb(r.bytes) : '(in the wasm)'} | ${ms(r.firstChart)} | ${ms(r.firstChartMax)} | ${r.afterLastByte === null ? '—' : ms(r.afterLastByte)} | ${mb(r.wasmMemory)} | ${mb(r.jsHeap)} | ${r.runs} |`);
    console.log(`| reference, 10 Mbit/s + 40 ms RTT | — | ${ms(results.normalConnection.firstChart)} | ${ms(results.normalConnection.firstChartMax)} | — | — | — | ${LOAD_RUNS} |`);
  }
  const f = (value) => `${value.toFixed(1)} ms`;
  console.log('\n### Filter click → next paint, and → the page of cards complete\n');
  console.log('| dataset | at a random moment: median | p95 | just after a frame: median | p95 | max | list complete: median | p95 | clicks |\n|---|---|---|---|---|---|---|---|---|');
  for (const r of results.filter) console.log(`| ${r.dataset} | ${f(r.randomMedian)} | ${f(r.randomP95)} | ${f(r.median)} | ${f(r.p95)} | ${f(r.max)} | ${f(r.completeMedian)} | ${f(r.completeP95)} | ${r.clicks} × 2 |`);
  const floors = results.filter.map((r) => `${f(r.randomFloorMedian)} at a random moment, ${f(r.floorMedian)} just after a frame`);
  if (floors.length) console.log(`\nframe floor (the same waits without a click; median): ${floors.join('; ')}`);
  console.log(`\nmachine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memory}, Chromium ${results.machine.chromium}`);
}

main().catch((error) => fail(error.stack || String(error)));
