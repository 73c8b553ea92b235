// The package as a portal developer gets it: `npm pack` of pkg/, installed from the tarball into
// fresh Vite, webpack, Rollup and node projects (tests/package/*-app, pinned versions, npm's
// cache kept in tests/package/.work), built with no configuration (Rollup: node-resolve only,
// with zhengwu/inline), and used in headless Chromium under the strict CSP
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'` and in node; and `vite dev`, whose
// dependency pre-bundling moves the package's code away from its files. The servers answer
// unknown paths with the index page, as a single-page app's host does, so a pack missing from a
// build cannot pass unnoticed. Run by scripts/test.sh after scripts/build.sh.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const work = join(here, '.work');
const APPS = ['vite-app', 'webpack-app', 'rollup-app', 'node-app', 'vite-lite-app'];
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const timings = {};

async function timed(name, step) {
  const t0 = performance.now();
  const result = await step();
  timings[name] = `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  return result;
}

async function npm(args, cwd) {
  return run('npm', [...args, '--no-audit', '--no-fund', '--cache', join(work, 'npm-cache')], { cwd, maxBuffer: 1 << 26 });
}

// Packs pkg/ and installs the tarball (and each project's pinned tools) into every project.
async function install() {
  mkdirSync(work, { recursive: true });
  const { stdout } = await npm(['pack', join(root, 'pkg'), '--pack-destination', work, '--silent'], root);
  copyFileSync(join(work, stdout.trim().split('\n').pop()), join(work, 'zhengwu.tgz'));
  for (const app of ['vite-app', 'webpack-app']) copyFileSync(join(here, 'app.js'), join(here, app, 'app.js'));
  copyFileSync(join(here, 'index.html'), join(here, 'vite-app', 'index.html'));
  await Promise.all(APPS.map(async (app) => {
    // A tarball at the same path is not unpacked again: the old copy goes first.
    rmSync(join(here, app, 'node_modules', 'zhengwu'), { recursive: true, force: true });
    await npm(['install', '--no-package-lock', '--loglevel=error'], join(here, app));
  }));
}

let browser;
before(async () => {
  await timed('npm pack + install', install);
  await timed('vite build', () => run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { cwd: join(here, 'vite-app') }));
  await timed('webpack build', () => run(process.execPath, ['build.mjs'], { cwd: join(here, 'webpack-app') }));
  await timed('rollup build', async () => {
    await run(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], { cwd: join(here, 'rollup-app') });
    copyFileSync(join(here, 'index.html'), join(here, 'rollup-app', 'dist', 'index.html'));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});
after(async () => {
  await browser?.close();
  console.log(`package steps: ${JSON.stringify(timings)}`);
});

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json' };

// A static server for `dir` with the given CSP; an unknown path gets index.html (200, text/html).
async function serve(dir, csp = CSP, index = 'index.html', types = TYPES) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}${index}` : path));
    const headers = { 'content-security-policy': csp, 'cache-control': 'no-store' };
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(await readFile(join(dir, index)));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

// A page with every console error and warning, page error and failed request collected, and
// (page.requested) every URL it asked for.
async function open(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.requested = [];
  page.on('request', (r) => page.requested.push(r.url()));
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.goto(url);
  return { page, context, problems };
}

// The bundled app's page: the deadline and the leave answer, and the timeline element's form.
// `files`: the build holds the module and every pack as files (Vite, webpack), or none, all of it
// being in the bundle (Rollup with zhengwu/inline).
async function checkApp(app, { types = TYPES, files = true } = {}) {
  const dist = join(here, app, 'dist');
  const built = readdirSync(dist, { recursive: true }).map(String);
  const packs = built.filter((f) => f.endsWith('.zwr'));
  // Every pack as a file, but those a bundler inlines as data: URLs (Vite, below 4 KB: the 1998
  // notice's), which fetchRules decodes (the page below loads it under the strict CSP).
  const rulesDir = join(root, 'pkg', 'rules');
  const large = readdirSync(rulesDir).filter((f) => f.endsWith('.zwr')).map((f) => statSync(join(rulesDir, f)).size).filter((n) => n >= 4096);
  const sizes = packs.map((f) => statSync(join(dist, f)).size);
  if (files) for (const n of large) assert.ok(sizes.includes(n), `${app}: the build holds the pack of ${n} bytes: ${packs.join(', ')}`);
  else assert.deepEqual(built.filter((f) => /\.(zwr|wasm)$/.test(f)), [], `${app}: no file besides the bundle`);
  const { server, base } = await serve(dist, CSP, 'index.html', types);
  const { page, context, problems } = await open(`${base}/`);
  await page.waitForSelector('body[data-done=true]');
  assert.equal(await page.textContent('#error'), '');
  // 文山 第五十六条(四)5: day 60 after 08-03 is 10-02, inside 国庆 (10/1–10/7) → 10-08.
  assert.equal(await page.textContent('#due'), '2026-10-08');
  // 文山 第三十四条(二)4: 90 + 15 (难产) + 15 (a second baby).
  assert.equal(await page.textContent('#leave'), '120');
  // The 1998 notice 二、: a unit or person breaching the medical scheme rules gets 通报批评.
  if (files) assert.equal(await page.textContent('#sanction'), '通报批评');
  await page.locator('zhengwu-timeline form').waitFor();
  assert.deepEqual(problems, []);
  if (!files) assert.deepEqual(page.requested.filter((u) => /\.(zwr|wasm)$/.test(u)), [], 'nothing fetched besides the bundle');
  await context.close();
  server.close();
}

