// zhengwu/lite (pkg/lite/): the module for citizens' pages — deadlines, timelines and the
// calendar — built without the office's own matters (cargo feature `office`: approvals, leave,
// sanctions, facts, form checks, calculators), reading the same packs as the full module. Its node
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

const OFFICE = ['approvalRoute', 'approvalAuthority', 'leaveEntitlement', 'sanction', 'fact', 'check', 'attendance', 'calculate'];

test('the lite module has none of the office functions, and its catalog deadlines and procedures alone', () => {
  for (const name of OFFICE) {
    assert.equal(name in lite, false, name);
    assert.equal(typeof z[name], 'undefined', name);
    assert.equal(typeof full[name], 'function', `the full module has ${name}`);
  }
  const kinds = (c) => [...new Set(c.rulesets[0].rules.map((r) => r.kind))].sort();
  assert.deepEqual(kinds(z.catalog({ ruleset: 'wenshan-hrss-2019' })), ['deadline']);
  assert.deepEqual(kinds(full.catalog({ ruleset: 'wenshan-hrss-2019' })), ['approval', 'calculator', 'check', 'deadline', 'fact', 'leave', 'sanction']);
  const procedures = (m) => m.catalog({ ruleset: 'wenshan-hrss-2019', kind: 'timeline' }).rulesets[0].procedures;
  assert.deepEqual(procedures(z), procedures(full));
  assert.ok(procedures(z).some((p) => p.id === 'wenshan.petition'));
  // Its types declare none of them either.
  const types = readFileSync(join(root, 'pkg', 'lite', 'index.d.ts'), 'utf8');
  for (const name of OFFICE) assert.doesNotMatch(types, new RegExp(`export function ${name}\\(`), name);
  assert.match(types, /export function timeline\(/);
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

test('a petition timeline: the same answer as the full module (文山 第五十六条)', () => {
  // Received 2026-12-01, a Tuesday: the proposal to the leaders within 2 working days (Wed 12-02,
  // Thu 12-03), the notice of acceptance within 15 days (12-16, a Wednesday).
  const q = { ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { received: '2026-12-01' } };
  const a = z.timeline(q);
  const b = full.timeline(q);
  assert.deepEqual(a.steps.slice(0, 2).map((s) => [s.id, s.due]), [['proposal', '2026-12-03'], ['acceptanceNotice', '2026-12-16']]);
  assert.deepEqual(a.steps, b.steps);
  assert.deepEqual(a.citations, b.citations);
  assert.equal(z.timelineIcs(q), full.timelineIcs(q));
});

test('the package exports zhengwu/lite, its node loader and its elements', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'pkg', 'package.json'), 'utf8'));
  for (const e of ['./lite', './lite/node', './lite/elements']) assert.ok(manifest.exports[e], e);
  assert.ok(manifest.files.includes('lite/'));
});
