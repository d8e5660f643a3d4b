// Finishes the built standalone page (dist/index.html, run by Trunk's post_build hook, see Trunk.toml): puts the
// default dataset's snapshot inside #zhenggai (`zhenggai snapshot --into`), then takes out Trunk's inline start
// script and the wasm's preload, so that the first view is painted without waiting for the wasm, which
// embed/page-start.mjs (referenced by index.html) requests after that first paint. Trunk has no option for either.
// Fails the build when Trunk's output no longer has the expected shape, rather than shipping a page that starts
// the widget twice or never.
//
//   node scripts/standalone-page.mjs [staging dir]     (Trunk passes it as TRUNK_STAGING_DIR)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('usage: node scripts/standalone-page.mjs <staging dir>');
const page = join(staging, 'index.html');

execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'zhenggai-cli', '--', 'snapshot',
  'data/shaoyang-jingkaiqu-2023-12-22.json', '--into', page], { stdio: 'inherit' });

let html = readFileSync(page, 'utf8');
const start = /<script type="module">\s*import init, \* as bindings from '\.\/zhenggai-widget\.js';[\s\S]*?TrunkApplicationStarted[\s\S]*?<\/script>/;
const preload = /<link rel="preload" href="\.\/zhenggai-widget_bg\.wasm"[^>]*>/;
for (const [name, pattern] of [['start script', start], ['wasm preload', preload]]) {
  if (!pattern.test(html)) throw new Error(`standalone-page: Trunk's ${name} not found in ${page}; has Trunk's output changed?`);
  html = html.replace(pattern, '');
}
if (!html.includes('src="page-start.mjs"')) throw new Error('standalone-page: index.html no longer loads page-start.mjs');
writeFileSync(page, html);
