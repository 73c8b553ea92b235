// The package's own types (pkg/index.d.ts over the generated rules-types.d.ts), checked with
// `tsc --noEmit --strict`: the roles approvalAuthority() answers for, the readings of each
// ambiguity and the roles `absent` names are literal unions from the rule data, so each line
// under `@ts-expect-error` must fail to compile (an unused one fails the check).
import init, { approvalAuthority, approvalRoute, attendance, calculate, check, deadline, leaveEntitlement, loadRules } from '../../pkg/index.js';
import type { AuthorityAnswer, AuthorityRuleQuery, Readings } from '../../pkg/index.js';
import inlineInit, { fetchRules } from '../../pkg/inline.js';
import '../../pkg/inline/rules/liangshan-office-2003.js';

export async function authority(): Promise<string[]> {
  await init();
  const a: AuthorityAnswer = approvalAuthority({ ruleset: 'liangshan-office-2003', role: '秘书长' });
  approvalAuthority({ ruleset: 'liangshan-office-2003', role: 'secretary-general', lang: 'en' });
  // @ts-expect-error the role is 秘书长 (a role no route of the ruleset names)
  approvalAuthority({ ruleset: 'liangshan-office-2003', role: '秘书' });
  // @ts-expect-error 秘书长 is a role of liangshan-office-2003, not of wenshan-hrss-2019
  approvalAuthority({ ruleset: 'wenshan-hrss-2019', role: '秘书长' });
  const q: AuthorityRuleQuery = { ruleset: 'liangshan-office-2003', role: '办公室主任', readings: { B04: 'lower' } };
  approvalAuthority(q);
  // @ts-expect-error the reading is lower (or higher)
  approvalAuthority({ ruleset: 'liangshan-office-2003', role: '秘书长', readings: { B04: 'lowr' } });
  // @ts-expect-error the ambiguity is B04
  approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true, readings: { B4: 'lower' } });
  // @ts-expect-error the reading of B13 is inclusive, exclusive or inclusive-roll
  deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03', readings: { B13: 'include' } });
  // The facts alone: the due date is there, the trace is not.
  const listed = deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03', reasons: false });
  const due: string = listed.due;
  // @ts-expect-error an answer asked for with reasons: false has no trace
  listed.trace;
  // @ts-expect-error nor has the approval route a leave answer holds
  leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', babies: 1, rank: 'staff', reasons: false }).approval?.citations;
  const readings: Readings = { B04: 'higher', B13: 'inclusive-roll' };
  const route = approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true, readings, absent: ['秘书长'] });
  // @ts-expect-error the absent role is 秘书长, as the route names it
  approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true, absent: ['秘书'] });
  const leave = leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', babies: 1, rank: 'staff', readings: { B02: 'lower' } });
  const form = check({ ruleset: 'muli-county-2017', form: 'meeting', body: '县政府常务会议', due: 8, present: 4, confirm: { noUnapprovedStandIn: true } });
  // @ts-expect-error 木里's meeting rules name 县政府常务会议, not 常务会议
  check({ ruleset: 'muli-county-2017', form: 'meeting', body: '常务会议' });
  // @ts-expect-error no 木里 check asks to confirm headSpokeLast (a 文山 fact)
  check({ ruleset: 'muli-county-2017', form: 'meeting', body: '县政府常务会议', confirm: { headSpokeLast: true } });
  // @ts-expect-error 杂多 has checks for the duty roster only
  check({ ruleset: 'zaduo-office-2017', form: 'meeting', body: '县政府常务会议' });
  loadRules(new Uint8Array(0), { untrusted: true });
  const month = attendance({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.attendance', from: '2026-03-01', to: '2026-03-31', days: [{ date: '2026-03-02', amIn: '08:50' }], readings: { Z20: 'day-ends' } });
  // @ts-expect-error a record's status is present, absent, leave or business
  attendance({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.attendance', from: '2026-03-01', to: '2026-03-31', days: [{ date: '2026-03-02', status: 'late' }] });
  // @ts-expect-error the period is required
  attendance({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.attendance', to: '2026-03-31' });
  const score = calculate({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.score.performance', rank: 'section-level-or-below', weeks: [{ workdays: 5 }], readings: { Z24: 'twice' } });
  // @ts-expect-error the rank is section-level-or-below or division-level
  calculate({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.score.performance', rank: 'staff' });
  // @ts-expect-error attendance() answers attendance calculators, calculate() the scores
  attendance({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.score.performance', from: '2026-03-01', to: '2026-03-31' });
  await inlineInit();
  await fetchRules(['liangshan-office-2003']);
  return [a.text, due, route.text, String(leave.days), String(form.passed), String(month.points), String(score.points), ...month.lines.map((l) => `${l.label.zh} ${l.value} ${l.article}`)];
}

// Answers: the ruleset, a deadline's units and counting, as literal unions.
export function answers(): string[] {
  const d = deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' });
  const unit: 'day' | 'working_day' | 'week' | 'month' | 'year' | 'hour' | 'minute' | undefined = d.period?.unit;
  const counting: 'civil' | 'start_day_counted' | 'no_roll' | 'litigation' | 'month_end' | undefined = d.period?.counting;
  // @ts-expect-error an answer's ruleset is one of the ruleset ids
  const wrong: 'wenshan-hrs-2019' = d.ruleset;
  return [unit ?? '', counting ?? '', d.extension?.unit ?? '', wrong];
}
