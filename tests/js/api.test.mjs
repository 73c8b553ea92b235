// The JS API contract, against pkg/, under node. Run in two time zones by scripts/test.sh.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import z, { root } from './load.mjs';

// The rulesets are the folders of data/rules/ (the datagen, build/, finds them the same way), in id order.
const RULESETS = readdirSync(join(root, 'data', 'rules')).sort();

test('catalog lists every ruleset folder with its rules, citations and inputs', () => {
  const cat = z.catalog();
  // cn-national first: every other pack needs it loaded.
  assert.deepEqual(cat.rulesets.map((r) => r.id), ['cn-national', ...RULESETS.filter((id) => id !== 'cn-national')]);
  assert.deepEqual(cat.available, cat.rulesets.map((r) => r.id));
  const wenshan = cat.rulesets.find((r) => r.id === 'wenshan-hrss-2019');
  const reply = wenshan.rules.find((r) => r.refs.includes('DL-004-056-09'));
  assert.equal(reply.kind, 'deadline');
  assert.equal(reply.citations[0].article, '第五十六条(四)5');
  assert.ok(reply.inputs.some((i) => i.name === 'start' && i.required));
  const expense = cat.rulesets.find((r) => r.id === 'liangshan-office-2003').rules.find((r) => r.id === 'liangshan.expense');
  assert.deepEqual(expense.inputs.map((i) => i.name), ['amount', 'budgeted']);
  assert.match(cat.rulesVersion, /^\d+\.\d+\.\d+\+data\.[0-9a-f]{16}$/);
  assert.equal(z.version(), cat.rulesVersion.split('+')[0]);
});

test('catalog({ ruleset, kind }): one loaded ruleset, only what an element of that kind shows', () => {
  const whole = z.catalog().rulesets.find((r) => r.id === 'wenshan-hrss-2019');
  const one = z.catalog({ ruleset: 'wenshan-hrss-2019' });
  assert.deepEqual(one.rulesets, [whole]);
  assert.equal(one.rulesVersion, z.catalog().rulesVersion);
  for (const kind of ['deadline', 'approval', 'leave', 'sanction', 'fact', 'check', 'calculator']) {
    const part = z.catalog({ ruleset: 'wenshan-hrss-2019', kind }).rulesets[0];
    assert.deepEqual(part.rules, whole.rules.filter((r) => r.kind === kind));
    assert.deepEqual(part.procedures, []);
    assert.deepEqual({ ...part, rules: [], procedures: [] }, { ...whole, rules: [], procedures: [] });
  }
  const timeline = z.catalog({ ruleset: 'wenshan-hrss-2019', kind: 'timeline' }).rulesets[0];
  assert.deepEqual(timeline.rules, []);
  assert.deepEqual(timeline.procedures, whole.procedures);
  assert.deepEqual(z.catalog({ kind: 'leave' }).rulesets.map((r) => r.id), z.catalog().rulesets.map((r) => r.id));
  const code = (q) => { try { z.catalog(q); } catch (e) { return [e.code, e.field]; } return null; };
  assert.deepEqual(code({ ruleset: 'nowhere' }), ['UNKNOWN_RULESET', 'ruleset']);
  assert.deepEqual(code({ kind: 'holiday' }), ['INVALID_INPUT', 'kind']);
  assert.deepEqual(code({ rulset: 'wenshan-hrss-2019' }), ['INVALID_INPUT', 'rulset']);
  assert.deepEqual(code({ ruleset: 7 }), ['INVALID_INPUT', 'ruleset']);
  assert.deepEqual(code('wenshan-hrss-2019'), ['INVALID_INPUT', 'options']);
});

test('deadline by inventory ref: 60-day petition reply across the National Day holiday', () => {
  const a = z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03', asOf: '2026-10-09' });
  // 60 days after 08-03 is 10-02, inside 国庆 10/1–10/7 → the next working day, 10-08.
  assert.equal(a.due, '2026-10-08');
  assert.equal(a.extendedDue, '2026-11-02'); // 90 days → 11-01 (Sunday) → 11-02
  assert.equal(a.status.state, 'overdue');
  assert.equal(a.status.daysOver, 1);
  assert.ok(a.citations.some((c) => c.quote.includes('60日内送达信访人')));
  assert.ok(a.trace.some((t) => t.zh.includes('国庆')));
  assert.ok(a.ambiguities.some((x) => x.id === 'B33' && x.applied === 'from-nominal-end'));
});

