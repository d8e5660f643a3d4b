// The first view, measured as Lighthouse measures it (docs/benchmarks.md, "The first view"): performance score,
// First Contentful Paint, Largest Contentful Paint and Cumulative Layout Shift, with Lighthouse's default
// simulated mobile (slow 4G, 4× CPU slowdown), on
//   - the standalone page (dist/index.html, with the snapshot the build bakes in),
//   - a host page whose <zhenggai-board> holds a pasted snapshot (tests/e2e/fixtures/snapshot-host.html),
//   - the same host page without a snapshot (what a page got before: a loading note until the wasm runs).
// Files are served gzipped (GZIP=1), as a government site would. Each page is audited RUNS times; the median is
// reported. Also checks, in Chromium, which frame paints the first chart: the first frame with any content
// should already hold the snapshot's chart.
//
//   node tests/bench/first-view.mjs            (after make build; RUNS=3 by default)
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';

const port = Number(process.env.BENCH_PORT || 4197);
const runs = Number(process.env.RUNS || 3);
const server = spawn(process.execPath, ['tests/e2e/serve.mjs'], { env: { ...process.env, PORT: String(port), GZIP: '1' }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));

const pages = [
  ['standalone page', '/'],
  ['host page, pasted snapshot', '/fixtures/snapshot-host.html'],
  ['host page, no snapshot', '/fixtures/snapshot-host.html?bare'],
];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = [];
try {
  for (const [name, path] of pages) {
    const seen = { score: [], fcp: [], lcp: [], cls: [] };
    for (let run = 0; run < runs; run += 1) {
      const { lhr } = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error',
      });
      seen.score.push(Math.round(lhr.categories.performance.score * 100));
      seen.fcp.push(lhr.audits['first-contentful-paint'].numericValue);
      seen.lcp.push(lhr.audits['largest-contentful-paint'].numericValue);
      seen.cls.push(lhr.audits['cumulative-layout-shift'].numericValue);
    }
    results.push({ name, score: median(seen.score), fcp: median(seen.fcp), lcp: median(seen.lcp), cls: median(seen.cls) });
  }
} finally {
  await chrome.kill();
}

// The first frame that paints anything: does it hold a chart? Frames are watched from the page's first script.
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const firstFrames = [];
try {
  for (const [name, path] of pages) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.addInitScript(() => {
      window.__frames = [];
      const look = () => {
        const roots = [document, ...[...document.querySelectorAll('zhenggai-board')].map((b) => b.shadowRoot).filter(Boolean)];
        const chart = roots.some((root) => root.querySelector('[data-testid=chart-status] svg'));
        const text = (document.body && document.body.innerText.trim().length > 0) || roots.length > 1;
        window.__frames.push({ t: performance.now(), chart, content: text });
        if (window.__frames.length < 600) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.waitForTimeout(3000);
    const frames = await page.evaluate(() => window.__frames);
    const first = frames.find((f) => f.content);
    const chart = frames.find((f) => f.chart);
    firstFrames.push({ name, firstContent: first && first.t, firstChart: chart && chart.t, sameFrame: Boolean(first && chart && first === chart || (first && chart && first.t === chart.t)) });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`Lighthouse performance, simulated mobile, median of ${runs}:`);
for (const r of results) {
  console.log(`  ${r.name.padEnd(28)} score ${r.score}  FCP ${(r.fcp / 1000).toFixed(2)} s  LCP ${(r.lcp / 1000).toFixed(2)} s  CLS ${r.cls.toFixed(3)}`);
}
console.log('First painted chart (390×844, unthrottled):');
for (const f of firstFrames) {
  const at = (t) => (t === undefined ? 'never' : `${t.toFixed(0)} ms`);
  console.log(`  ${f.name.padEnd(28)} first content ${at(f.firstContent)}, first chart ${at(f.firstChart)}${f.sameFrame ? ' (the same frame)' : ''}`);
}
