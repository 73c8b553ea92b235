// Answers across the year boundary through the JS API (issue 11). The 2027 holiday notice is not
// published; expected dates are worked out by hand in tests/year_boundary.rs (same cases).
import test from 'node:test';
import assert from 'node:assert/strict';
import z from './load.mjs';

test('the due date in 2026 is answered when only the extension falls in 2027', () => {
  const a = z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-10-15', asOf: '2026-12-05' });
  assert.equal(a.due, '2026-12-14');
  assert.equal(a.dueRange, null);
  assert.equal(a.extendedDue, '2027-01-13');
  assert.deepEqual(a.extendedDueRange, { earliest: '2027-01-13', latest: '2027-01-13' });
  assert.equal(a.provisional, true);
  assert.equal(a.status.state, 'open');
});

test('a due date on the 2027 Spring Festival comes with its range and a plain sentence', () => {
  const a = z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-12-10', lang: 'en' });
  assert.equal(a.due, '2027-02-11');
  assert.deepEqual(a.dueRange, { earliest: '2027-02-09', latest: '2027-02-15' });
  assert.equal(a.provisional, true);
  assert.ok(a.warnings.some((w) => w.zh.includes('2027年节假日安排尚未公布') && w.en.includes('no later than 2027-02-15')));
  // No option name in what a citizen reads.
  assert.ok(!JSON.stringify(a.warnings).includes('provisional'));
});

test('strict keeps the refusal for callers who want it', () => {
  assert.throws(() => z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-12-10', strict: true }),
    (e) => e.code === 'OUT_OF_CALENDAR_RANGE');
  const a = z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-10-15', strict: true });
  assert.equal(a.due, '2026-12-14');
  assert.equal(a.extendedDue, null);
});

test('30 working days from 2026-12-21, bounded', () => {
  const p = z.addPeriod({ start: '2026-12-21', amount: 30, unit: 'working_day' });
  assert.equal(p.date, '2027-02-02');
  assert.equal(p.provisional, true);
  assert.deepEqual(p.range, { earliest: '2027-01-29', latest: '2027-02-15' });
  // The bare calendar values cannot say they are projected: they still ask for it explicitly.
  assert.throws(() => z.addWorkingDays('2026-12-21', 30), (e) => e.code === 'OUT_OF_CALENDAR_RANGE');
  assert.equal(z.addWorkingDays('2026-12-21', 30, { provisional: true }), '2027-02-02');
  // dayKind says so in its answer, so it answers by default: 2027-02-09 is a make-up weekday.
  const d = z.dayKind('2027-02-09');
  assert.equal(d.kind, 'adjustedRest');
  assert.equal(d.provisional, true);
  assert.equal(d.holiday, '春节');
});

test('a citizen who knows only the letter\'s date reads the latest reply date', () => {
  const t = z.timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { received: '2026-12-01' } });
  const step = (id) => t.steps.find((s) => s.id === id);
  assert.equal(step('acceptanceNotice').due, '2026-12-16');
  assert.equal(step('proposal').internal, true);
  assert.equal(step('reply').status, 'waiting');
  assert.equal(step('reply').latestDue, '2027-02-15');
  assert.deepEqual(step('reply').latestDueRange, { earliest: '2027-02-14', latest: '2027-02-15' });
  assert.equal(t.provisional, true);
  const ics = z.timelineIcs({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { received: '2026-12-01' } });
  assert.ok(ics.includes('DTSTART;VALUE=DATE:20270215'), 'the latest reply date is in the .ics');
});
