// answer(kind, query): a query of any kind of rule by its name in catalog() (`kind`). The binding
// goes through the kinds' one list (src/kinds/list.rs), so a kind answers here before it has a
// function of its own; for the kinds that have one, both give the same answer, facts and reasons.
import test from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import z, { root } from './load.mjs';

const wenshan = 'wenshan-hrss-2019';
const read = (a) => JSON.parse(JSON.stringify({ ...a, citations: a.citations, trace: a.trace, ambiguities: a.ambiguities, conflicts: a.conflicts, warnings: a.warnings }));

// One query of every kind, with the function named after it.
const queries = [
  ['deadline', 'deadline', { ruleset: wenshan, ref: 'DL-004-056-09', start: '2026-08-03' }],
  ['approval', 'approvalRoute', { ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true }],
  ['leave', 'leaveEntitlement', { ruleset: wenshan, rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' }],
  ['sanction', 'sanction', { ruleset: wenshan, rule: 'wenshan.sanction.absenteeism', absentDaysInYear: 20, absentConsecutiveDays: 16 }],
  ['fact', 'fact', { ruleset: wenshan, ref: 'LV-004-035-02' }],
  ['check', 'check', { ruleset: wenshan, form: 'meeting', body: '党组会议', confirm: { headSpokeLast: false } }],
  ['calculator', 'calculate', { ruleset: wenshan, rule: 'wenshan.amount.driver-pay', kmInYear: 1000, atFaultAccident: false }],
  ['calculator', 'attendance', { ruleset: wenshan, rule: 'wenshan.attendance', from: '2026-03-01', to: '2026-03-31', days: [{ date: '2026-03-03', status: 'absent' }] }],
];

test('answer(kind, q) answers every kind of the catalog as its own function does', () => {
  const kinds = [...new Set(z.catalog().rulesets.flatMap((r) => r.rules.map((x) => x.kind)))].sort();
  assert.deepEqual([...new Set(queries.map(([kind]) => kind))].sort(), kinds);
  for (const [kind, fn, q] of queries) {
    assert.deepEqual(read(z.answer(kind, q)), read(z[fn](q)), `${kind} as ${fn}`);
    const factsOnly = z.answer(kind, { ...q, reasons: false });
    assert.deepEqual(factsOnly, z[fn]({ ...q, reasons: false }), `${kind} facts only`);
    assert.equal('trace' in factsOnly, false);
  }
  // 文山 第五十六条(四)5 by hand: 60 days from 2026-08-03 is 2026-10-02, in the National Day
  // holiday (10/1–10/7), so the reply is due on the first working day after it.
  assert.equal(z.answer('deadline', queries[0][2]).due, '2026-10-08');
});

test('answer() refuses a kind it does not have, naming the kinds it has', () => {
  for (const kind of ['timeline', 'deadlines', '', 42, undefined]) {
    assert.throws(() => z.answer(kind, { ruleset: wenshan }), (e) => {
      assert.equal(e.code, 'INVALID_INPUT');
      assert.equal(e.field, 'kind');
      assert.match(e.messageEn, /one of deadline, approval, leave, sanction, fact, check, calculator/);
      return true;
    }, String(kind));
  }
  // The query's own errors are the kind's.
  assert.throws(() => z.answer('sanction', { ruleset: wenshan, rule: 'wenshan.sanction.absenteeism', absentDay: 3 }),
    (e) => e.code === 'INVALID_INPUT' && e.field === 'absentDay' && /did you mean `absentDays`/.test(e.messageEn));
});

test('the lite module answers its own kinds and refuses the office ones', async () => {
  const lite = (await import(join(root, 'pkg', 'lite', 'node.js'))).loadNode();
  assert.equal(lite.answer('deadline', queries[0][2]).due, '2026-10-08');
  // The office's own matters are the full module's: approvals as much as form checks.
  for (const kind of ['approval', 'check']) {
    assert.throws(() => lite.answer(kind, queries.find(([k]) => k === kind)[2]), (e) => e.code === 'INVALID_INPUT' && e.field === 'kind'
      && /one of deadline$/.test(e.messageEn), kind);
  }
});
