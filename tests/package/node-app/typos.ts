// The mistakes a portal developer makes, each a compile error under `tsc --strict` against the
// installed package's types (an unused @ts-expect-error fails the check); the correct calls beside
// them compile, and their answers are typed.
import init, { approvalAuthority, approvalRoute, deadline, isZhengwuError, leaveEntitlement, timeline } from 'zhengwu';
import type { ErrorCode, LeaveUnit, RulesetId } from 'zhengwu';
import { fetchRules } from 'zhengwu/rules.js';
import { loadNode } from 'zhengwu/node';
import inlineInit, { fetchRules as fetchInline } from 'zhengwu/inline';
import 'zhengwu/inline/rules/liangshan-office-2003';

export async function portal(): Promise<string[]> {
  await init();
  await fetchRules(['wenshan-hrss-2019', 'liangshan-office-2003']);
  // @ts-expect-error the ruleset is wenshan-hrss-2019
  await fetchRules(['wenshan-hrs-2019']);
  const ruleset: RulesetId = 'wenshan-hrss-2019';
  const a = deadline({ ruleset, ref: 'DL-004-056-09', start: '2026-08-03' });
  // @ts-expect-error the ruleset is wenshan-hrss-2019
  deadline({ ruleset: 'wenshan-hrs-2019', ref: 'DL-004-056-09', start: '2026-08-03' });
  const route = approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true });
  // @ts-expect-error the fact is amount
  approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amout: 10000, budgeted: true });
  const leave = leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' });
  // @ts-expect-error babies is a number
  leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: '2', rank: 'staff' });
  // @ts-expect-error rank is one of staff, section-head, division-level
  leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', babies: 2, rank: 'staf' });
  const unit: LeaveUnit = leave.unit;
  const t = timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { received: '2026-12-01' }, asOf: '2026-12-05' });
  // @ts-expect-error the event is received
  timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { recieved: '2026-12-01' } });
  // @ts-expect-error the procedure is wenshan.petition
  timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petiton', events: { received: '2026-12-01' } });
  const authority = approvalAuthority({ ruleset: 'liangshan-office-2003', role: '秘书长', readings: { B04: 'lower' } });
  // @ts-expect-error the role is 秘书长, as the rules name it
  approvalAuthority({ ruleset: 'liangshan-office-2003', role: '秘书' });
  // @ts-expect-error the reading of B04 is higher or lower
  approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true, readings: { B04: 'hihger' } });
  await inlineInit();
  await fetchInline(['liangshan-office-2003']);
  const lines = [a.due, authority.text, route.steps.map((s) => s.role).join(' → '), `${leave.days} ${unit}`, t.steps[0]?.due ?? ''];
  try {
    loadNode({ rulesets: ['zaduo-office-2017'] });
  } catch (e) {
    // The guard narrows `code` to the union of codes.
    if (isZhengwuError(e)) {
      const code: ErrorCode = e.code;
      lines.push(`${code} ${e.field ?? ''} ${e.messageEn}`);
    }
  }
  return lines;
}
