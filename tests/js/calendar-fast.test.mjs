// The package entry's calendar calls take a fast path (js/fast.js: day numbers across the
// boundary, dates parsed and built in JS). They must answer exactly as the module's full
// functions do, and throw the same coded errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { root, wasmBytes } from './paths.mjs';

const entry = await import(join(root, 'pkg', 'index.js'));
const glue = await import(join(root, 'pkg', 'zhengwu.js'));
const fast = await import(join(root, 'pkg', 'fast.js'));
entry.initSync({ module: wasmBytes() });

function outcome(f) {
  try {
    return { value: f() };
  } catch (e) {
    return { code: e.code, field: e.field, message: e.message };
  }
}

test('day numbers round-trip every day from 0001 to 9999 boundaries and count like chrono', () => {
  // 1970-01-01 is day 719163 (chrono's num_days_from_ce); 0001-01-01 is day 1.
  assert.equal(fast.dayNumber('1970-01-01'), 719163);
  assert.equal(fast.dayNumber('0001-01-01'), 1);
  assert.equal(fast.dayNumber('2000-03-01') - fast.dayNumber('2000-02-28'), 2); // 2000 is a leap year
  assert.equal(fast.dayNumber('1900-03-01') - fast.dayNumber('1900-02-28'), 1); // 1900 is not
  for (const s of ['2024-02-29', '2026-12-31', '2027-01-01', '9999-12-31', '0001-01-01', '1582-10-10']) {
    assert.equal(fast.dateOf(fast.dayNumber(s)), s);
  }
  let day = fast.dayNumber('2004-01-01');
  for (let i = 0; i < 20000; i++, day++) assert.equal(fast.dayNumber(fast.dateOf(day)), day);
  for (const bad of ['2025-02-29', '2026-13-01', '2026-00-10', '2026-1-01', '2026/01/01', ' 2026-01-01', '２０２６-01-01', 20260101, null]) {
    assert.equal(fast.dayNumber(bad), -1, String(bad));
  }
});

test('the fast path answers as the full functions do', () => {
  const starts = [];
  for (let y = 2005; y <= 2026; y++) for (const md of ['01-01', '02-10', '04-04', '05-01', '06-20', '09-30', '10-08', '12-31']) starts.push(`${y}-${md}`);
  for (const s of starts) {
    for (const n of [-30, -1, 0, 1, 5, 22, 250]) {
      for (const o of [undefined, {}, { provisional: true }, { provisional: false }]) {
        assert.deepEqual(outcome(() => entry.addWorkingDays(s, n, o)), outcome(() => glue.addWorkingDays(s, n, o)), `${s} ${n} ${JSON.stringify(o)}`);
      }
    }
    assert.deepEqual(outcome(() => entry.isWorkingDay(s)), outcome(() => glue.isWorkingDay(s)), s);
    assert.deepEqual(outcome(() => entry.isWorkingDay(s, { provisional: true })), outcome(() => glue.isWorkingDay(s, { provisional: true })), s);
    assert.deepEqual(outcome(() => entry.workingDaysBetween('2005-01-04', s)), outcome(() => glue.workingDaysBetween('2005-01-04', s)), s);
    assert.deepEqual(outcome(() => entry.workingDaysBetween(s, '2005-01-04')), outcome(() => glue.workingDaysBetween(s, '2005-01-04')), s);
  }
  // Known answers (data/calendar/cn.toml): Sunday 2026-01-04 was a working day; 2026-10-08 is the
  // first working day after the National Day break.
  assert.equal(entry.addWorkingDays('2026-01-01', 1), '2026-01-04');
  assert.equal(entry.addWorkingDays('2026-09-30', 1), '2026-10-08');
  assert.equal(entry.isWorkingDay('2026-10-10'), true);
  // Into 2027 only when asked to project.
  assert.equal(entry.addWorkingDays('2026-12-31', 1, { provisional: true }), '2027-01-04');
});

test('what the fast path does not take gets the full function\'s coded error', () => {
  const cases = [
    ['addWorkingDays', '2026-02-30', 1],
    ['addWorkingDays', '2026-12-31', 1],
    ['addWorkingDays', '2026-01-05', 1.5],
    ['addWorkingDays', '2026-01-05', 1e9],
    ['addWorkingDays', '2026-01-05', '3'],
    ['addWorkingDays', '2026-01-05', 1, { provisonal: true }],
    ['addWorkingDays', '2026-01-05', 1, { provisional: 'yes' }],
    ['isWorkingDay', '1999-01-01'],
    ['isWorkingDay', new Date(0)],
    ['workingDaysBetween', '2026-01-05', '2040-01-01'],
  ];
  for (const [name, ...args] of cases) {
    const r = outcome(() => entry[name](...args));
    assert.ok(r.code, `${name}(${args}): expected a coded error, got ${JSON.stringify(r)}`);
    assert.deepEqual(r, outcome(() => glue[name](...args)), `${name}(${args})`);
  }
});

test('the table of published days is forgotten when a calendar is loaded', async () => {
  const { readFileSync } = await import('node:fs');
  // Before: 2027 is not published, so strictly it is out of range, as the full function says.
  assert.deepEqual(outcome(() => entry.isWorkingDay('2027-01-04')), outcome(() => glue.isWorkingDay('2027-01-04')));
  assert.equal(outcome(() => entry.isWorkingDay('2027-01-04')).code, 'OUT_OF_CALENDAR_RANGE');
  // Sunday 2026-12-27 is a rest day until a notice for 2027 makes it a working day for 元旦 (a
  // notice may arrange 25–31 December of the year before).
  assert.equal(entry.isWorkingDay('2026-12-27'), false);
  const notice = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'calendar-2027-test.json'), 'utf8'));
  notice.holidays.find((h) => h.name === '元旦').work = ['2026-12-27'];
  entry.loadCalendar(notice);
  assert.equal(entry.isWorkingDay('2026-12-27'), true);
  // After: every day from 2026-12-01 to 2027-12-31 answers as the module does.
  for (let day = fast.dayNumber('2026-12-01'); day <= fast.dayNumber('2027-12-31'); day++) {
    const date = fast.dateOf(day);
    assert.equal(entry.isWorkingDay(date), glue.isWorkingDay(date), date);
  }
});
