// An answer is evaluated once and crosses whole: its facts, then its reasons (citations, trace,
// ambiguities, conflicts, warnings, recorded as events by that same evaluation and sent as a tape
// of numbers and text: src/explain/tape.rs, src/binding/snippet.js). It is a plain object, and
// nothing of it stays in the module.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import z, { root, pack } from './load.mjs';
import { wasmBytes } from './paths.mjs';

const reply = { ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03', asOf: '2026-09-01' };
const REASONS = ['citations', 'trace', 'ambiguities', 'conflicts', 'warnings'];
const queries = {
  deadline: reply,
  timeline: { ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', asOf: '2026-09-10', events: { received: '2026-08-03', accepted: '2026-08-14' } },
  approvalRoute: { ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true },
  leaveEntitlement: { ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' },
  sanction: { ruleset: 'guangxi-fault-2007', rule: 'guangxi.fault.review-chain', position: 'reviewer', severity: 'serious' },
  fact: { ruleset: 'wenshan-hrss-2019', ref: 'LV-004-035-02' },
  check: { ruleset: 'muli-county-2017', form: 'leave_requests', requests: [{ name: '王', role: '县长', from: '2026-03-02', to: '2026-03-05' }, { name: '李', role: '常务副县长', from: '2026-03-05', to: '2026-03-10' }] },
  attendance: { ruleset: 'wenshan-hrss-2019', rule: 'wenshan.attendance', from: '2026-03-01', to: '2026-03-31', days: [{ date: '2026-03-02', amIn: '08:50' }, { date: '2026-03-03', status: 'absent' }] },
  calculate: { ruleset: 'wenshan-hrss-2019', rule: 'wenshan.score.performance', rank: 'section-level-or-below', weeks: [{ workdays: 5 }], assigned: [{ points: 2 }] },
};

test('the facts, then the reasons after them, in the order of the whole answer', () => {
  const a = z.deadline(reply);
  const keys = Object.keys(a);
  assert.deepEqual(keys.slice(-REASONS.length), REASONS);
  assert.deepEqual(keys.slice(-REASONS.length - 3, -REASONS.length), ['missing', 'provisional', 'rulesVersion']);
  assert.equal(a.due, '2026-10-08');
  assert.equal(a.name.zh, '信访事项书面答复');
  assert.ok(a.trace.length >= 3);
  assert.equal(a.citations[0].article, '第五十六条(四)5');
  assert.equal(a.citations[0].quote, '书面答复意见应当自受理之日起60日内送达信访人');
});

test('spread, structuredClone, JSON and assignment see plain data', () => {
  const a = z.deadline(reply);
  const spread = { ...a };
  assert.ok(Array.isArray(spread.trace) && spread.trace.length > 0);
  const clone = structuredClone(z.deadline(reply));
  assert.equal(clone.citations[0].quote, '书面答复意见应当自受理之日起60日内送达信访人');
  assert.deepEqual(JSON.parse(JSON.stringify(z.deadline(reply))), JSON.parse(JSON.stringify(clone)));
  const b = z.deadline(reply);
  b.trace = ['mine'];
  assert.deepEqual(b.trace, ['mine']);
  assert.equal(b.citations.length, 2);
});

test('every evaluation function answers with its facts and its reasons as data', () => {
  for (const [kind, q] of Object.entries(queries)) {
    const answer = z[kind](q);
    for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(answer))) {
      assert.ok('value' in d && d.writable && d.enumerable && d.configurable, `${kind}.${k}`);
    }
    assert.deepEqual(Object.keys(answer).slice(-REASONS.length), REASONS, kind);
    for (const k of REASONS) assert.ok(Array.isArray(answer[k]), `${kind}.${k}`);
    assert.ok(answer.citations.length > 0, kind);
    // Two answers share no object: changing one's reasons leaves the other's as they were.
    const again = z[kind](q);
    answer.citations[0].quote = 'changed';
    answer.trace.length = 0;
    assert.notEqual(again.citations[0].quote, 'changed', kind);
    assert.ok(again.trace.length > 0, kind);
  }
});

test('a frozen answer keeps its reasons as a frozen object does', () => {
  const a = Object.freeze(z.deadline(reply));
  assert.equal(a.citations[0].article, '第五十六条(四)5');
  assert.throws(() => { a.trace = []; }, TypeError);
  assert.ok(a.trace.length >= 3);
});

test('the reasons read alike whatever the static texts already sent, in every instance of the module', async () => {
  // The module sends each static text (a quote, a document's title, a rule id) once and then by
  // its number; each instance of the module numbers its own. A second instance shares this
  // file's snippet module: if the two shared the numbers, the second's answers would quote the
  // first's texts. Here the second numbers them in another order (a sanction first, its packs
  // loaded in another order) and must answer exactly as this instance does.
  const fresh = await import(`${join(root, 'pkg', 'zhengwu.js')}?own-texts`);
  fresh.initSync({ module: wasmBytes() });
  for (const id of ['cn-national', 'guangxi-fault-2007', 'muli-county-2017', 'liangshan-office-2003', 'wenshan-hrss-2019']) fresh.loadRules(pack(id));
  const order = ['sanction', 'fact', 'leaveEntitlement', 'approvalRoute', 'timeline', 'deadline', 'check', 'attendance', 'calculate'];
  for (const kind of order) assert.equal(JSON.stringify(fresh[kind](queries[kind])), JSON.stringify(z[kind](queries[kind])), kind);
  // By hand: 文山 第五十六条(四)5, 60 days from 2026-08-03 end 10-02 (国庆), moved to 10-08.
  const a = fresh.deadline(reply);
  assert.equal(a.due, '2026-10-08');
  assert.deepEqual(a.citations.map((c) => c.quote), ['书面答复意见应当自受理之日起60日内送达信访人', '延长期限不得超过30日']);
});

test('index setters a page put on Object.prototype and Array.prototype catch no reason and poison nothing', async () => {
  // The reasons' lists are built with literals, which define their elements, and the static texts
  // are kept in an object without a prototype: a setter for "0" or "1" on a prototype must neither
  // see a text nor leave the instance quoting wrong ones afterwards. A fresh instance, so that its
  // first answer sends every static text while the setters are there.
  const fresh = await import(`${join(root, 'pkg', 'zhengwu.js')}?index-setters`);
  fresh.initSync({ module: wasmBytes() });
  fresh.loadRules(pack('cn-national'));
  fresh.loadRules(pack('wenshan-hrss-2019'));
  const caught = [];
  const setter = { configurable: true, set(v) { caught.push(v); } };
  const expected = JSON.stringify(z.deadline(reply));
  for (const proto of [Object.prototype, Array.prototype]) for (const k of ['0', '1', '2']) Object.defineProperty(proto, k, setter);
  let during;
  try {
    during = fresh.deadline(reply);
  } finally {
    for (const proto of [Object.prototype, Array.prototype]) for (const k of ['0', '1', '2']) delete proto[k];
  }
  assert.deepEqual(caught, []);
  assert.equal(JSON.stringify(during), expected);
  // Afterwards, a page's values on the prototypes are not taken for the module's texts either.
  Object.prototype[0] = 'FORGED';
  try {
    assert.equal(JSON.stringify(fresh.deadline(reply)), expected);
  } finally {
    delete Object.prototype[0];
  }
  assert.equal(fresh.deadline(reply).citations[0].quote, '书面答复意见应当自受理之日起60日内送达信访人');
});

test('a setter a page put on Object.prototype does not catch the reasons', () => {
  let caught = 0;
  Object.defineProperty(Object.prototype, 'trace', { configurable: true, set() { caught++; }, get() { return 'page'; } });
  try {
    const a = z.deadline(reply);
    assert.equal(caught, 0);
    assert.ok(Object.hasOwn(a, 'trace') && Array.isArray(a.trace) && a.trace.length >= 3);
    assert.deepEqual(Object.keys(a).slice(-REASONS.length), REASONS);
    assert.equal(JSON.stringify(a), JSON.stringify(z.deadline(reply)));
  } finally {
    delete Object.prototype.trace;
  }
  assert.ok(Array.isArray(z.deadline(reply).trace));
});

test('a query changed after the call does not change the explanation', () => {
  const q = { ...reply };
  const a = z.deadline(q);
  q.start = '2026-01-05';
  assert.ok(a.trace.some((s) => s.zh.includes('2026年8月3日')));
});

test('an answer is explained with the calendar it was computed with', () => {
  // Day 10 after 2026-12-22 is 2027-01-01 (元旦), past the published calendar: the engine
  // computes it from the 放假办法 and moves the date to Monday 2027-01-04.
  const q = { ruleset: 'guangxi-fault-2007', ref: 'DL-000-037-01', start: '2026-12-22' };
  const before = z.deadline(q);
  assert.equal(before.due, '2027-01-04');
  assert.equal(before.provisional, true);
  z.loadCalendar(JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'calendar-2027-test.json'), 'utf8')));
  const after = z.deadline(q);
  assert.equal(after.provisional, false);
  assert.ok(after.trace.some((s) => s.zh.includes('测试用通知')));
  // Read only now, the earlier answer still explains itself with the provisional calendar.
  assert.ok(before.trace.some((s) => s.zh.includes('国务院尚未公布安排')));
  assert.ok(!before.trace.some((s) => s.zh.includes('测试用通知')));
});

test('reasons: false answers the same facts, without the reasons, as a plain object', () => {
  for (const [kind, q] of Object.entries(queries)) {
    const whole = z[kind](q);
    const facts = z[kind]({ ...q, reasons: false });
    for (const k of REASONS) assert.equal(k in facts, false, `${kind}.${k}`);
    for (const d of Object.values(Object.getOwnPropertyDescriptors(facts))) assert.ok('value' in d, kind);
    // A nested answer (a leave's approval route) loses its reasons too.
    const strip = (v) => Array.isArray(v) ? v.map(strip) : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).filter(([k]) => !REASONS.includes(k)).map(([k, x]) => [k, strip(x)])) : v;
    assert.deepEqual(facts, strip(whole), kind);
  }
  // Worked by hand: received 2026-08-03, 60 days end 2026-10-02 (National Day), moved to 10-08.
  assert.equal(z.deadline({ ...reply, reasons: false }).due, '2026-10-08');
  assert.throws(() => z.deadline({ ...reply, reasons: 'no' }), (e) => e.code === 'INVALID_INPUT' && e.field === 'reasons');
});
