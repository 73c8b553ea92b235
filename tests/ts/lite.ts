// zhengwu/lite's types (pkg/lite/*.d.ts over the shared rules-types.d.ts), checked with
// `tsc --noEmit --strict`: the citizens' functions (deadlines, timelines, the calendar) are typed as
// in the full entry; the office's own (approvals, leave, sanctions, facts, checks, calculators)
// are not there.
import init, { addWorkingDays, deadline, timeline } from '../../pkg/lite/index.js';
import type { DeadlineAnswer } from '../../pkg/lite/index.js';
import * as lite from '../../pkg/lite/index.js';
import { fetchRules } from '../../pkg/lite/rules.js';
import { loadNode } from '../../pkg/lite/node.js';
import '../../pkg/lite/elements.js';

export async function citizens(): Promise<string> {
  await init();
  await fetchRules(['wenshan-hrss-2019']);
  const a: DeadlineAnswer = deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' });
  // @ts-expect-error the reading of B13 is inclusive, exclusive or inclusive-roll
  deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03', readings: { B13: 'include' } });
  const back: string = addWorkingDays('2026-09-30', 1);
  timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { received: '2026-08-03' } });
  // @ts-expect-error no check() in the module for citizens' pages
  lite.check({ ruleset: 'wenshan-hrss-2019', form: 'leave_requests', requests: [] });
  // @ts-expect-error no attendance() either
  lite.attendance({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.attendance', from: '2026-03-01', to: '2026-03-31', days: [] });
  // @ts-expect-error nor the facts of a staff form
  lite.fact({ ruleset: 'wenshan-hrss-2019', ref: 'LV-004-035-02' });
  // @ts-expect-error nor an approval route
  lite.approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true });
  // @ts-expect-error nor leave
  lite.leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' });
  return a.due + back + String(typeof loadNode);
}
