// The script of index.html, the page both bundled apps build (copied into each project by
// package.test.mjs, so that its imports resolve from the project's own node_modules): start the
// module, fetch one ruleset's packs, show a deadline and a leave answer, and embed a
// <zhengwu-timeline>. A coded error is shown on the page (the test reads it).
import init, { deadline, leaveEntitlement, sanction, isZhengwuError } from 'zhengwu';
import { fetchRules } from 'zhengwu/rules.js';
import 'zhengwu/elements';

const show = (id, text) => { document.getElementById(id).textContent = text; };

// No top-level await: Vite's default build target does not allow it.
async function main() {
  try {
    await init();
    await fetchRules(['wenshan-hrss-2019']);
    show('due', deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' }).due);
    show('leave', String(leaveEntitlement({ ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' }).days));
    // The smallest pack (the 1998 notice), which Vite inlines as a data: URL.
    await fetchRules(['mohrss-1998']);
    show('sanction', sanction({ ruleset: 'mohrss-1998', ref: 'SN-000M-2-01', breach: true }).parties[0].measures.map((m) => m.zh).join('、'));
  } catch (e) {
    show('error', isZhengwuError(e) ? `${e.code}: ${e.messageEn}` : String(e));
  }
  document.body.dataset.done = 'true';
}
main();
