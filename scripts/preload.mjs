// Run by scripts/build.sh after pkg/ is built. Three things the demo page and the dev server need
// that depend on files the build generates (wasm-bindgen names its snippet module
// pkg/snippets/<crate>-<hash>/…, and the hash changes with the binding), so they are discovered
// here rather than written by hand:
//
// 1. www/*.html (the demo page, the embedding example): the block between `<!-- preload -->` and
//    `<!-- /preload -->` lists every module of the page's static import graph (from its module
//    scripts, followed through pkg/), the wasm module and the rules packs of the elements the HTML
//    names (with cn-national), so the browser fetches all of them at once, while it parses the
//    head, instead of one import level at a time.
// 2. pkg/elements.js: a bare import of the glue's snippet module after the marker line, so that a
//    portal embedding the elements with one script tag fetches the snippet with the other modules.
// 3. target/precompressed/: brotli (quality 11) and gzip (level 9) copies of the files
//    scripts/serve.mjs serves, which it sends to a browser that accepts them.
//
// Idempotent: files are written only when their content changes.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** The file behind a site path (as scripts/serve.mjs maps them): /pkg/… from pkg/, the rest from www/. */
export function fileOf(sitePath) {
  return sitePath.startsWith('/pkg/') ? join(root, sitePath) : join(root, 'www', sitePath);
}

// `import … from './x.js'`, `import './x.js'`, `export … from './x.js'`; relative specifiers only
// (a bare one in a comment, such as 'zhengwu/elements', is not a file of the site).
const STATIC_IMPORT = /(?:^|[\s;])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(['"])(\.{1,2}\/[^'"\s]+)\1/g;

/** The site paths of a module and everything it imports statically, in discovery order. */
export function moduleGraph(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    const file = fileOf(path);
    if (!existsSync(file)) throw new Error(`preload: ${relative(root, file)} (imported as ${path}) does not exist: build pkg/ first`);
    seen.add(path);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) queue.push(new URL(m[2], `http://site${path}`).pathname);
  }
  return [...seen];
}

/** The packs the page's HTML needs at once: cn-national and the rulesets its elements name. */
export function startPacks(html) {
  const named = [...html.matchAll(/<zhengwu-[a-z]+\b[^>]*\bruleset="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(['cn-national', ...named])];
}

/** The module scripts a page loads (site paths). */
export function pageScripts(html) {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => new URL(m[1], 'http://site/').pathname);
}

export function preloadBlock(html) {
  const entries = pageScripts(html);
  // The page's own script tags are found by the browser's preload scanner already.
  const modules = [...new Set(entries.flatMap((e) => moduleGraph(e)))].filter((p) => !entries.includes(p));
  const packs = startPacks(html);
  for (const id of packs) if (!existsSync(fileOf(`/pkg/rules/${id}.zwr`))) throw new Error(`preload: no pack pkg/rules/${id}.zwr for an element of the page`);
  const href = (p) => p.slice(1);
  // The wasm module beside the glue the page imports: pkg/ (zhengwu) or pkg/lite/ (zhengwu/lite);
  // for a bundle (elements.bundle.js: the glue inside), beside the bundle.
  const beside = modules.find((p) => p.endsWith('/zhengwu.js')) ?? entries.find((p) => p.startsWith('/pkg/')) ?? '/pkg/zhengwu.js';
  const wasm = `${beside.slice(0, beside.lastIndexOf('/') + 1)}zhengwu_bg.wasm`;
  return [
    '<!-- preload: written by scripts/preload.mjs when pkg/ is built (the modules the page imports, the wasm module and the packs',
    '       of the elements in the HTML), so the browser fetches them all while it reads this head. Do not edit by hand. -->',
    ...modules.map((p) => `<link rel="modulepreload" href="${href(p)}">`),
    `<link rel="preload" href="${href(wasm)}" as="fetch" type="application/wasm" crossorigin>`,
    ...packs.map((id) => `<link rel="preload" href="pkg/rules/${id}.zwr" as="fetch" crossorigin>`),
    '<!-- /preload -->',
  ];
}

function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  writeFileSync(file, text);
  return true;
}

// Every page of www/ with a `<!-- preload -->` … `<!-- /preload -->` block: the demo page and the
// embedding example. Answers the names of the pages rewritten.
function updatePages() {
  const changed = [];
  for (const name of readdirSync(join(root, 'www')).filter((n) => n.endsWith('.html')).sort()) {
    const file = join(root, 'www', name);
    const html = readFileSync(file, 'utf8');
    const block = /^([ \t]*)<!-- preload[\s\S]*?<!-- \/preload -->\n/m;
    const m = html.match(block);
    if (!m) continue;
    const indent = m[1];
    if (writeIfChanged(file, html.replace(block, `${preloadBlock(html).map((l) => (l.startsWith(' ') ? l : indent + l)).join('\n')}\n`))) changed.push(name);
  }
  return changed;
}

// The marker line in js/elements.js after which the snippet's import goes.
const MARKER = "import './internal.js';";

function patchElements() {
  const file = join(root, 'pkg', 'elements.js');
  const js = readFileSync(file, 'utf8');
  if (!js.includes(MARKER)) throw new Error(`preload: pkg/elements.js has no line ${MARKER}`);
  const snippets = moduleGraph('/pkg/zhengwu.js').filter((p) => p.startsWith('/pkg/snippets/'));
  const lines = snippets.map((p) => `import './${p.slice('/pkg/'.length)}';`).filter((line) => !js.includes(line));
  if (!lines.length) return false;
  return writeIfChanged(file, js.replace(MARKER, [MARKER, ...lines].join('\n')));
}

// The files the dev server sends compressed: text and the binary formats that compress well.
const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|wasm|zwr)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

/** The precompressed copy of a served file: target/precompressed/<path under the repository>.<br|gz>. */
export function precompressedOf(file, encoding) {
  return join(root, 'target', 'precompressed', `${relative(root, file)}.${encoding}`);
}

function precompress() {
  let written = 0;
  for (const file of [...files(join(root, 'pkg')), ...files(join(root, 'www'))]) {
    const source = statSync(file);
    for (const [encoding, compress] of [
      ['br', (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } })],
      ['gz', (b) => gzipSync(b, { level: 9 })],
    ]) {
      const out = precompressedOf(file, encoding);
      // Up to date when written after the source was last changed.
      if (existsSync(out) && statSync(out).mtimeMs >= source.mtimeMs) continue;
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, compress(readFileSync(file)));
      written++;
    }
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = updatePages();
  const elements = patchElements();
  const compressed = precompress();
  console.log(`[preload] preload links ${pages.length ? `rewritten in www/${pages.join(', www/')}` : 'up to date'}; pkg/elements.js ${elements ? 'imports the snippet' : 'unchanged'}; ${compressed} precompressed files written`);
}
