// Page start in headless Chromium from localhost: fetch, compile and instantiate pkg/ (cold, in a
// fresh browser context each time). Run: bash scripts/build.sh && node scripts/bench-browser.mjs
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
    const t0 = performance.now();
    const m = await import('/pkg/zhengwu.js');
    await m.default();
    const t1 = performance.now();
    m.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' });
    return { start: t1 - t0, firstAnswer: performance.now() - t1 };
  }));
  await context.close();
}
await browser.close();
server.close();
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`page start (fetch + compile + instantiate), median of ${runs.length} cold runs: ${median(runs.map((r) => r.start)).toFixed(1)} ms`);
console.log(`first deadline() answer after start (includes building the calendar): ${median(runs.map((r) => r.firstAnswer)).toFixed(2)} ms`);
