// What the benchmark scripts (bench.mjs, trace.mjs, load-trace.mjs, size-floor.mjs) share: the test server they
// start, the browser they drive, putting the status filter on screen as a visitor would have it, reading a CPU
// profile, and a file's transfer sizes.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * Starts the test server (`dist/` at /, or the build in $DIST; `target/bench/` at /bench/) with gzip on, as a
 * production server would, and asks once for each of `warm` (paths): the server compresses a file at its first
 * request (0.8 s for the 60 MB round) and keeps it, and no visitor of a production server waits for that.
 * Exits when something already answers on the port: a server left running by an interrupted run would answer
 * with its own build and its own cache of compressed files, and the measurements would be of that build.
 */
export async function startServer(port, warm = []) {
  const origin = `http://127.0.0.1:${port}`;
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
      if ((await fetch(`${origin}/`)).ok) {
        for (const path of warm) await (await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
        return server;
      }
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  console.error('the test server did not start');
  process.exit(1);
}

/** The Debian Chromium, headless, without the background work that would add noise. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Scrolls `selector` to the middle of the screen, as a visitor about to click it would have it, and waits for the
 * lists to be complete. Sections off screen are not laid out (see the CSS) and take their real height once near
 * the screen, which can move the element after the first scroll: it scrolls again until the element stays.
 */
export async function centreOnScreen(page, selector) {
  await page.evaluate(async (selector) => {
    const element = document.querySelector(selector);
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    // The page of cards is complete when it holds min(50, the number of problems that pass the filters).
    const passing = () => Number(/([\d,]+)\s*\//.exec(document.querySelector('[data-testid=result-count]').textContent)[1].replace(/,/g, ''));
    const complete = () => document.querySelectorAll('[data-testid=problem]').length === Math.min(50, passing());
    for (let i = 0; i < 10; i += 1) {
      element.scrollIntoView({ block: 'center' });
      do await frame(); while (!complete());
      await frame();
      const { top, bottom } = element.getBoundingClientRect();
      if (Math.abs((top + bottom) / 2 - innerHeight / 2) < 2) break;
    }
  }, selector);
}

/** A CPU profile's self time by function (name and file), in ms, the hottest first. */
export function selfTimes(profile) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const { functionName, url } = byId.get(id).callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

/** A file's size raw, with gzip -9 and with brotli -11 (Node's zlib), in bytes: what a visitor would download. */
export function transferSizes(path) {
  const body = readFileSync(path);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
