// Page start in headless Chromium, each run in a fresh browser context (nothing cached), medians
// printed:
//   the two goals of issue 13, from localhost —
//     demo page ready: navigation until www/ has built the calculators in view (app.js marks it);
//     embedded element's first answer: navigation until the <zhengwu-timeline> of www/embed.html
//       (a portal page: the script tag and the preload links the README recommends) has shown its
//       first answer to a date typed the moment its form appears (a script added to the page
//       fills and submits it);
//   with where the time goes (the page's marks, resource timing, a CPU profile of the element);
//   the floor under that goal: the same page with an engine that costs nothing (www/bench-floor.html:
//     one small module fetches the wasm module and the two packs, compiles the module, marks);
//   the same element with the script tag alone (www/embed-minimal.html), the page served
//     uncompressed, and all of them over an emulated network (40 ms a request, 20 Mbit/s);
//   the module on its own — fetch and compile pkg/zhengwu_bg.wasm, import the JS glue,
//     instantiate; fetch and load the packs a 文山 portal needs (cn-national + wenshan-hrss-2019),
//     their catalog; the first deadline() (builds the working-day calendar once) and its trace.
// Run: bash scripts/build.sh && node scripts/bench-browser.mjs [runs, default 15] (about a minute)
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.argv[2] ?? 15);
// The servers run in processes of their own, as a real server would: not in this one, which also
// handles the browser's protocol traffic.
function server(...args) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./serve.mjs', import.meta.url)), '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (d) => resolve({ child, base: String(d).trim().replace(/\/$/, '') }));
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
}
const compressed = await server();
const identity = await server('--identity');
const base = compressed.base;
const plainBase = identity.base;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const med = (runs, key) => median(runs.map((r) => r[key]));
const ms = (x) => `${x.toFixed(1)} ms`;

// Waits, without touching the page while it starts, until it sets the performance mark `name`: a
// tiny script added to the page before its own reports the mark on the console. (Playwright's
// waitForSelector would inject its own script into the page, ~20 ms of the main thread, while the
// page is still starting.)
async function untilMark(page, name, navigate) {
  await page.addInitScript((mark) => {
    new PerformanceObserver((list) => { if (list.getEntries().some((e) => e.name === mark)) console.debug(mark); }).observe({ type: 'mark' });
  }, name);
  const seen = page.waitForEvent('console', { predicate: (m) => m.text() === name, timeout: 15000 });
  await navigate();
  await seen;
}

// A slower network than localhost, as Chromium's DevTools emulate it (per request: the latency
// added to each, the bandwidth shared): what the preload links and compression are for.
const NETWORK = { latency: 40, downloadThroughput: (20e6 / 8), uploadThroughput: (5e6 / 8) };
async function emulate(context, page, network) {
  if (!network) return;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
}

// ---- the demo page ----
// Resource timing and the page's own marks (app.js: module started, first packs loaded, ready).
async function demoPage(origin, network = null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await emulate(context, page, network);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await untilMark(page, 'zhengwu:ready', () => page.goto(`${origin}/`, { waitUntil: 'commit' }));
  const run = await page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource');
    const end = (pred) => Math.max(...res.filter(pred).map((e) => e.responseEnd));
    return {
      html: nav.responseEnd,
      parsed: nav.domInteractive,
      js: end((e) => e.name.endsWith('.js')),
      wasm: end((e) => e.name.endsWith('.wasm')),
      packsFetched: end((e) => /(cn-national|wenshan-hrss-2019)\.zwr$/.test(e.name)),
      module: mark('zhengwu:module'),
      packs: mark('zhengwu:packs'),
      ready: mark('zhengwu:ready'),
      bytes: res.reduce((s, e) => s + e.transferSize, nav.transferSize),
    };
  });
  run.requests = requests.length;
  run.duplicates = requests.length - new Set(requests).size;
  await context.close();
  return run;
}

