// The transfer-size budget: what a host page downloads for the widget (the loader, the glue, the wasm, the CSS
// and early-download.js), gzip -9, must not grow more than 3 % over the figure recorded in
// tests/size-budget.json. Growth is then a decision (record the new figure, with the reason, in
// docs/benchmarks.md), not an accident. Run by scripts/test.sh after the release build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const budget = JSON.parse(readFileSync(join(root, 'tests', 'size-budget.json'), 'utf8'));
const files = ['zhenggai.js', 'zhenggai-widget.js', 'zhenggai-widget_bg.wasm', 'zhenggai.css', 'early-download.js'];
let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(join(root, 'dist', file)), { level: 9 }).length;
  console.log(`${file.padEnd(26)} ${String(size).padStart(8)} bytes gzip -9`);
  total += size;
}
const limit = Math.floor(budget.transfer_gzip_bytes * (1 + budget.tolerance));
const change = ((total / budget.transfer_gzip_bytes - 1) * 100).toFixed(1);
console.log(`transfer: ${total} bytes (${(total / 1024).toFixed(1)} KiB), recorded ${budget.transfer_gzip_bytes} (${change} %), limit ${limit}`);
if (total > limit) {
  console.log(`0 passed, 1 failed: the transfer grew more than ${budget.tolerance * 100} % over tests/size-budget.json`);
  process.exit(1);
}
console.log('1 passed, 0 failed');
