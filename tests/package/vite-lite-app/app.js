// A citizens' page: the module of deadlines, timelines and the calendar (zhengwu/lite, without
// the office's own matters), a deadline, and a <zhengwu-timeline> from zhengwu/lite/elements.
// <zhengwu-check> is in the HTML too: zhengwu/lite/elements does not define it (its module has
// no check()), so it stays an unknown element. A coded error is shown on the page (the test
// reads it).
import init, * as z from 'zhengwu/lite';
import { fetchRules } from 'zhengwu/lite/rules.js';
import 'zhengwu/lite/elements';

const show = (id, text) => { document.getElementById(id).textContent = text; };

// No top-level await: Vite's default build target does not allow it.
async function main() {
  try {
    await init();
    await fetchRules(['wenshan-hrss-2019']);
    show('due', z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' }).due);
    const office = ['approvalRoute', 'approvalAuthority', 'leaveEntitlement', 'sanction', 'fact', 'check', 'attendance', 'calculate']
      .filter((name) => typeof z[name] === 'function');
    const elements = ['approval', 'leave', 'sanction', 'fact', 'check', 'attendance'].filter((name) => customElements.get(`zhengwu-${name}`) !== undefined);
    show('office', `office:${office.join(',')}|office-elements:${elements.join(',')}`);
  } catch (e) {
    show('error', z.isZhengwuError(e) ? `${e.code}: ${e.messageEn}` : String(e));
  }
  document.body.dataset.done = 'true';
}
main();
