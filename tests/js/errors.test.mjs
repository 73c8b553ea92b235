// Every export, called with malformed input, throws an Error with a stable code — never a
// RuntimeError (a wasm trap) — and the module keeps working afterwards.
import test from 'node:test';
import assert from 'node:assert/strict';
import z from './load.mjs';

const CODES = new Set(['UNKNOWN_RULESET', 'UNKNOWN_RULE', 'INVALID_DATE', 'INVALID_INPUT', 'MISSING_INPUT', 'OUT_OF_CALENDAR_RANGE', 'INVALID_CALENDAR',
  'RULESET_NOT_LOADED', 'INVALID_RULES_PACK', 'INPUT_TOO_LARGE']);

const junk = [undefined, null, 0, -1, 1e308, -1e308, NaN, Infinity, 2 ** 53, 1.5, '', 'x', '2026-02-30', '2026-13-01', '9999-01-01',
  '2026-01-01T25:00', true, [], [1, 2], {}, { ruleset: 'nope' }, { ruleset: 42 }, Symbol.for('s'), () => 1, 10n,
  'a'.repeat(100000), { ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: 20260803 },
  { ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03', pauses: 'x' },
  { ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03', readings: { B33: 'nope' } },
  { ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { bogus: '2026-01-01' } },
  { ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 12.5, budgeted: true },
  { ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: -1, budgeted: 'yes' },
  new Uint8Array([0x5a, 0x57, 0x52, 0x50, 1, 0]), new Uint8Array(3), new ArrayBuffer(8), new Uint8Array(100000).fill(0x80),
  { year: 2027, holidays: 'x' }, { year: 2027, title: 't', published: '2026-11-01', holidays: [{ name: 'x', rest: ['2027-01-02'] }] }];

const exports = {
  deadline: (a) => z.deadline(a),
  timeline: (a) => z.timeline(a),
  timelineIcs: (a) => z.timelineIcs(a),
  approvalRoute: (a) => z.approvalRoute(a),
  leaveEntitlement: (a) => z.leaveEntitlement(a),
  sanction: (a) => z.sanction(a),
  check: (a) => z.check(a),
  attendance: (a) => z.attendance(a),
  calculate: (a) => z.calculate(a),
  addPeriod: (a) => z.addPeriod(a),
  loadCalendar: (a) => z.loadCalendar(a),
  loadRules: (a) => z.loadRules(a),
  isWorkingDay: (a) => z.isWorkingDay(a),
  dayKind: (a) => z.dayKind(a),
  addWorkingDays: (a) => z.addWorkingDays('2026-01-05', a),
  addWorkingDaysDate: (a) => z.addWorkingDays(a, 1),
  workingDaysBetween: (a) => z.workingDaysBetween(a, '2026-01-05'),
  isWorkingDayOptions: (a) => z.isWorkingDay('2026-01-05', a),
};

for (const [name, call] of Object.entries(exports)) {
  test(`${name} rejects malformed input with a coded Error`, () => {
    for (const input of junk) {
      let result;
      try {
        result = call(input);
      } catch (e) {
        assert.ok(e instanceof Error, `${name}(${String(input)}) threw a non-Error`);
        assert.ok(!(e instanceof WebAssembly.RuntimeError), `${name} trapped on ${String(input)}`);
        assert.ok(CODES.has(e.code), `${name}(${String(input).slice(0, 40)}) threw without a known code: ${e.code} ${e.message}`);
        assert.equal(typeof e.message, 'string');
        assert.equal(typeof e.messageEn, 'string');
        assert.ok('field' in e);
        continue;
      }
      // A few inputs are valid for some exports (e.g. 0 working days); they must give an answer.
      assert.notEqual(result, undefined, `${name}(${String(input)}) returned undefined`);
    }
    // Still alive.
    assert.equal(z.addWorkingDays('2026-01-01', 1), '2026-01-04');
  });
}

test('error fields name the offending input', () => {
  const cases = [
    [() => z.deadline({ ruleset: 'nope', ref: 'x', start: '2026-01-01' }), 'UNKNOWN_RULESET', 'ruleset'],
    [() => z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-999-99', start: '2026-01-01' }), 'UNKNOWN_RULE', 'ref'],
    [() => z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-02-30' }), 'INVALID_DATE', 'start'],
    [() => z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09' }), 'MISSING_INPUT', 'start'],
    [() => z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-01', start: '2027-06-01', strict: true }), 'OUT_OF_CALENDAR_RANGE', 'start'],
    [() => z.approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 1.5, budgeted: true }), 'INVALID_INPUT', 'amount'],
    [() => z.timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { received: '2026-1-1' } }), 'INVALID_DATE', 'events.received'],
    [() => z.addWorkingDays('2026-01-05', 1e9), 'INVALID_INPUT', 'n'],
    [() => z.attendance({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.attendance', from: '2026-03-01', to: '2026-03-31', days: [{ date: '2026-03-02', pmIn: '15:00', pmOut: '14:00' }] }), 'INVALID_INPUT', 'days.0.pmOut'],
    [() => z.attendance({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.attendance', from: '2026-03-01', to: '2026-03-31', days: [{ date: '2026-03-02', arrive: '09:00' }] }), 'INVALID_INPUT', 'days.0.arrive'],
  ];
  for (const [call, code, field] of cases) {
    assert.throws(call, (e) => e.code === code && e.field === field && e.message.length > 0 && e.messageEn.length > 0, `${code} ${field}`);
  }
});
