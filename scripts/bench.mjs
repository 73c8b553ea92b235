// Node benchmark through the JS API (pkg/), with npm chinese-days measured in the same process.
// Run: bash scripts/build.sh && node scripts/bench.mjs [--json]
// Prints a Markdown table: median time per call and calls per second, and the ratios.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import z from '../tests/js/load.mjs';
// Every call as the package exports it: pkg/index.js takes the calendar calls and deadline()
// through js/fast.js (day numbers, or a flat query's values, across the boundary), the others
// through its guard. load.mjs has started the same module instance.
import * as entry from '../pkg/index.js';
import { dayNumber, dateOf } from '../pkg/fast.js';

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
const factsOnly = { ...reply, reasons: false };
const evaluations = [
  ['deadline, facts only (reasons: false)', () => entry.deadline(factsOnly)],
  ['deadline', () => entry.deadline(reply)],
  ['deadline, then reading its trace', () => entry.deadline(reply).trace],
  ['deadline, then reading its trace and citations', () => { const a = entry.deadline(reply); return a.trace.length + a.citations.length; }],
  // Past the last published notice: the law's date plus the earliest and latest (three evaluations).
  ['deadline in 2027 (provisional, with its range)', () => entry.deadline({ ...reply, start: '2026-12-10' })],
  ['timeline', () => entry.timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', asOf: '2026-09-10', events: { received: '2026-08-03', accepted: '2026-08-14' } })],
  ['approvalRoute', () => entry.approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true })],
  ['leaveEntitlement', () => entry.leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' })],
  ['sanction', () => entry.sanction({ ruleset: 'guangxi-fault-2007', rule: 'guangxi.fault.review-chain', position: 'reviewer', severity: 'serious' })],
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

// A pure-JS baseline (issue 13's yardstick): the published calendar as a prefix table of working
// days, the date parsed and the answer's string built in JS as the fast path does, so the two
// differ only by the module call.
const FIRST = dayNumber('2004-01-01'), LAST = dayNumber('2026-12-31');
const working = new Uint8Array(LAST - FIRST + 1);
const before = new Int32Array(LAST - FIRST + 2); // working days before each day
const nth = []; // the day number of each working day, in order
for (let d = FIRST; d <= LAST; d++) {
  working[d - FIRST] = z.isWorkingDay(dateOf(d)) ? 1 : 0;
  before[d - FIRST + 1] = before[d - FIRST] + working[d - FIRST];
  if (working[d - FIRST]) nth.push(d);
}
function baselineAdd(s, n) {
  const d = dayNumber(s);
  // The n-th working day strictly after d: working days up to and including d, plus n.
  return dateOf(nth[before[d - FIRST + 1] + n - 1]);
}
const baselineIsWorking = (s) => working[dayNumber(s) - FIRST] === 1;
for (const s of starts) for (const n of [1, 10]) {
  if (baselineAdd(s, n) !== entry.addWorkingDays(s, n)) throw new Error(`baseline differs: ${s} + ${n}`);
}

// Warm up both libraries (JIT, wasm tier-up) before measuring.
for (let i = 0; i < 50000; i++) { entry.addWorkingDays(starts[i % 50], 1 + (i % 20)); baselineAdd(starts[i % 50], 1 + (i % 20)); cd.findWorkday(1, starts[i % 50]); }

const rows = [];
const row = (name, ns, other, base) => rows.push({ name, ns, other, base });
for (const span of [1, 10, 20, 250, 5000]) {
  // Starts early enough that the answer stays inside the published calendar (≤ 2026).
  const from = starts.filter((s) => Number(s.slice(0, 4)) + span / 245 < 2026);
  const ours = measure((i) => entry.addWorkingDays(from[i % from.length], span));
  const base = measure((i) => baselineAdd(from[i % from.length], span));
  const theirs = span <= 250 ? measure((i) => cd.findWorkday(span, from[i % from.length]), { rounds: 7 }) : null;
  row(`addWorkingDays (${span} working day${span > 1 ? 's' : ''})`, ours, theirs && { name: `chinese-days findWorkday(${span})`, ns: theirs }, base);
}
row('isWorkingDay', measure((i) => entry.isWorkingDay(starts[i % starts.length])),
  { name: 'chinese-days isWorkday', ns: measure((i) => cd.isWorkday(starts[i % starts.length])) },
  measure((i) => baselineIsWorking(starts[i % starts.length])));
row('workingDaysBetween (20 years)', measure(() => entry.workingDaysBetween('2005-01-04', '2025-01-03')), null);
for (const [name, ns] of evaluations) row(name, ns, null);

// `--json`: the rows as JSON, for scripts/bench-goals.mjs.
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
  process.exit(0);
}
const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
console.log(`node ${process.version}, wasm ${readFileSync(new URL('../pkg/zhengwu_bg.wasm', import.meta.url)).length} bytes`);
console.log('| call | median per call | calls/s | chinese-days, same inputs | ratio | pure-JS prefix table | ours / table |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  const other = r.other ? `${r.other.name}: ${fmt(r.other.ns)}` : '—';
  const ratio = r.other ? `${(r.other.ns / r.ns).toFixed(0)}× faster` : '—';
  const base = r.base ? fmt(r.base) : '—';
  const vsBase = r.base ? `${(r.ns / r.base).toFixed(1)}×` : '—';
  console.log(`| ${r.name} | ${fmt(r.ns)} | ${Math.round(1e9 / r.ns).toLocaleString('en')} | ${other} | ${ratio} | ${base} | ${vsBase} |`);
}