// ---- an element embedded in a portal page ----
// www/embed.html: a portal page with the script tag and the preload links the README recommends
// (written by the build, as the demo page's); www/embed-minimal.html: the script tag alone.
// Script added to the page before its own (not through the page, whose CSP allows only its own
// files): as soon as the element's form is there, types the letter's date and presses 计算, and
// marks when the form appeared and when the answer is on the page.
function typeAndSubmit() {
  if (!location.pathname.startsWith('/embed')) return;
  addEventListener('DOMContentLoaded', async () => {
    await customElements.whenDefined('zhengwu-timeline');
    const root = document.querySelector('zhengwu-timeline').shadowRoot;
    await new Promise((resolve) => {
      const check = () => { if (root.querySelector('form')) { observer.disconnect(); resolve(); } };
      const observer = new MutationObserver(check);
      observer.observe(root, { childList: true, subtree: true });
      check();
    });
    performance.mark('zhengwu:form');
    root.querySelector('[data-field="events.received"]').value = '2026-12-01';
    root.querySelector('form').requestSubmit();
    if (!root.querySelector('.answer').textContent.includes('2026-12-16')) throw new Error('no answer');
    performance.mark('zhengwu:answer');
  });
}

// The floor: navigation until www/bench-floor.html has fetched and compiled what an answer needs.
async function floor(origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await untilMark(page, 'zhengwu:floor', () => page.goto(`${origin}/bench-floor.html`, { waitUntil: 'commit' }));
  const run = await page.evaluate(() => ({
    parsed: performance.getEntriesByType('navigation')[0].domInteractive,
    floor: performance.getEntriesByName('zhengwu:floor')[0].startTime,
  }));
  await context.close();
  return run;
}

