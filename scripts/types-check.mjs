// The TypeScript declarations (src/binding/types.d.ts, in pkg/zhengwu.d.ts) checked against what
// the module really answers: one answer of every kind, read whole, written as an
// object literal typed with its declared interface into tests/output/answers.ts, which the test
// command compiles with tsc --strict (tests/ts/tsconfig.answers.json). A field the module sends and
// the declaration lacks is an excess property; one declared but not sent is missing; a value of
// another type (null where the declaration says string) is a type error. So the declarations
// cannot drift from the Rust types unnoticed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import z from '../tests/js/load.mjs';
import { root } from '../tests/js/paths.mjs';

const wenshan = 'wenshan-hrss-2019';
const samples = [
  // A deadline with an extension, a conflict, a status and a projected range.
  ['DeadlineAnswer', z.deadline({ ruleset: wenshan, ref: 'DL-004-056-09', start: '2026-12-10', asOf: '2026-12-20' })],
  ['DeadlineAnswer', z.deadline({ ruleset: 'guangxi-fault-2007', ref: 'DL-000-037-01', start: '2026-09-28' })],
  // The facts alone: the reasons absent, nothing else missing.
  ['FactsOnly<DeadlineAnswer>', z.deadline({ ruleset: wenshan, ref: 'DL-004-056-09', start: '2026-12-10', asOf: '2026-12-20', reasons: false })],
  ['FactsOnly<TimelineAnswer>', z.timeline({ ruleset: wenshan, procedure: 'wenshan.petition', asOf: '2026-09-10', events: { received: '2026-08-03', accepted: '2026-08-14' }, reasons: false })],
  ['FactsOnly<LeaveAnswer>', z.leaveEntitlement({ ruleset: wenshan, rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff', reasons: false })],
  ['TimelineAnswer', z.timeline({ ruleset: wenshan, procedure: 'wenshan.petition', asOf: '2026-09-10', events: { received: '2026-08-03', accepted: '2026-08-14' } })],
  ['ApprovalAnswer', z.approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true })],
  ['AuthorityAnswer', z.approvalAuthority({ ruleset: 'liangshan-office-2003', role: '办公室主任' })],
  ['LeaveAnswer', z.leaveEntitlement({ ruleset: wenshan, rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff', start: '2026-03-01' })],
  ['LeaveAnswer', z.leaveEntitlement({ ruleset: wenshan, rule: 'wenshan.leave.annual', serviceYears: 12, rank: 'staff' })],
  ['SanctionAnswer', z.sanction({ ruleset: 'guangxi-fault-2007', rule: 'guangxi.sanction.measures', responsibility: 'direct', severity: 'serious', aggravating: ['obstruct', 'grave-harm'], countInYear: 2, mitigating: 'none' })],
  ['SanctionAnswer', z.sanction({ ruleset: wenshan, rule: 'wenshan.sanction.absenteeism', absentDaysInYear: 20, absentConsecutiveDays: 16 })],
  ['FactAnswer', z.fact({ ruleset: wenshan, ref: 'LV-004-035-02' })],
  ['FactAnswer', z.fact({ ruleset: 'muli-county-2017', rule: 'muli.fact.study-session', asOf: '2016-01-04' })],
  ['CheckAnswer', z.check({ ruleset: wenshan, form: 'leave_requests', requests: [
    { name: '甲', section: '办公室', kind: 'annual', from: '2026-07-06', to: '2026-07-10' },
    { name: '乙', section: '办公室', kind: 'annual', from: '2026-07-09', to: '2026-07-15' }] })],
  ['CheckAnswer', z.check({ ruleset: wenshan, form: 'meeting', body: '党组会议', confirm: { headSpokeLast: false } })],
  ['AttendanceAnswer', z.attendance({ ruleset: wenshan, rule: 'wenshan.attendance', from: '2026-03-01', to: '2026-03-31', absentDaysBeforePeriod: 5,
    days: [{ date: '2026-03-02', amIn: '08:50' }, { date: '2026-03-03', status: 'absent' }, { date: '2026-03-04', status: 'leave', leave: 'sick', part: 'am' }, { date: '2026-03-05', notAtPost: true }] })],
  ['ScoreAnswer', z.calculate({ ruleset: wenshan, rule: 'wenshan.score.performance', rank: 'section-level-or-below', weeks: [{ workdays: 5, complaints: 1 }],
    assigned: [{ points: 2, poorHandling: true }], cooperation: [{ points: 1 }], holidayDutyDays: 1, serviceComplaints: 1 })],
  ['ScoreAnswer', z.calculate({ ruleset: wenshan, rule: 'wenshan.score.performance', rank: 'division-level' })],
  ['AmountAnswer', z.calculate({ ruleset: wenshan, rule: 'wenshan.amount.driver-pay', kmInYear: 1000, atFaultAccident: false })],
  ['ScoreAnswer', z.calculate({ ruleset: wenshan, rule: 'wenshan.score.information', unitType: 'agency', itemsSubmitted: 21, items: [{ adoptedBy: [1], instructedBy: [2] }] })],
  ['AmountAnswer', z.calculate({ ruleset: wenshan, rule: 'wenshan.amount.holiday-duty-pay', dutyDates: ['2026-10-01'] })],
  ['DateAnswer', z.addPeriod({ start: '2026-12-10', amount: 60, unit: 'day' })],
  ['DateAnswer', z.addPeriod({ start: '2026-09-29T10:20', amount: 48, unit: 'hour', convention: 'litigation' })],
  ['DayInfo', z.dayKind('2026-10-01')],
  ['CalendarInfo', z.calendarInfo()],
];

// The answer as plain JSON data, as written below.
const whole = (answer) => JSON.parse(JSON.stringify(answer));
// Every type name a sample's type mentions (`FactsOnly<DeadlineAnswer>` imports both).
const types = [...new Set(samples.flatMap(([t]) => t.match(/\w+/g)))];
const lines = [
  '// Generated by scripts/types-check.mjs from real answers: do not edit.',
  `import type { ${types.join(', ')} } from '../../pkg/zhengwu.js';`,
  '',
  ...samples.map(([type, answer], i) => `export const answer${i}: ${type} = ${JSON.stringify(whole(answer), null, 1)};`),
];
const out = join(root, 'tests', 'output');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'answers.ts'), `${lines.join('\n')}\n`);
console.log(`[types] ${samples.length} answers written to tests/output/answers.ts`);
