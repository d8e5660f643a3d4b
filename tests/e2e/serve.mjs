// A tiny static server for the end-to-end tests: dist/ at /, test fixtures at /fixtures/.
// No dependencies; serves .wasm as application/wasm, which browsers require for streaming compilation.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { body as caseBody, generate, settings } from '../corpus/corpus.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const port = Number(process.env.PORT || 4173);
const mounts = [
  ['/fixtures/', join(here, 'fixtures')],
  // Synthetic rounds written by tests/bench/bench.mjs.
  ['/bench/', join(root, 'target', 'bench')],
  // The size floor's apps, built by tests/bench/size-floor.mjs.
  ['/size-floor/', join(root, 'target', 'size-floor')],
  // dist/ again under a sub-path, as a web team deploys it inside its site (tests/e2e/subpath.spec.mjs).
  ['/portal/zhenggai/', process.env.DIST ? resolve(process.env.DIST) : join(root, 'dist')],
  // DIST=… serves another build (the benchmarks compare two builds that way).
  ['/', process.env.DIST ? resolve(process.env.DIST) : join(root, 'dist')],
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

// /slow/<path> serves <path> in 16 chunks over about 1.6 s with a Content-Length, for progress tests;
// /slow-gzip/<path> does the same with the body gzipped, so that Content-Length counts compressed bytes while
// the page receives more (decompressed) ones, as from any production server.
async function serveSlowly(res, file, compress) {
  const raw = await readFile(file);
  const body = compress ? gzipSync(raw, { level: 9 }) : raw;
  const headers = { 'content-type': types[extname(file)] || 'application/octet-stream', 'content-length': body.length };
  if (compress) headers['content-encoding'] = 'gzip';
  res.writeHead(200, headers);
  const step = Math.ceil(body.length / 16);
  for (let at = 0; at < body.length; at += step) {
    res.write(body.subarray(at, at + step));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  res.end();
}

// /corpus/<case> serves a hostile-input case from tests/corpus/ (its body, or what its recipe generates).
const generated = new Map();
async function serveCorpusCase(res, name) {
  if (name.endsWith('.gen')) {
    if (!generated.has(name)) generated.set(name, generate(name));
    const { bytes, chunked } = generated.get(name);
    const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
    if (!chunked) headers['content-length'] = bytes.length;
    res.writeHead(200, headers);
    // 1 MB at a time, waiting for the socket to drain: the widget may stop reading (and close) part way.
    for (let at = 0; at < bytes.length && !res.destroyed; at += 1 << 20) {
      if (!res.write(bytes.subarray(at, at + (1 << 20)))) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
    }
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(caseBody(name));
}

// /corpus-net/… misbehaves the way real servers do, for the tests/corpus/net-*.net cases.
async function serveMisbehaviour(req, res, what) {
  const status = /^status\/(\d{3})$/.exec(what);
  if (status) {
    res.writeHead(Number(status[1]), { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><title>error</title><p>error</p>');
  } else if (what === 'hang') {
    req.socket.setTimeout(0); // never answers; the widget must give up by itself
  } else if (what === 'stall') {
    const half = (await readFile(join(root, 'data/shaoyang-jingkaiqu-2023-12-22.json'))).subarray(0, 20_000);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': half.length * 2 });
    res.write(half); // …and then nothing more
  } else if (what === 'html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><html><head><title>门户网站</title></head><body><script>parent.__zgPwned = "html"</script>登录</body></html>');
  } else {
    res.writeHead(404);
    res.end();
  }
}

// Compressed once per file version (path, size, modification time) and kept: a production server sends a
// precompressed file, or compresses as it streams, and answers at once. Reading and compressing the 60 MB round
// at every request made the benchmark wait for our server (about 0.2 s warm, 0.8 s for the first request).
const gzipCache = new Map();
async function gzipped(file, size, modified) {
  const key = `${file}\u0000${size}\u0000${modified}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(await readFile(file), { level: 6 }));
  return gzipCache.get(key);
}

// /fixtures/snapshot-host.html: a government-style host page with a <zhenggai-board> holding the snapshot a web
// team pastes (`zhenggai snapshot --embed`, made here from the built-in dataset by the CLI, so that it is always
// the components' current output), with text below it; `?bare` without the snapshot, `?csp` under the strict
// policy, `?hostile` with the hostile host style sheet.
let snapshotMarkup;
function embeddedSnapshot() {
  if (snapshotMarkup === undefined) {
    const cli = join(root, 'target/debug/zhenggai');
    const args = ['snapshot', join(root, 'data/shaoyang-jingkaiqu-2023-12-22.json'), '--embed', '/'];
    snapshotMarkup = existsSync(cli)
      ? execFileSync(cli, args, { encoding: 'utf8' })
      : execFileSync('cargo', ['run', '--quiet', '-p', 'zhenggai-cli', '--', ...args], { cwd: root, encoding: 'utf8' });
  }
  return snapshotMarkup;
}

function snapshotHost(res, query) {
  const params = new URLSearchParams(query);
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (params.has('csp')) headers['content-security-policy'] = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const hostile = params.has('hostile') ? '<link rel="stylesheet" href="/fixtures/hostile.css">' : '';
  const inside = params.has('bare') ? '' : embeddedSnapshot();
  res.writeHead(200, headers);
  res.end(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>某市纪委监委 · 巡视整改</title>${params.has('csp') ? '' : '<link rel="icon" href="data:,">'}${hostile}
<script type="module" src="/zhenggai.js"></script></head>
<body><header><h1>某市纪委监委网站</h1><p>巡视整改专栏</p></header><main>
<zhenggai-board>${inside}</zhenggai-board>
<p id="below">本栏目内容由某市纪委监委发布。</p></main></body></html>`);
}

async function handle(req, res) {
  try {
    const { pathname: requested, search } = new URL(req.url, 'http://localhost');
    if (requested === '/fixtures/snapshot-host.html') {
      snapshotHost(res, search);
      return;
    }
    if (requested.startsWith('/corpus/')) {
      await serveCorpusCase(res, decodeURIComponent(requested.slice('/corpus/'.length)));
      return;
    }
    if (requested.startsWith('/corpus-settings/')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(settings(decodeURIComponent(requested.slice('/corpus-settings/'.length)))));
      return;
    }
    if (requested.startsWith('/corpus-net/')) {
      await serveMisbehaviour(req, res, requested.slice('/corpus-net/'.length));
      return;
    }
    const slow = /^\/slow(-gzip)?\//.exec(requested);
    const pathname = slow ? requested.slice(slow[0].length - 1) : requested;
    const file = await fileFor(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    if (slow) {
      await serveSlowly(res, file, Boolean(slow[1]));
      return;
    }
    const headers = { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
    const policy = policies.find(([prefix]) => pathname.startsWith(prefix));
    if (policy) headers['content-security-policy'] = policy[1];
    // GZIP=1 (the benchmarks): compress as any production server would, so that transfer times are realistic.
    const { size, mtimeMs } = await stat(file);
    let body;
    if (process.env.GZIP === '1' && /gzip/.test(req.headers['accept-encoding'] || '') && size > 1024) {
      body = await gzipped(file, size, mtimeMs);
      headers['content-encoding'] = 'gzip';
    } else {
      body = await readFile(file);
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    if (!res.headersSent) res.writeHead(400);
    res.end('bad request');
  }
}

// Links of 200,000 characters are a test case: allow request heads beyond Node's 16 KB default.
const options = { maxHeaderSize: 1 << 20 };
createServer(options, handle).listen(port, '127.0.0.1', () => console.log(`serving dist/ on http://127.0.0.1:${port}`));
// The same files on the next port: another origin, and no Access-Control-Allow-Origin, for the CORS case.
createServer(options, handle).listen(port + 1, '127.0.0.1');
