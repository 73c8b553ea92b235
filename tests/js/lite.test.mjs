// zhengwu/lite (pkg/lite/): the module for citizens' pages, built without the form checks and
// staff calculators (cargo feature `office`), reading the same packs as the full module. Its node
// loader starts it from pkg/lite/zhengwu_bg.wasm and loads the packs from pkg/rules/ (the packs'
// office sections never decoded); its answers are the full module's.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import full, { root } from './load.mjs';

const lite = await import(join(root, 'pkg', 'lite', 'node.js'));
const packIds = readdirSync(join(root, 'pkg', 'rules')).filter((f) => f.endsWith('.zwr')).map((f) => f.slice(0, -4)).sort();
const z = lite.loadNode();

test('the lite node loader loads every pack of pkg/rules/ (their office sections never decoded)', () => {
  assert.deepEqual(z.rulesets().loaded.map((r) => r.ruleset).sort(), packIds);
  assert.deepEqual(z.rulesets().available.slice().sort(), packIds);
  assert.equal(z.rulesVersion(), full.rulesVersion());
});

test('the lite module has no check, attendance or calculate, and its catalog no such kinds', () => {
  for (const name of ['check', 'attendance', 'calculate']) {
    assert.equal(name in lite, false, name);
    assert.equal(typeof z[name], 'undefined', name);
    assert.equal(typeof full[name], 'function', `the full module has ${name}`);
  }
  const kinds = (c) => [...new Set(c.rulesets[0].rules.map((r) => r.kind))].sort();
  const liteKinds = kinds(z.catalog({ ruleset: 'wenshan-hrss-2019' }));
  assert.ok(!liteKinds.includes('check') && !liteKinds.includes('calculator'), liteKinds.join());
  assert.deepEqual(liteKinds, kinds(full.catalog({ ruleset: 'wenshan-hrss-2019' })).filter((k) => k !== 'check' && k !== 'calculator'));
});

test('a deadline: the same answer as the full module (文山 第五十六条(四)5, worked by hand)', () => {
  // 60 days from acceptance on 2026-08-03: day 60 is 2026-10-02, inside the National Day
  // holiday (10-01 to 10-07), so the deadline moves to the next working day, 2026-10-08.
  const q = { ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' };
  const a = z.deadline(q);
  const b = full.deadline(q);
  assert.equal(a.due, '2026-10-08');
  assert.equal(a.due, b.due);
  assert.deepEqual(a.citations, b.citations);
  assert.deepEqual(a.trace, b.trace);
});

test('a fact: the same answer as the full module (文山 第三十五条(二), office hours)', () => {
  const q = { ruleset: 'wenshan-hrss-2019', ref: 'LV-004-035-02' };
  const a = z.fact(q);
  const b = full.fact(q);
  assert.deepEqual(a.values, b.values);
  assert.deepEqual(a.statement, b.statement);
  assert.deepEqual(a.citations, b.citations);
  assert.equal(a.values.sessions[0].start, '08:30');
});

test('the package exports zhengwu/lite, its node loader and its elements', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'pkg', 'package.json'), 'utf8'));
  for (const e of ['./lite', './lite/node', './lite/elements']) assert.ok(manifest.exports[e], e);
  assert.ok(manifest.files.includes('lite/'));
});
