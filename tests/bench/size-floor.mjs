// The size floor (docs/benchmarks.md): how many of the widget's transfer bytes its layers cost before any of its
// own interface. Builds the three apps of tests/bench/size-floor/ (Leptos alone; + reading the built-in dataset;
// + the charts) exactly as Trunk builds the widget (release profile, wasm-bindgen --target web, wasm-opt -Oz),
// checks in Chromium that each does what it claims (so that no layer was optimised away), and prints their
// transfer sizes beside the widget's in dist/.
//
//   node tests/bench/size-floor.mjs       (about 1–3 minutes; `make build` first for the widget's row)
//
// Writes the apps to target/size-floor/ and the results to target/size-floor/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, root, startServer, transferSizes } from './harness.mjs';

const port = Number(process.env.BENCH_PORT || 4181);
const origin = `http://127.0.0.1:${port}`;
const out = join(root, 'target', 'size-floor');
const built = join(root, 'target', 'wasm32-unknown-unknown', 'release');
const reference = JSON.parse(readFileSync(join(root, 'data', 'shaoyang-jingkaiqu-2023-12-22.json'), 'utf8'));

/** The layers, each including the one before: [binary, what it adds]. */
const LAYERS = [
  ['floor-leptos', 'Leptos alone (a button and a count)'],
  ['floor-dataset', '+ reading the built-in report (core, serde_json, the report)'],
  ['floor-charts', '+ counts, ranking and the three charts (plotters)'],
];

function fail(message) {
  console.error(message);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` } });
  if (result.status !== 0) fail(`failed: ${command} ${args.join(' ')}`);
}

/** The apps, built as Trunk builds the widget (see index.html and Trunk.toml). */
function build() {
  run('cargo', ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '-p', 'zhenggai-size-floor']);
  for (const [name] of LAYERS) {
    const dir = join(out, name);
    mkdirSync(dir, { recursive: true });
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir, join(built, `${name}.wasm`)]);
    const wasm = join(dir, `${name}_bg.wasm`);
    run('wasm-opt', [`--output=${wasm}`, '-Oz', wasm]);
    writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>
<script type="module">import init from './${name}.js'; init();</script></head><body></body></html>\n`);
  }
}

/** A check that failed: thrown, so that the browser and the server are closed before the script exits. */
function problem(message) {
  throw new Error(message);
}

/** Opens each app and checks that it works: the count follows the button, the dataset and the charts are there. */
async function check() {
  const server = await startServer(port);
  const browser = await launchChromium();
  try {
    for (const [name] of LAYERS) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${origin}/size-floor/${name}/`);
      const text = (what) => page.locator(`[data-floor=${what}]`).textContent({ timeout: 10_000 });
      if ((await text('presses')) !== '0') problem(`${name}: no count shown`);
      const chartsBefore = name === 'floor-charts' ? await page.locator('[data-floor=charts]').innerHTML() : '';
      await page.click('button');
      await page.waitForFunction(() => document.querySelector('[data-floor=presses]')?.textContent === '1', null, { timeout: 5_000 })
        .catch(() => problem(`${name}: the count does not follow the button`));
      if (name !== 'floor-leptos' && (await text('dataset')) !== `${reference.problems.length} problems`) {
        problem(`${name}: expected "${reference.problems.length} problems", got "${await text('dataset')}"`);
      }
      if (name === 'floor-charts') {
        const svgs = await page.locator('[data-floor=charts] svg').count();
        if (svgs !== 3) problem(`${name}: expected 3 charts, found ${svgs}`);
        if ((await page.locator('[data-floor=charts]').innerHTML()) === chartsBefore) problem(`${name}: the charts do not follow the button`);
      }
      if (errors.length) problem(`${name}: ${errors.join('; ')}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const plus = (bytes) => `+${(bytes / 1024).toFixed(1)} KB`;
const sum = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

async function main() {
  build();
  await check();
  const rows = LAYERS.map(([name, what]) => ({
    name,
    what,
    ...sum(transferSizes(join(out, name, `${name}_bg.wasm`)), transferSizes(join(out, name, `${name}.js`))),
  }));
  const widgetFiles = ['zhenggai-widget_bg.wasm', 'zhenggai-widget.js'].map((file) => join(root, 'dist', file));
  if (widgetFiles.every(existsSync)) {
    rows.push({ name: 'zhenggai-widget', what: 'the widget (dist/)', ...widgetFiles.map(transferSizes).reduce(sum) });
  } else {
    console.log('(no release build in dist/: `make build` adds the widget to the table)');
  }
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);

  console.log('\n### The size floor (wasm + its wasm-bindgen glue; the loader and the CSS are not counted)\n');
  console.log('| app | what it holds | raw | gzip -9 | adds (gzip) | brotli -11 |\n|---|---|---|---|---|---|');
  rows.forEach((row, i) => {
    const added = i === 0 ? '' : plus(row.gzip - rows[i - 1].gzip);
    console.log(`| ${row.name} | ${row.what} | ${kb(row.raw)} | ${kb(row.gzip)} | ${added} | ${kb(row.brotli)} |`);
  });
}

main().catch((error) => fail(String(error?.message ?? error)));
