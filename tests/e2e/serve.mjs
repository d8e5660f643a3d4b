// A tiny static server for the end-to-end tests: dist/ at /, test fixtures at /fixtures/.
// No dependencies; serves .wasm as application/wasm, which browsers require for streaming compilation.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const port = Number(process.env.PORT || 4173);
const mounts = [
  ['/fixtures/', join(here, 'fixtures')],
  ['/', join(root, 'dist')],
];
// Pages under these folders are served with a Content-Security-Policy header, for the embedding tests.
const policies = [
  ['/fixtures/csp/', "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"],
  ['/fixtures/nowasm/', "default-src 'self'; script-src 'self'; style-src 'self'"],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, relative);
    if (!file.startsWith(dir)) return null;
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = join(file, 'index.html');
    if (await stat(file).catch(() => null)) return file;
    return null;
  }
  return null;
}

// /slow/<path> serves <path> in 16 chunks over about 1.6 s with a Content-Length, for progress tests.
async function serveSlowly(res, file) {
  const body = await readFile(file);
  res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'content-length': body.length });
  const step = Math.ceil(body.length / 16);
  for (let at = 0; at < body.length; at += step) {
    res.write(body.subarray(at, at + step));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  res.end();
}

createServer(async (req, res) => {
  try {
    const { pathname: requested } = new URL(req.url, 'http://localhost');
    const slow = requested.startsWith('/slow/');
    const pathname = slow ? requested.slice('/slow'.length) : requested;
    const file = await fileFor(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    if (slow) {
      await serveSlowly(res, file);
      return;
    }
    const headers = { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
    const policy = policies.find(([prefix]) => pathname.startsWith(prefix));
    if (policy) headers['content-security-policy'] = policy[1];
    res.writeHead(200, headers);
    res.end(await readFile(file));
  } catch {
    res.writeHead(400);
    res.end('bad request');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ on http://127.0.0.1:${port}`));
