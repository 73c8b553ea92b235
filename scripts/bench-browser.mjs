// Page start in headless Chromium from localhost (cold, a fresh browser context each run):
//   module start  — fetch and compile pkg/zhengwu_bg.wasm, import the JS glue, instantiate;
//   rules         — fetch and load the packs a 文山 portal needs (cn-national + wenshan-hrss-2019);
//   first answer  — the first deadline() (builds the working-day calendar once) and its trace.
// Run: bash scripts/build.sh && node scripts/bench-browser.mjs
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const runs = [];
for (let i = 0; i < 11; i++) {
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
    const a = m.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' });
    const t3 = performance.now();
    if (a.due !== '2026-10-08' || a.trace.length === 0) throw new Error('wrong answer');
    const t4 = performance.now();
    // Steady state: many calls, as a form validating input would make.
    const n = 20000;
    for (let k = 0; k < n; k++) m.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' });
    const t5 = performance.now();
    return { baseline, start: t1 - t0, fetch: tf - t0, compile: tc - tf, importJs: tj - tc, instantiate: t1 - tj, rules: t2 - t1, first: t3 - t2, explain: t4 - t3, steady: ((t5 - t4) * 1000) / n };
  }));
  await context.close();
}
// The demo page itself: from navigation until every calculator is built (all seven packs).
const pageRuns = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  pageRuns.push(await page.evaluate(() => performance.now()));
  await context.close();
}
await browser.close();
server.close();
const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
console.log(`Chromium, median of ${runs.length} cold runs:`);
console.log(`  module start: ${median('start').toFixed(1)} ms = fetch the .wasm ${median('fetch').toFixed(1)} + compile ${median('compile').toFixed(1)} + import the JS glue ${median('importJs').toFixed(1)} + instantiate ${median('instantiate').toFixed(1)}`);
console.log(`  (for scale: fetching a 1 KB file from the same server takes ${median('baseline').toFixed(1)} ms)`);
console.log(`  rules packs cn-national + wenshan-hrss-2019 (fetch + load): ${median('rules').toFixed(1)} ms`);
console.log(`  first deadline() (builds the calendar): ${median('first').toFixed(2)} ms, then reading its trace: ${median('explain').toFixed(2)} ms`);
console.log(`  deadline() in a loop: ${median('steady').toFixed(1)} µs per call`);
console.log(`  the demo page (www/, all rulesets), navigation until ready: ${pageRuns.sort((a, b) => a - b)[2].toFixed(0)} ms (median of 5)`);