test('Vite: the build holds the module and every pack and answers under the strict CSP', () => checkApp('vite-app'));

// A citizens' page with zhengwu/lite (deadlines, timelines and the calendar; none of the office's own matters):
// the build ships the lite module, not the full one, and the shared packs; the page answers and
// shows its <zhengwu-timeline> under the strict CSP; <zhengwu-check> is not defined there.
test('Vite with zhengwu/lite/elements: the lite module shipped (not the full one), a timeline under the strict CSP', async () => {
  const dir = join(here, 'vite-lite-app');
  await timed('vite build (lite)', () => run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { cwd: dir }));
  const dist = join(dir, 'dist');
  const built = readdirSync(dist, { recursive: true }).map(String);
  const wasm = built.filter((f) => f.endsWith('.wasm')).map((f) => readFileSync(join(dist, f)));
  assert.equal(wasm.length, 1, built.join(', '));
  assert.deepEqual(wasm[0], readFileSync(join(root, 'pkg', 'lite', 'zhengwu_bg.wasm')), 'the lite module');
  assert.notDeepEqual(wasm[0], readFileSync(join(root, 'pkg', 'zhengwu_bg.wasm')));
  const packs = built.filter((f) => f.endsWith('.zwr')).map((f) => readFileSync(join(dist, f)));
  assert.ok(packs.some((b) => b.equals(readFileSync(join(root, 'pkg', 'rules', 'wenshan-hrss-2019.zwr')))), 'the shared pack');
  const { server, base } = await serve(dist);
  const { page, context, problems } = await open(`${base}/`);
  await page.waitForSelector('body[data-done=true]');
  assert.equal(await page.textContent('#error'), '');
  // 文山 第五十六条(四)5: day 60 after 08-03 is 10-02, inside 国庆 (10/1–10/7) → 10-08.
  assert.equal(await page.textContent('#due'), '2026-10-08');
  assert.equal(await page.textContent('#office'), 'office:|office-elements:');
  await page.locator('zhengwu-timeline form').waitFor();
  assert.ok(page.requested.some((u) => u.endsWith('.wasm')));
  assert.deepEqual(problems, []);
  await context.close();
  server.close();
});

test('webpack 5: the build holds the module and every pack and answers under the strict CSP', () => checkApp('webpack-app'));

test('a server that sends the .wasm as application/octet-stream: the same answers, no console warning', () =>
  checkApp('vite-app', { types: { ...TYPES, '.wasm': 'application/octet-stream' } }));

test('Rollup 4 with node-resolve only: zhengwu/inline carries the module and the imported packs in the bundle', async () => {
  const bundle = readFileSync(join(here, 'rollup-app', 'dist', 'app.js'), 'utf8');
  // The module, cn-national and wenshan-hrss-2019 (gzip in base64 begins H4sI); no other pack.
  assert.equal(bundle.match(/"H4sI[A-Za-z0-9+/=]{1000,}"/g)?.length, 3);
  await checkApp('rollup-app', { files: false });
});

