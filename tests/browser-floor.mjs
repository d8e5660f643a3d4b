// The oldest browsers the built widget can run in, derived from what the built files use: the WebAssembly
// features the wasm declares (binaryen's wasm-opt --print-features reads its target-features section) and the
// newest JavaScript syntax of the glue, the loader and the standalone page. It fails when the floor rises above
// tests/browser-floor.json, or when the build uses a feature the table below does not know, so that a toolchain
// upgrade that drops older browsers is noticed (docs/embedding.md, "Supported browsers", says what they see).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

// First versions with each feature (webassembly.org's feature table; MDN's compatibility data for the syntax).
const FIRST = {
  'mutable-globals': { chrome: 74, firefox: 61, safari: 13.1 },
  'nontrapping-float-to-int': { chrome: 75, firefox: 64, safari: 15 },
  'bulk-memory': { chrome: 75, firefox: 79, safari: 15 },
  'bulk-memory-opt': { chrome: 75, firefox: 79, safari: 15 },
  'sign-ext': { chrome: 74, firefox: 62, safari: 14.1 },
  'reference-types': { chrome: 96, firefox: 79, safari: 15 },
  'call-indirect-overlong': { chrome: 96, firefox: 79, safari: 15 },
  multivalue: { chrome: 85, firefox: 78, safari: 13.1 },
  simd: { chrome: 91, firefox: 89, safari: 16.4 },
  'tail-call': { chrome: 112, firefox: 121, safari: 18.2 },
  'exception-handling': { chrome: 95, firefox: 100, safari: 15.2 },
  'extended-const': { chrome: 114, firefox: 112, safari: 17.4 },
  gc: { chrome: 119, firefox: 120, safari: 18.2 },
  // JavaScript: ES modules with dynamic import, optional chaining and ??, top-level await.
  'es-modules': { chrome: 63, firefox: 67, safari: 11.1 },
  'optional-chaining': { chrome: 80, firefox: 74, safari: 13.1 },
  'top-level-await': { chrome: 89, firefox: 89, safari: 15 },
};

const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');
const printed = execFileSync(wasmOpt, [join(dist, 'zhenggai-widget_bg.wasm'), '--print-features', '-o', '/dev/null'], { encoding: 'utf8' });
const used = printed.split(/\s+/).filter((f) => f.startsWith('--enable-')).map((f) => f.slice('--enable-'.length));
used.push('es-modules');
const scripts = ['zhenggai-widget.js', 'zhenggai.js', 'early-download.js', 'page-start.mjs'].map((f) => readFileSync(join(dist, f), 'utf8'));
if (scripts.some((s) => /\?\.|\?\?/.test(s))) used.push('optional-chaining');
// Any inline module of the standalone page (it has none since page-start.mjs starts the widget) that awaits at
// its top level.
const page = readFileSync(join(dist, 'index.html'), 'utf8');
const inline = [...page.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
if (/^\s*(const|let|var)?\s*[\w\s=]*await\s/m.test(inline)) used.push('top-level-await');

const unknown = used.filter((f) => !FIRST[f]);
const floor = { chrome: 0, firefox: 0, safari: 0 };
for (const feature of used.filter((f) => FIRST[f])) {
  for (const browser of Object.keys(floor)) floor[browser] = Math.max(floor[browser], FIRST[feature][browser]);
}
const recorded = JSON.parse(readFileSync(join(root, 'tests', 'browser-floor.json'), 'utf8'));
console.log(`features: ${used.join(', ')}`);
console.log(`floor: Chromium ${floor.chrome}, Firefox ${floor.firefox}, Safari ${floor.safari}`);
const risen = Object.keys(floor).filter((b) => floor[b] > recorded[b]);
if (unknown.length || risen.length) {
  if (unknown.length) console.log(`features without a known first version: ${unknown.join(', ')} (add them to tests/browser-floor.mjs)`);
  if (risen.length) console.log(`the floor rose for ${risen.join(', ')}: update docs/embedding.md and tests/browser-floor.json`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log('1 passed, 0 failed');
