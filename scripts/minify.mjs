// Minifies the built scripts and style sheet (the second step of Trunk's post_build hook, scripts/post-build.mjs)
// with esbuild, for the browsers docs/embedding.md supports (tests/browser-floor.json), so that minifying never
// raises that floor. Trunk's own minifier cannot read wasm-bindgen's glue (`export default`) and writes HTML the
// snapshot step cannot read, so it stays off. The sources in embed/, authoring/ and style/ stay as written; the
// integrity hashes Trunk wrote for files changed here are written again.
//
//   node scripts/minify.mjs [staging dir]     (Trunk passes it as TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const staging = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('usage: node scripts/minify.mjs <staging dir>');
const floor = JSON.parse(readFileSync(fileURLToPath(new URL('../tests/browser-floor.json', import.meta.url)), 'utf8'));
const target = [`chrome${floor.chrome}`, `firefox${floor.firefox}`, `safari${floor.safari}`];

const loaders = { '.js': 'js', '.mjs': 'js', '.css': 'css' };
for (const name of readdirSync(staging)) {
  const loader = loaders[name.slice(name.lastIndexOf('.'))];
  if (!loader) continue;
  const file = join(staging, name);
  // No `format`: a module stays a module and a classic script (frame.js) keeps its top-level names.
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader, minify: true, target, legalComments: 'none' });
  writeFileSync(file, code);
}

// Subresource integrity: each `integrity` attribute of a staged page, for the file its tag names.
for (const name of readdirSync(staging).filter((n) => n.endsWith('.html'))) {
  const page = join(staging, name);
  const html = readFileSync(page, 'utf8').replace(/<[^>]*\sintegrity="[^"]*"[^>]*>/g, (tag) => {
    const reference = /\s(?:href|src)="\.?\/?([^"?#]+)"/.exec(tag);
    if (!reference) throw new Error(`minify: no file for the integrity hash in ${tag}`);
    const digest = createHash('sha384').update(readFileSync(join(staging, reference[1]))).digest('base64');
    return tag.replace(/\sintegrity="[^"]*"/, ` integrity="sha384-${digest}"`);
  });
  writeFileSync(page, html);
}