// `vite dev` with no vite.config.js: Vite pre-bundles zhengwu into node_modules/.vite/deps/,
// where `new URL('./zhengwu_bg.wasm', import.meta.url)` names no file (vitejs/vite#8427); the
// package then takes the module and the packs from node_modules/zhengwu/. The page carries the
// strict CSP in a <meta> (the dev server sends none, and a response rewritten by the test would
// lose its local address, which blocks the dev server's WebSocket).
test('vite dev: no configuration; the module and packs come from node_modules/zhengwu/', async () => {
  const dir = join(here, 'vite-app');
  rmSync(join(dir, 'node_modules', '.vite'), { recursive: true, force: true });
  const html = readFileSync(join(here, 'index.html'), 'utf8');
  writeFileSync(join(dir, 'index.html'), html.replace('<meta charset="utf-8">', `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">`));
  // A free port (with --port 0 the page's HMR client would connect to port 0).
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--force', '--clearScreen', 'false'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const base = await timed('vite dev start', () => new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`vite dev did not start: ${out}`)), 60_000);
      const read = (chunk) => {
        out += chunk;
        const m = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(out.replace(/\x1b\[[0-9;]*m/g, ''));
        if (m) { clearTimeout(timer); resolve(m[1]); }
      };
      vite.stdout.on('data', read);
      vite.stderr.on('data', read);
      vite.on('exit', (code) => reject(new Error(`vite dev exited (${code}): ${out}`)));
    }));
    const context = await browser.newContext();
    // The dev server has no favicon (a 404 is a console error); a portal has its own.
    await context.route(`${base}/favicon.ico`, (route) => route.fulfill({ status: 204 }));
    const page = await context.newPage();
    const problems = [];
    const requested = [];
    page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/`);
    await page.waitForSelector('body[data-done=true]', { timeout: 60_000 });
    assert.equal(await page.textContent('#error'), '');
    assert.equal(await page.textContent('#due'), '2026-10-08');
    assert.equal(await page.textContent('#leave'), '120');
  // The 1998 notice 二、: a unit or person breaching the medical scheme rules gets 通报批评.
  assert.equal(await page.textContent('#sanction'), '通报批评');
    await page.locator('zhengwu-timeline form').waitFor();
    // The code ran pre-bundled; the files came from the package's folder.
    assert.ok(requested.some((p) => p.startsWith('/node_modules/.vite/deps/')), requested.join('\n'));
    assert.ok(requested.includes('/node_modules/zhengwu/zhengwu_bg.wasm'), requested.join('\n'));
    assert.ok(requested.includes('/node_modules/zhengwu/rules/wenshan-hrss-2019.zwr'), requested.join('\n'));
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    vite.kill();
  }
});

// zhengwu/lite under `vite dev`: pre-bundled away from its files, the lite module comes from
// node_modules/zhengwu/lite/ and the shared packs from node_modules/zhengwu/rules/.
test('vite dev with zhengwu/lite: the lite module from node_modules/zhengwu/lite/, the packs from node_modules/zhengwu/rules/', async () => {
  const dir = join(here, 'vite-lite-app');
  rmSync(join(dir, 'node_modules', '.vite'), { recursive: true, force: true });
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--force', '--clearScreen', 'false'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const base = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`vite dev did not start: ${out}`)), 60_000);
      const read = (chunk) => {
        out += chunk;
        const m = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(out.replace(/\x1b\[[0-9;]*m/g, ''));
        if (m) { clearTimeout(timer); resolve(m[1]); }
      };
      vite.stdout.on('data', read);
      vite.stderr.on('data', read);
      vite.on('exit', (code) => reject(new Error(`vite dev exited (${code}): ${out}`)));
    });
    const context = await browser.newContext();
    await context.route(`${base}/favicon.ico`, (route) => route.fulfill({ status: 204 }));
    const page = await context.newPage();
    const problems = [];
    const requested = [];
    page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/`);
    await page.waitForSelector('body[data-done=true]', { timeout: 60_000 });
    assert.equal(await page.textContent('#error'), '');
    assert.equal(await page.textContent('#due'), '2026-10-08');
    assert.equal(await page.textContent('#office'), 'office:|office-elements:');
    await page.locator('zhengwu-timeline form').waitFor();
    assert.ok(requested.some((p) => p.startsWith('/node_modules/.vite/deps/')), requested.join('\n'));
    assert.deepEqual(requested.filter((p) => p.endsWith('.wasm')), ['/node_modules/zhengwu/lite/zhengwu_bg.wasm']);
    assert.ok(requested.includes('/node_modules/zhengwu/rules/wenshan-hrss-2019.zwr'), requested.join('\n'));
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    vite.kill();
  }
});

