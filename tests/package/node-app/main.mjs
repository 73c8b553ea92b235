// zhengwu in node from the installed package, as its README says: one call loads the module and
// the packs it needs. Prints what the test checks.
import init, { deadline, leaveEntitlement, loadNode } from 'zhengwu/node';

let before;
try {
  deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' });
} catch (e) {
  before = { code: e.code, messageEn: e.messageEn };
}
// The browser's init() cannot fetch a file in node: it says what to call instead.
const browserInit = await init().then(() => null, (e) => ({ code: e.code, messageEn: e.messageEn }));
loadNode({ rulesets: ['wenshan-hrss-2019'] });
const due = deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' }).due;
const leave = leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' });
console.log(JSON.stringify({ before, browserInit, due, days: leave.days, unit: leave.unit }));
