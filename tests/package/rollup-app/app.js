// The Rollup page's script (the page is ../index.html): the same answers as ../app.js, from
// zhengwu/inline, which carries the module in the bundle, and the one pack imported
// (wenshan-hrss-2019, with cn-national); the elements use them too. No file beside the bundle.
import init, { deadline, leaveEntitlement, isZhengwuError, fetchRules } from 'zhengwu/inline';
import 'zhengwu/inline/rules/wenshan-hrss-2019';
import 'zhengwu/elements';

const show = (id, text) => { document.getElementById(id).textContent = text; };

async function main() {
  try {
    await init();
    await fetchRules(['wenshan-hrss-2019']);
    show('due', deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' }).due);
    show('leave', String(leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' }).days));
  } catch (e) {
    show('error', isZhengwuError(e) ? `${e.code}: ${e.messageEn}` : String(e));
  }
  document.body.dataset.done = 'true';
}
main();