// Where the package is not beside Vite's cache (hoisted in a workspace), the dev server has no
// node_modules/zhengwu/: init() names the URL and the remedy rather than compiling a page.
test('vite dev without the package beside its cache: MODULE_UNAVAILABLE names optimizeDeps.exclude', async () => {
  const site = join(work, 'vite-cache-site');
  rmSync(site, { recursive: true, force: true });
  cpSync(join(here, 'node-app', 'node_modules', 'zhengwu'), join(site, 'node_modules', '.vite', 'deps'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>a single-page app</title>');
  const { server, base } = await serve(site);
  const { page, context } = await open(`${base}/index.html`);
  const error = await page.evaluate(async () => {
    const z = await import('/node_modules/.vite/deps/index.js');
    try { await z.default(); } catch (e) { return { code: e.code, url: e.url, en: e.messageEn, zh: e.message }; }
    return null;
  });
  assert.equal(error.code, 'MODULE_UNAVAILABLE');
  assert.equal(error.url, `${base}/node_modules/zhengwu/zhengwu_bg.wasm`);
  assert.match(error.en, /got text\/html; charset=utf-8 instead of the WebAssembly module; Vite's dev server pre-bundled the package away from its files: add optimizeDeps: \{ exclude: \['zhengwu'\] \} to vite\.config\.js\)$/);
  assert.match(error.zh, /optimizeDeps: \{ exclude: \['zhengwu'\] \}/);
  await context.close();
  server.close();
});

test('node: loadNode() from the installed package; a call before it is NOT_INITIALIZED', async () => {
  const { stdout } = await run(process.execPath, ['main.mjs'], { cwd: join(here, 'node-app') });
  const out = JSON.parse(stdout);
  assert.equal(out.before.code, 'NOT_INITIALIZED');
  assert.match(out.before.messageEn, /before deadline\(\)/);
  assert.equal(out.browserInit.code, 'MODULE_UNAVAILABLE');
  assert.match(out.browserInit.messageEn, /use loadNode\(\) from zhengwu\/node/);
  assert.equal(out.due, '2026-10-08');
  assert.equal(out.days, 120);
  assert.equal(out.unit, 'day');
});

test('types: tsc --strict rejects each typo (ruleset, fact, value type, enum value, event, procedure, role, reading)', async () => {
  await timed('tsc', () => run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(here, 'node-app', 'tsconfig.json')]));
});

// plain.html: the script tag of elements.js (its modules one by one); plain-bundle.html: the script
// tag of lite/elements.bundle.js (the same elements on zhengwu/lite, in one file).
for (const [html, what] of [['plain.html', 'the package\'s files alone'], ['plain-bundle.html', 'one script file (lite/elements.bundle.js)'],
  ['plain-bundle-polluted.html', 'that bundle after a script that put properties on Object.prototype (F11)']]) test(`a page of ${what} shows a working <zhengwu-timeline>`, async () => {
  const { server, base } = await serve(join(here, 'node-app'), CSP, html);
  const { page, context, problems } = await open(`${base}/${html}`);
  const timeline = page.locator('zhengwu-timeline');
  await timeline.locator('form').waitFor();
  await timeline.locator('[data-field="events.received"]').fill('2026-08-03');
  // The dates besides the first are folded away until asked for (issue 16).
  await timeline.getByText('我还知道更多（可选）').click();
  await timeline.locator('[data-field="events.accepted"]').fill('2026-08-14');
  await timeline.locator('[data-field="asOf"]').fill('2026-09-10');
  await timeline.getByRole('button', { name: '计算' }).click();
  // Reply: 60 days after 08-14 = 10-13; the acceptance notice (15 days after 08-03) was due 08-18
  // and served on the acceptance date 08-14: done in time.
  assert.ok((await timeline.locator('li.step[data-step="reply"]').textContent()).includes('2026-10-13'));
  assert.ok((await timeline.locator('li.step[data-step="acceptanceNotice"] .badge').textContent()).includes('按期办结'));
  // Nothing of the element is in the page's own DOM or styles.
  const light = await page.evaluate(() => ({ nodes: document.querySelectorAll('form, .field, .error, .badge').length, sheets: document.styleSheets.length + document.adoptedStyleSheets.length }));
  assert.deepEqual(light, { nodes: 0, sheets: 0 });
  assert.deepEqual(problems, []);
  if (html === 'plain-bundle.html') {
    // One script, then the lite module and the two packs, each once.
    const files = page.requested.map((u) => new URL(u).pathname).filter((p) => p !== `/${html}` && p !== '/favicon.ico');
    assert.deepEqual(files.sort(), ['/node_modules/zhengwu/lite/elements.bundle.js', '/node_modules/zhengwu/lite/zhengwu_bg.wasm',
      '/node_modules/zhengwu/rules/cn-national.zwr', '/node_modules/zhengwu/rules/wenshan-hrss-2019.zwr']);
  }
  await context.close();
  server.close();
});

test('a page loading two copies of the elements (the lite bundle, then elements.js): the first defines each name, one warning, every element works', async () => {
  const { server, base } = await serve(join(here, 'node-app'), CSP, 'plain-both.html');
  const { page, context, problems } = await open(`${base}/plain-both.html`);
  const timeline = page.locator('zhengwu-timeline');
  await timeline.locator('form').waitFor();
  await timeline.locator('[data-field="events.received"]').fill('2026-12-01');
  await timeline.getByRole('button', { name: '计算' }).click();
  // 文山 第五十六条(二)1: the acceptance notice within 15 days of 2026-12-01.
  assert.ok((await timeline.locator('.answer p.big').first().textContent()).includes('送达受理告知书：期限 2026-12-16'));
  // <zhengwu-check> is only in the full module's copy, which defines it.
  await page.locator('zhengwu-check form').waitFor();
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^console: zhengwu: <zhengwu-[a-z]+> is already defined by another copy of the package/);
  await context.close();
  server.close();
});

