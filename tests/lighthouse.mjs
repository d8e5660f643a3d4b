// Lighthouse audit of the demo page (the standalone index.html in dist/), run by scripts/test.sh.
// Requires accessibility 100 and best practices >= 95; prints both scores and any failing audit.
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const port = Number(process.env.LIGHTHOUSE_PORT || 4199);
const server = spawn(process.execPath, ['tests/e2e/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  const result = await lighthouse(`http://127.0.0.1:${port}/`, {
    port: chrome.port,
    onlyCategories: ['accessibility', 'best-practices'],
    output: 'json',
    logLevel: 'error',
    formFactor: 'desktop',
    screenEmulation: { mobile: false, width: 1280, height: 900, deviceScaleFactor: 1, disabled: false },
  });
  const { categories, audits } = result.lhr;
  const accessibility = Math.round(categories.accessibility.score * 100);
  const practices = Math.round(categories['best-practices'].score * 100);
  console.log(`Lighthouse: accessibility ${accessibility}, best practices ${practices}`);
  for (const category of [categories.accessibility, categories['best-practices']]) {
    for (const ref of category.auditRefs) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`  failing: ${category.id} / ${audit.id}: ${audit.title}`);
    }
  }
  failed = accessibility < 100 || practices < 95;
  console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed');
} finally {
  await chrome.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