test('timeline: a Wenshan petition with the steps that already happened', () => {
  const t = z.timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', asOf: '2026-09-10',
    events: { received: '2026-08-03', proposal: '2026-08-05', accepted: '2026-08-14' } });
  const byId = Object.fromEntries(t.steps.map((s) => [s.id, s]));
  assert.equal(byId.proposal.due, '2026-08-05'); // 2 working days: Tue 08-04, Wed 08-05
  assert.equal(byId.proposal.status, 'done_in_time');
  assert.equal(byId.acceptanceNotice.due, '2026-08-18'); // 08-03 + 15 = 08-18 (Tue)
  // The notice of acceptance was served on the acceptance date (文山 第五十六条(二)1: 以送达之日为
  // 信访案件受理日期), 08-14, before its due date: done in time.
  assert.equal(byId.acceptanceNotice.status, 'done_in_time');
  assert.equal(byId.reply.due, '2026-10-13'); // 08-14 + 60 = 10-13 (Tue)
  assert.equal(byId.reply.status, 'open');
  assert.equal(byId.reviewRequest.status, 'waiting');
  assert.equal(t.next, 'reply');
  const ics = z.timelineIcs({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', asOf: '2026-09-10', events: { received: '2026-08-03', accepted: '2026-08-14' } });
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20261013\r\n/);
  assert.ok(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75));
});

test('approval route by amount, with the boundary overlap surfaced', () => {
  const a = z.approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true });
  // 10,000 is in "5000元-10000元" and in "10000元-15000元": default reading B04 = higher band.
  assert.deepEqual(a.steps.map((s) => s.role), ['分管财务的领导', '办公室主任', '秘书长']);
  assert.equal(a.steps.at(-1).action, 'approve');
  const b04 = a.ambiguities.find((x) => x.id === 'B04');
  assert.equal(b04.applied, 'higher');
  const lower = z.approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true, readings: { B04: 'lower' } });
  assert.deepEqual(lower.steps.map((s) => s.role), ['分管财务的领导', '办公室主任']);
  const missing = z.approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', budgeted: true });
  assert.deepEqual(missing.steps, []);
  assert.deepEqual(missing.missing.map((m) => m.field), ['amount']);
});

test('leave entitlement with the higher-law conflict and the approver', () => {
  const a = z.leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' });
  assert.equal(a.days, 90 + 15 + 15);
  // 女职工劳动保护特别规定 第七条: 98 + 15 + 15 = 128 > 120, so the national minimum governs.
  assert.equal(a.governing.days, 98 + 15 + 15);
  assert.equal(a.governing.rule, 'cn.maternity-2012');
  assert.equal(a.governing.citation.article, '第七条');
  assert.equal(a.conflicts[0].rule, 'cn.maternity-2012');
  assert.equal(a.conflicts[0].days, 128);
  assert.equal(a.approval.steps[0].role, '局长'); // 128 days ≥ 8 → 局长
});

test('sanction: reviewer in a serious case', () => {
  const a = z.sanction({ ruleset: 'guangxi-fault-2007', rule: 'guangxi.fault.review-chain', position: 'reviewer', severity: 'serious' });
  assert.equal(a.parties[0].responsibility.zh, '主要领导责任');
  assert.deepEqual(a.parties[0].measures.map((m) => m.zh), ['取消评优评先资格', '通报批评', '暂扣行政执法证件']);
});

test('calendar primitives', () => {
  assert.equal(z.isWorkingDay('2005-12-31'), true);
  assert.equal(z.isWorkingDay('2026-10-05'), false);
  assert.equal(z.addWorkingDays('2026-01-01', 1), '2026-01-04');
  assert.equal(z.workingDaysBetween('2026-09-30', '2026-10-09'), 2);
  assert.equal(z.dayKind('2026-10-10').kind, 'adjustedWorkday');
  const p = z.addPeriod({ start: '2026-01-31', amount: 1, unit: 'month' });
  // No 31 February: the month's last day, 02-28, ends the period (民法典 第二百零二条); that
  // Saturday is an adjusted working day (2026 notice: 2月28日上班), so it is not moved.
  assert.equal(p.date, '2026-02-28');
  const info = z.calendarInfo();
  assert.equal(info.first, '2004-01-01');
  assert.equal(info.last, '2026-12-31');
  assert.ok(info.sources.length >= 23);
});

test('2027 is an error by default and flagged in provisional mode', () => {
  assert.throws(() => z.isWorkingDay('2027-03-01'), (e) => e.code === 'OUT_OF_CALENDAR_RANGE' && e.field === 'date');
  const d = z.dayKind('2027-02-05', { provisional: true });
  assert.equal(d.kind, 'statutoryHoliday');
  assert.equal(d.provisional, true);
});
