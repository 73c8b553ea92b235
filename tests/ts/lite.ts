// zhengwu/lite's types (pkg/lite/*.d.ts over the shared rules-types.d.ts), checked with
// `tsc --noEmit --strict`: the citizens' functions are typed as in the full entry; the office
// functions (check, attendance, calculate) are not there.
import init, { deadline, fact, timeline } from '../../pkg/lite/index.js';
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
  fact({ ruleset: 'wenshan-hrss-2019', ref: 'LV-004-035-02' });
  timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { received: '2026-08-03' } });
  // @ts-expect-error no check() in the module for citizens' pages
  lite.check({ ruleset: 'wenshan-hrss-2019', form: 'leave_requests', requests: [] });
  // @ts-expect-error no attendance() either
  lite.attendance({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.attendance', from: '2026-03-01', to: '2026-03-31', days: [] });
  return a.due + String(typeof loadNode);
}
