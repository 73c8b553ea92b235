// Issue 13's speed and size goals, every figure measured in one run of this script and printed
// beside its goal as the README's Markdown table: the modules' gzipped sizes, the node benchmark
// (scripts/bench.mjs: deadline, the calendar calls against a pure-JS table and chinese-days), the
// native criterion benchmark (benches/core.rs: deadline with its facts only) and page start in
// Chromium (scripts/bench-browser.mjs). Takes about two minutes.
// Run: bash scripts/build.sh && node scripts/bench-goals.mjs [browser runs, default 9]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = process.argv[2] ?? '9';
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
// As scripts/size-check.sh measures them (`gzip -9`).
const gz = (path) => execFileSync('gzip', ['-9', '-c', path], { cwd: root, maxBuffer: 1 << 26 }).length;
const started = new Date().toISOString().slice(0, 16).replace('T', ' ');

// In the order of the issue: node, native, size, page start.
const node = JSON.parse(run(process.execPath, ['scripts/bench.mjs', '--json']).trim().split('\n').pop());
const ns = (name) => {
  const row = node.find((r) => r.name === name);
  if (!row) throw new Error(`scripts/bench.mjs measured no "${name}"`);
  return row;
};
const criterion = run('cargo', ['bench', '--quiet', '--bench', 'core', '--', '^deadline_facts_only$', '--warm-up-time', '1', '--measurement-time', '3']);
const native = criterion.match(/deadline_facts_only\s+time:\s+\[[^\]]*?([\d.]+) (ns|µs) [^\]]*\]/);
if (!native) throw new Error(`no deadline_facts_only in:\n${criterion}`);
const nativeNs = Number(native[1]) * (native[2] === 'µs' ? 1000 : 1);
const browser = run(process.execPath, ['scripts/bench-browser.mjs', runs]);
const msOf = (label) => {
  const m = browser.match(new RegExp(`${label}[^:]*: ([\\d.]+) ms`));
  if (!m) throw new Error(`no "${label}" in:\n${browser}`);
  return Number(m[1]);
};

const fmt = (n) => (n >= 1e3 ? `${(n / 1e3).toFixed(2)} µs` : `${n.toFixed(0)} ns`);
const rows = [];
// `met`: true or false against the goal, null for a figure shown beside the goals without one.
const goal = (figure, target, measured, met) => rows.push(`| ${figure} | ${target} | ${measured} | ${met === null ? '' : met ? 'met' : '**not met**'} |`);
const facts = ns('deadline, facts only (reasons: false)').ns;
goal('`deadline()` with its facts (`reasons: false`), node', '≤ 5 µs', fmt(facts), facts <= 5000);
const plain = ns('deadline').ns;
goal('`deadline()` in a loop, its reasons recorded and never read, node', '—', fmt(plain), null);
const traced = ns('deadline, then reading its trace and citations').ns;
goal('`deadline()`, then reading its trace and citations, node', '≤ 15 µs', fmt(traced), traced <= 15000);
for (const [call, base] of [['addWorkingDays (1 working day)', 'addWorkingDays'], ['isWorkingDay', 'isWorkingDay']]) {
  const r = ns(call);
  goal(`\`${base}\` against a pure-JS prefix table in the same process`, '≤ 3×', `${fmt(r.ns)} vs ${fmt(r.base)}: ${(r.ns / r.base).toFixed(1)}×`, r.ns <= 3 * r.base);
}
const one = ns('addWorkingDays (1 working day)');
goal('`addWorkingDays` against chinese-days `findWorkday` at one working day', '≥ 30× faster', `${fmt(one.ns)} vs ${fmt(one.other.ns)}: ${(one.other.ns / one.ns).toFixed(0)}×`, one.other.ns >= 30 * one.ns);
goal('native `deadline` evaluations per second per core, facts only', '≥ 1,000,000', `${Math.round(1e9 / nativeNs).toLocaleString('en')} (${fmt(nativeNs)} each)`, nativeNs <= 1000);
const lite = gz('pkg/lite/zhengwu_bg.wasm');
const full = gz('pkg/zhengwu_bg.wasm');
// 100 KB as 100,000 bytes, the stricter reading (100 KiB would be 102,400).
goal('module gzipped: `zhengwu/lite` (citizens\' pages: deadlines, timelines, the calendar)', '≤ 100 KB (aim 80)', `${lite.toLocaleString('en')} B`, lite <= 100_000);
goal('module gzipped: `zhengwu` (every kind of rule)', '—', `${full.toLocaleString('en')} B`, null);
const ready = msOf('demo page ready');
goal('demo page ready, localhost, fresh browser context', '≤ 250 ms', `${ready.toFixed(1)} ms`, ready <= 250);
const answer = msOf('first answer after navigation');
goal('embedded element\'s first answer after navigation (`zhengwu/lite`)', '≤ 60 ms', `${answer.toFixed(1)} ms`, answer <= 60);
// The same page with an engine that costs nothing (www/bench-floor.html): what this machine takes to
// fetch the module and the packs and compile the module, before any engine work.
const floor = Number(browser.match(/the floor, [^\n]*done ([\d.]+) ms/)?.[1] ?? NaN);
if (Number.isNaN(floor)) throw new Error(`no floor in:\n${browser}`);
goal('the floor under it: the same page fetching the module and both packs and compiling the module, no engine work', '—', `${floor.toFixed(1)} ms`, null);

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`Measured ${started} UTC, node ${process.version}, load average at the end ${load}:\n`);
console.log('| figure | goal | measured | |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