test('fetchRules: a pack the server lacks is reported with its URL, not as damaged; concurrent calls fetch a pack once', async () => {
  const { server, base } = await serve(join(here, 'node-app'), CSP, 'plain.html');
  // A page without the elements (they would start the module themselves).
  const { page, context, problems } = await open(`${base}/package.json`);
  const packs = [];
  page.on('request', (r) => { if (r.url().endsWith('.zwr')) packs.push(new URL(r.url()).pathname); });
  const result = await page.evaluate(async () => {
    const z = await import('/node_modules/zhengwu/index.js');
    const { fetchRules } = await import('/node_modules/zhengwu/rules.js');
    let early = null;
    try { await fetchRules(['muli-county-2017']); } catch (e) { early = e.code; }
    await z.default();
    let missing = null;
    try { await fetchRules(['muli-county-2017'], { base: '/nowhere/' }); } catch (e) { missing = { code: e.code, en: e.messageEn }; }
    const loaded = await Promise.all([fetchRules(['zaduo-office-2017']), fetchRules(['guangxi-fault-2007']), fetchRules(['zaduo-office-2017'])]);
    return { early, missing, loaded: loaded.map((l) => l.map((r) => r.ruleset).join('+')) };
  });
  assert.equal(result.early, 'NOT_INITIALIZED');
  assert.equal(result.missing.code, 'RULESET_NOT_LOADED');
  assert.match(result.missing.en, /^not a rules pack: got text\/html; charset=utf-8 from http:\/\/127\.0\.0\.1:\d+\/nowhere\/(cn-national|muli-county-2017)\.zwr$/);
  assert.deepEqual(result.loaded, ['cn-national+zaduo-office-2017', 'cn-national+guangxi-fault-2007', 'cn-national+zaduo-office-2017']);
  // Three calls at once: each pack fetched once.
  const fetched = packs.filter((p) => !p.startsWith('/nowhere/')).sort();
  assert.deepEqual(fetched, ['cn-national', 'guangxi-fault-2007', 'zaduo-office-2017'].map((id) => `/node_modules/zhengwu/rules/${id}.zwr`));
  assert.deepEqual(problems, []);
  await context.close();
  server.close();
});

test('a CSP without \'wasm-unsafe-eval\' is named as such (MODULE_BLOCKED), in both languages', async () => {
  const { server, base } = await serve(join(here, 'vite-app', 'dist'), "default-src 'self'; script-src 'self'");
  const { page, context } = await open(`${base}/`);
  await page.waitForSelector('body[data-done=true]');
  assert.match(await page.textContent('#error'), /^MODULE_BLOCKED: .*'wasm-unsafe-eval'/);
  const shown = await page.locator('zhengwu-timeline .error').textContent();
  assert.match(shown, /内容安全策略.*'wasm-unsafe-eval'/);
  await context.close();
  server.close();
});
