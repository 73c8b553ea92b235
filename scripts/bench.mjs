// Node benchmark through the JS API (pkg/), with npm chinese-days measured in the same process.
// Run: bash scripts/build.sh && node scripts/bench.mjs
// Prints a Markdown table: median time per call and calls per second, and the ratios.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import z from '../tests/js/load.mjs';

const require = createRequire(import.meta.url);
const cd = require('chinese-days');

function measure(fn, { rounds = 15, target = 40 } = {}) {
  // Calibrate a batch that takes about `target` ms, then take the median of `rounds` batches.
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    if (performance.now() - t0 > target / 4 || n > 1 << 24) break;
    n *= 2;
  }
  const per = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    per.push(((performance.now() - t0) * 1e6) / n);
  }
  per.sort((a, b) => a - b);
  return per[Math.floor(per.length / 2)];
}

// The evaluation calls first, before chinese-days has run: they allocate (answers are JS
// objects), and after chinese-days' many short-lived dayjs objects node's garbage collector makes
// them up to three times slower in this process.
const reply = { ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03', asOf: '2026-09-01' };
const evaluations = [
  ['deadline', () => z.deadline(reply)],
  ['deadline, then reading its trace', () => z.deadline(reply).trace],
  // Past the last published notice: the law's date plus the earliest and latest (three evaluations).
  ['deadline in 2027 (provisional, with its range)', () => z.deadline({ ...reply, start: '2026-12-10' })],
  ['timeline', () => z.timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', asOf: '2026-09-10', events: { received: '2026-08-03', accepted: '2026-08-14' } })],
  ['approvalRoute', () => z.approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true })],
  ['leaveEntitlement', () => z.leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' })],
  ['sanction', () => z.sanction({ ruleset: 'guangxi-fault-2007', rule: 'guangxi.fault.review-chain', position: 'reviewer', severity: 'serious' })],
].map(([name, fn]) => { for (let i = 0; i < 2000; i++) fn(); return [name, measure(fn)]; });

// Same inputs for both libraries: start dates spread over 2005–2025, spans 1 … 5,000 working days.
const starts = [];
for (let y = 2005; y <= 2024; y++) for (const md of ['01-05', '04-03', '07-14', '09-30', '12-28']) starts.push(`${y}-${md}`);

// The two libraries must agree on what they compute before their speed is compared.
for (const s of starts) {
  for (const n of [1, 10, 100]) {
    const ours = z.addWorkingDays(s, n);
    const theirs = cd.findWorkday(n, s);
    if (ours !== theirs && s > '2005-12-31') {
      // chinese-days marks 2005-12-31 (a working Saturday) as a rest day (law-notes §1.8).
      console.warn(`differ: ${s} + ${n}: zhengwu ${ours}, chinese-days ${theirs}`);
    }
  }
}

// Warm up both libraries (JIT, wasm tier-up) before measuring.
for (let i = 0; i < 50000; i++) { z.addWorkingDays(starts[i % 50], 1 + (i % 20)); cd.findWorkday(1, starts[i % 50]); }

const rows = [];
const row = (name, ns, other) => rows.push({ name, ns, other });
for (const span of [1, 10, 20, 250, 5000]) {
  // Starts early enough that the answer stays inside the published calendar (≤ 2026).
  const from = starts.filter((s) => Number(s.slice(0, 4)) + span / 245 < 2026);
  const ours = measure((i) => z.addWorkingDays(from[i % from.length], span));
  const theirs = span <= 250 ? measure((i) => cd.findWorkday(span, from[i % from.length]), { rounds: 7 }) : null;
  row(`addWorkingDays (${span} working day${span > 1 ? 's' : ''})`, ours, theirs && { name: `chinese-days findWorkday(${span})`, ns: theirs });
}
row('isWorkingDay', measure((i) => z.isWorkingDay(starts[i % starts.length])),
  { name: 'chinese-days isWorkday', ns: measure((i) => cd.isWorkday(starts[i % starts.length])) });
row('workingDaysBetween (20 years)', measure(() => z.workingDaysBetween('2005-01-04', '2025-01-03')), null);
for (const [name, ns] of evaluations) row(name, ns, null);

const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
console.log(`node ${process.version}, wasm ${readFileSync(new URL('../pkg/zhengwu_bg.wasm', import.meta.url)).length} bytes`);
console.log('| call | median per call | calls/s | chinese-days, same inputs | ratio |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  const other = r.other ? `${r.other.name}: ${fmt(r.other.ns)}` : '—';
  const ratio = r.other ? `${(r.other.ns / r.ns).toFixed(0)}× faster` : '—';
  console.log(`| ${r.name} | ${fmt(r.ns)} | ${Math.round(1e9 / r.ns).toLocaleString('en')} | ${other} | ${ratio} |`);
}