async function embedded(origin, path, { profile = false, network = null } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await emulate(context, page, network);
  let cdp = null;
  if (profile) {
    cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.addInitScript(typeAndSubmit);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await untilMark(page, 'zhengwu:answer', () => page.goto(`${origin}${path}`, { waitUntil: 'commit' })).catch((e) => { throw new Error(errors.join('; ') || e.message); });
  const run = await page.evaluate(() => ({
    parsed: performance.getEntriesByType('navigation')[0].domInteractive,
    form: performance.getEntriesByName('zhengwu:form')[0].startTime,
    answer: performance.getEntriesByName('zhengwu:answer')[0].startTime,
  }));
  if (cdp) Object.assign(run, where((await cdp.send('Profiler.stop')).profile));
  await context.close();
  return run;
}

// Where the main thread's time went until the answer was drawn, from a sampled CPU profile: the
// engine calls (inclusive), the elements' DOM work, and the browser's own work (parsing, style,
// layout: "(program)"), up to the last sample inside showTimeline.
// (fetchRules loads a pack with __loadRulesHashed: the hash computed by WebCrypto, off this thread.)
const PARTS = { __loadRulesHashed: 'zhengwu.js', catalog: 'zhengwu.js', timeline: 'zhengwu.js', render: 'elements.js', showTimeline: 'elements.js' };
function where(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples.map((id, i) => ({ id, dt: (profile.timeDeltas[i + 1] ?? 0) / 1000 }));
  const stack = (id) => { const frames = []; for (let x = id; x !== undefined; x = parent.get(x)) frames.push(nodes.get(x).callFrame); return frames; };
  // www/embed.html loads the elements as one file (lite/elements.bundle.js). esbuild renames a
  // name two modules share (the guarded `timeline` is timeline2); the names below are the glue's
  // and the elements' own, which it keeps.
  const inside = (frames, name) => frames.some((f) => f.functionName === name && (f.url.endsWith(`/${PARTS[name]}`) || f.url.endsWith('/elements.bundle.js')));
  let last = samples.length - 1;
  while (last > 0 && !inside(stack(samples[last].id), 'showTimeline')) last--;
  const out = Object.fromEntries([...Object.keys(PARTS), 'program', 'gc', 'busy'].map((k) => [k, 0]));
  for (const { id, dt } of samples.slice(0, last + 1)) {
    const frames = stack(id);
    for (const name of Object.keys(PARTS)) if (inside(frames, name)) out[name] += dt;
    const leaf = frames[0].functionName;
    if (leaf === '(program)') out.program += dt;
    if (leaf === '(garbage collector)') out.gc += dt;
    if (leaf !== '(idle)') out.busy += dt;
  }
  return out;
}

const pageRuns = []; const plainRuns = []; const withHead = []; const bare = []; const floors = [];
// Interleaved, so that the machine's load drifts over all five alike.
for (let i = 0; i < RUNS; i++) {
  pageRuns.push(await demoPage(base));
  plainRuns.push(await demoPage(plainBase));
  withHead.push(await embedded(base, '/embed.html'));
  bare.push(await embedded(base, '/embed-minimal.html'));
  floors.push(await floor(base));
}

// The same over the emulated network (fewer runs: each takes longer).
const SLOW_RUNS = Math.max(3, Math.ceil(RUNS / 2));
const slow = { page: [], plain: [], withHead: [], bare: [] };
for (let i = 0; i < SLOW_RUNS; i++) {
  slow.page.push(await demoPage(base, NETWORK));
  slow.plain.push(await demoPage(plainBase, NETWORK));
  slow.withHead.push(await embedded(base, '/embed.html', { network: NETWORK }));
  slow.bare.push(await embedded(base, '/embed-minimal.html', { network: NETWORK }));
}

// Three more of the embedded element (with the preload links) under the CPU profiler, which slows
// it: only the shares are of interest.
const profiled = [];
for (let i = 0; i < 3; i++) profiled.push(await embedded(base, '/embed.html', { profile: true }));

// ---- the module on its own ----
const runs = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/favicon.svg`);
  runs.push(await page.evaluate(async () => {
    // For scale: fetching the page's 1 KB icon from the same server.
    const tb = performance.now();
    await (await fetch('/favicon.svg')).text();
    const baseline = performance.now() - tb;
    const t0 = performance.now();
    const bytes = await (await fetch('/pkg/zhengwu_bg.wasm')).arrayBuffer();
    const tf = performance.now();
    const module = await WebAssembly.compile(bytes);
    const tc = performance.now();
    const m = await import('/pkg/zhengwu.js');
    const tj = performance.now();
    await m.default({ module_or_path: module });
    const t1 = performance.now();
    const { fetchRules } = await import('/pkg/rules.js');
    await fetchRules(['wenshan-hrss-2019']);
    const t2 = performance.now();
    m.catalog();
    const t2c = performance.now();
    const a = m.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' });
    const t3 = performance.now();
    if (a.due !== '2026-10-08' || a.trace.length === 0) throw new Error('wrong answer');
    const t4 = performance.now();
    // Steady state: many calls, as a form validating input would make.
    const n = 20000;
    for (let k = 0; k < n; k++) m.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' });
    const t5 = performance.now();
    return { baseline, start: t1 - t0, fetch: tf - t0, compile: tc - tf, importJs: tj - tc, instantiate: t1 - tj, rules: t2 - t1, catalog: t2c - t2, first: t3 - t2c, explain: t4 - t3, steady: ((t5 - t4) * 1000) / n };
  }));
  await context.close();
}
await browser.close();
compressed.child.kill();
identity.child.kill();

const goal = (value, limit) => `${ms(value)} (goal ≤ ${limit} ms: ${value <= limit ? 'met' : `not met, ${ms(value - limit)} over`})`;
console.log(`Chromium, fresh context per run, medians of ${RUNS}:`);
console.log(`  demo page ready (navigation until the calculators in view are built): ${goal(med(pageRuns, 'ready'), 250)}`);
console.log(`    HTML fetched ${ms(med(pageRuns, 'html'))}, parsed ${ms(med(pageRuns, 'parsed'))} (a fresh context starts a renderer first); last module fetched ${ms(med(pageRuns, 'js'))}; wasm fetched ${ms(med(pageRuns, 'wasm'))}; cn-national + wenshan fetched ${ms(med(pageRuns, 'packsFetched'))}`);
console.log(`    module started ${ms(med(pageRuns, 'module'))}; packs loaded ${ms(med(pageRuns, 'packs'))}; ready ${ms(med(pageRuns, 'ready'))}`);
console.log(`    ${med(pageRuns, 'requests')} requests, ${Math.max(...pageRuns.map((r) => r.duplicates))} of them repeated; ${(med(pageRuns, 'bytes') / 1024).toFixed(0)} KB transferred`);
console.log(`  the same page served uncompressed: ready ${ms(med(plainRuns, 'ready'))}, ${(med(plainRuns, 'bytes') / 1024).toFixed(0)} KB transferred`);
console.log(`  embedded <zhengwu-timeline> (文山 信访), first answer after navigation: ${goal(med(withHead, 'answer'), 60)}`);
console.log(`    with the README's preload links (www/embed.html): HTML parsed ${ms(med(withHead, 'parsed'))}, form ${ms(med(withHead, 'form'))}, answer ${ms(med(withHead, 'answer'))}`);
console.log(`    the floor, the same page with an engine that costs nothing (www/bench-floor.html: the wasm module and both packs fetched, the module compiled): HTML parsed ${ms(med(floors, 'parsed'))}, done ${ms(med(floors, 'floor'))}`);
console.log(`    the script tag alone (www/embed-minimal.html): HTML parsed ${ms(med(bare, 'parsed'))}, form ${ms(med(bare, 'form'))}, answer ${ms(med(bare, 'answer'))}`);
console.log(`    main thread until the answer (CPU profile, median of ${profiled.length}): busy ${ms(med(profiled, 'busy'))} of ${ms(med(profiled, 'answer'))} — loading the packs ${ms(med(profiled, '__loadRulesHashed'))}, catalog() ${ms(med(profiled, 'catalog'))}, `
  + `drawing the form ${ms(med(profiled, 'render'))}, first timeline() ${ms(med(profiled, 'timeline'))}, drawing the answer ${ms(med(profiled, 'showTimeline'))}, the browser's own work (parse, style, layout) ${ms(med(profiled, 'program'))}, GC ${ms(med(profiled, 'gc'))}`);
console.log(`  over an emulated network (${NETWORK.latency} ms added to each request, ${NETWORK.downloadThroughput * 8 / 1e6} Mbit/s down), medians of ${SLOW_RUNS}:`);
console.log(`    demo page ready ${ms(med(slow.page, 'ready'))} (served uncompressed: ${ms(med(slow.plain, 'ready'))}); embedded element's first answer ${ms(med(slow.withHead, 'answer'))} with the preload links, ${ms(med(slow.bare, 'answer'))} with the script tag alone`);
console.log(`  module start: ${ms(med(runs, 'start'))} = fetch the .wasm ${med(runs, 'fetch').toFixed(1)} + compile ${med(runs, 'compile').toFixed(1)} + import the JS glue ${med(runs, 'importJs').toFixed(1)} + instantiate ${med(runs, 'instantiate').toFixed(1)}`);
console.log(`    (for scale: fetching a 1 KB file from the same server takes ${ms(med(runs, 'baseline'))})`);
console.log(`  rules packs cn-national + wenshan-hrss-2019 (fetch + load): ${ms(med(runs, 'rules'))}; catalog() of them: ${ms(med(runs, 'catalog'))}`);
console.log(`  first deadline() (builds the calendar): ${med(runs, 'first').toFixed(2)} ms, then reading its trace: ${med(runs, 'explain').toFixed(2)} ms`);
console.log(`  deadline() in a loop: ${med(runs, 'steady').toFixed(1)} µs per call`);
