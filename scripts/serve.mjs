// A tiny static server for the demo: serves www/ at / and pkg/ at /pkg/, with the CSP the page
// must work under. No dependencies. A browser that accepts brotli or gzip gets the copy
// scripts/preload.mjs wrote at build time (target/precompressed/), when it is at least as new as
// the file; otherwise the file as it is (nothing is compressed per request).
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.ics': 'text/calendar; charset=utf-8' };
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

// The encodings a request accepts (`br`, `gzip`), by its Accept-Encoding header; q=0 refuses one.
function accepted(header = '') {
  const ok = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    ok.add(name);
  }
  return ok;
}

// The body to send for `file`: its precompressed copy in an encoding the request accepts, if one
// is up to date, else the file itself. Synchronous reads of small local files: a request is
// answered in one turn of the event loop, which keeps the latency low when the machine is busy.
function body(file, acceptEncoding, { compress = true } = {}) {
  const source = statSync(file);
  if (compress) {
    const ok = accepted(acceptEncoding);
    for (const [encoding, suffix] of [['br', 'br'], ['gzip', 'gz']]) {
      if (!ok.has(encoding)) continue;
      const copy = join(root, 'target', 'precompressed', `${file.slice(root.length + 1)}.${suffix}`);
      if (statSync(copy, { throwIfNoEntry: false })?.mtimeMs >= source.mtimeMs) return { bytes: readFileSync(copy), encoding };
    }
  }
  return { bytes: readFileSync(file), encoding: null };
}

/** Starts the server; `options.compress: false` sends every file uncompressed. */
export function serve(port = 8080, host = '127.0.0.1', options = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const base = path.startsWith('/pkg/') ? root : join(root, 'www');
    const file = normalize(join(base, path));
    // Only files of www/ and pkg/ (an encoded "../" must not reach the rest of the repository).
    if (!file.startsWith(join(root, path.startsWith('/pkg/') ? 'pkg' : 'www') + sep)) { res.writeHead(403).end(); return; }
    try {
      const { bytes, encoding } = body(file, req.headers['accept-encoding'], options);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': csp, 'cache-control': 'no-store',
        'content-length': bytes.length, vary: 'accept-encoding', ...(encoding ? { 'content-encoding': encoding } : {}),
      });
      res.end(bytes);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

// node scripts/serve.mjs [port, default 8080; 0 for any free one] [--identity: send nothing compressed]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const port = Number(args.find((a) => /^\d+$/.test(a)) ?? 8080);
  serve(port, '127.0.0.1', { compress: !args.includes('--identity') }).then((server) => console.log(`http://127.0.0.1:${server.address().port}/`));
}
